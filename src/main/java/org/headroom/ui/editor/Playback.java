package org.headroom.ui.editor;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javax.swing.SwingUtilities;
import org.headroom.audio.AudioPlayer;
import org.headroom.edit.EditList;
import org.headroom.edit.Renderer;
import org.headroom.edit.SourceOpener;

/**
 * The editor's transport: plays the edited programme (rendered by the engine, so crossfades,
 * fades and effects are heard) from the cursor, the selection, or in a loop. The sound device is
 * dealt with on the player's thread; this class only starts and stops it and reads its atomics.
 *
 * <p>A plan (the timeline, and for denoise, ducking and normalisation the passes that measure the
 * programme) can take a minute on a long take with everything on. So it is made on a planning
 * thread as soon as the edit list changes ({@link #prepare}), not when Play is pressed: by then it
 * is usually done, and when it is not, the player waits for the plan already under way and
 * {@link #planning} says how far it is. A plan for a list that has since changed stops at its
 * next block.
 */
final class Playback {
    private final AudioPlayer player = new AudioPlayer();
    private final EditorSession session;
    private final Consumer<String> problem;
    /** The newest plan, made or under way, reused while the edit list is unchanged. */
    private final AtomicReference<Planned> planned = new AtomicReference<>();
    private final ExecutorService planner = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "headroom-playback-plan");
        t.setDaemon(true);
        return t;
    });
    /** Counts plays and stops: a play waiting for its plan gives up when a newer one (or a stop) comes. */
    private final AtomicLong plays = new AtomicLong();
    private volatile String lastError;
    /** What the player is waiting for, e.g. "measuring 40 %", or null when it is not waiting. */
    private volatile String waitingFor;

    /** A plan of {@code edits}; {@code progress} is what its passes have got to. */
    private record Planned(EditList edits, CompletableFuture<Renderer.Rendering> rendering, AtomicReference<String> progress) {
    }

    /** @param problem told (on the EDT) when playback cannot run, e.g. no output device */
    Playback(EditorSession session, Consumer<String> problem) {
        this.session = session;
        this.problem = problem;
    }

    long playhead() {
        return player.playhead();
    }

    float[] peaks() {
        return player.peaks();
    }

    boolean isPlaying() {
        return player.isPlaying();
    }

    String lastError() {
        return lastError;
    }

    /** Plays [from, to) of the programme as it is now; loops when asked. */
    void play(long from, long to, boolean loop) {
        play(session.edits(), from, to, loop);
    }

    /** Plays [from, to) of the programme that {@code edits} make: an effect dialog's preview, with or without its effect. */
    void play(EditList edits, long from, long to, boolean loop) {
        if (to <= from) return;
        long ticket = plays.incrementAndGet();
        BooleanSupplier wanted = () -> plays.get() == ticket && player.isPlaying();
        AudioPlayer.Programme programme = frame -> {
            // found through the edit list: starting deep in a long programme does not render what comes before
            return awaitPlan(planFor(edits), wanted).openAt(frame);
        };
        lastError = null;
        player.play(programme, session.format(), from, to, loop, error -> {
            if (error == null || plays.get() != ticket) return; // a stop or a newer play ended this one: not a problem
            lastError = error;
            SwingUtilities.invokeLater(() -> problem.accept(error));
        });
    }

    /**
     * Starts planning the programme as it is now, on the planning thread; returns at once. The
     * take as it opened is left to the first Play: with no edits there is nothing to measure,
     * and the scan and the analysis have the cores to themselves.
     */
    void prepare() {
        EditList edits = session.edits();
        if (!edits.edits().isEmpty()) planFor(edits);
    }

    /** The plan of {@code edits}, made or under way (started now if neither): for tests. */
    CompletableFuture<Renderer.Rendering> planOf(EditList edits) {
        return planFor(edits).rendering();
    }

    /** While Play waits for its plan: how far the plan's passes are (e.g. "measuring 40 %"); else null. */
    String planning() {
        return waitingFor;
    }

    /** The plan of {@code edits}: the one made or under way, or a new one started now (which stops an older one). */
    private Planned planFor(EditList edits) {
        Planned p = planned.get();
        if (p != null && p.edits().equals(edits)) return p;
        Planned next = new Planned(edits, new CompletableFuture<>(), new AtomicReference<>("planning"));
        planned.set(next);
        SourceOpener source = SourceOpener.file(session.audio());
        try {
            planner.execute(() -> {
                try {
                    next.rendering().complete(Renderer.planForListening(source, edits, (stage, done, total) -> {
                        if (planned.get() != next) throw new InterruptedIOException("the edit list changed");
                        next.progress().set(total > 0 ? String.format(Locale.ROOT, "%s %d %%", stage, 100 * done / total) : stage);
                    }));
                } catch (Throwable t) {
                    next.rendering().completeExceptionally(t);
                }
            });
        } catch (RejectedExecutionException closed) { // the window has closed: a late change plans nothing
            next.rendering().completeExceptionally(new InterruptedIOException("the editor is closing"));
        }
        return next;
    }

    /**
     * Waits on the player's thread for {@code p} while this play is still {@code wanted} (not
     * stopped, not replaced by another); a stop or a failed plan is an IOException. The plan
     * itself goes on, for the next Play.
     */
    private Renderer.Rendering awaitPlan(Planned p, BooleanSupplier wanted) throws IOException {
        try {
            while (true) {
                if (!wanted.getAsBoolean()) throw new InterruptedIOException("stopped while planning");
                waitingFor = p.progress().get();
                try {
                    return p.rendering().get(100, TimeUnit.MILLISECONDS);
                } catch (TimeoutException stillPlanning) {
                    // loop: the progress shown moves on
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("stopped while planning");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) throw io;
            throw new IOException(e.getCause().getMessage(), e.getCause());
        } finally {
            waitingFor = null;
        }
    }

    void stop() {
        plays.incrementAndGet();
        player.stop();
    }

    /** Stops playing and planning for good: the window is closing. */
    void close() {
        stop();
        planned.set(null); // a plan under way stops at its next block
        planner.shutdown();
    }
}
