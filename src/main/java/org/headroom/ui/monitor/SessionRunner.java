package org.headroom.ui.monitor;

import java.io.IOException;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import javax.swing.SwingWorker;

import org.headroom.advice.ReverbWatch;
import org.headroom.analysis.AnalysisSettings;
import org.headroom.analysis.LiveSession;

/**
 * Starts and switches live sessions. Closing a session (joining its capture thread, closing a
 * line) and opening a device both block, so they run in a SwingWorker; the EDT only swaps the
 * finished session in. A switch asked for while another is under way wins: the older result
 * is closed as soon as it arrives.
 */
final class SessionRunner {
    /** Told on the EDT. */
    interface Listener {
        void started(RunningInput running);

        void failed(String message);
    }

    private final InputOpener opener;
    private final UiPresets ui;
    private final Listener listener;
    private RunningInput current;
    private int generation;

    SessionRunner(InputOpener opener, UiPresets ui, Listener listener) {
        this.opener = opener;
        this.ui = ui;
        this.listener = listener;
    }

    /** The running session, or null while switching. EDT only. */
    RunningInput current() {
        return current;
    }

    /** Opens the default device at the preset's format, or the demo where there is none. */
    SwingWorker<RunningInput, Void> openFirst(AnalysisSettings settings) {
        return replace(settings, () -> {
            try {
                return opener.openFirst(ui.captureFormat());
            } catch (IOException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        });
    }

    SwingWorker<RunningInput, Void> switchTo(InputSpec spec, AnalysisSettings settings) {
        return replace(settings, () -> {
            try {
                return opener.open(spec);
            } catch (IOException e) {
                // say why, and keep the window alive on the demo input
                try {
                    OpenedInput demo = opener.open(new InputSpec.Demo());
                    return new OpenedInput(demo.spec(), demo.source(), null, null,
                            java.util.List.of(e.getMessage() + " \u2014 showing the demo input instead."));
                } catch (IOException demoFailed) {
                    throw new IllegalStateException(e.getMessage(), e);
                }
            }
        });
    }

    /** Stops the running session in the background, for closing the window. */
    void stop() {
        generation++;
        RunningInput old = current;
        current = null;
        if (old != null) new Thread(() -> close(old), "headroom-close").start();
    }

    private SwingWorker<RunningInput, Void> replace(AnalysisSettings settings, Supplier<OpenedInput> open) {
        int mine = ++generation;
        RunningInput old = current;
        current = null;
        SwingWorker<RunningInput, Void> worker = new SwingWorker<>() {
            @Override
            protected RunningInput doInBackground() {
                if (old != null) close(old);
                OpenedInput input = open.get();
                LiveSession session = new LiveSession(input.source(), settings, ui.holdSeconds(), ui.fallDbPerSecond())
                        .withDisplayMeters();
                ReverbWatch reverb = new ReverbWatch(session.format().sampleRate());
                session.addListener(reverb::accept);
                session.start();
                return new RunningInput(session, input, reverb.start(), Instant.now());
            }

            @Override
            protected void done() {
                try {
                    RunningInput running = get();
                    if (mine != generation) {
                        new Thread(() -> close(running), "headroom-close").start();
                        return;
                    }
                    current = running;
                    listener.started(running);
                } catch (ExecutionException e) {
                    if (mine == generation) listener.failed(e.getCause().getMessage());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        worker.execute();
        return worker;
    }

    private static void close(RunningInput r) {
        r.reverb().stop();
        try {
            r.session().close();
        } catch (IOException e) {
            // the input is being abandoned; nothing more to tell the user than the new input's state
        }
    }
}
