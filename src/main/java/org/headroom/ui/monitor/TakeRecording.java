package org.headroom.ui.monitor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import javax.swing.JFileChooser;
import javax.swing.SwingWorker;

import org.headroom.audio.DiskSpaceWarnings;
import org.headroom.audio.DemoInput;
import org.headroom.audio.Recorder;
import org.headroom.audio.TakeInfo;
import org.headroom.detect.Finding;
import org.headroom.detect.FindingKind;
import org.headroom.detect.Severity;
import org.headroom.ui.common.Readout;

/**
 * The window's recording workflow: Record/Stop on the running input, Scene-Take names in the
 * chosen folder, the take number going up after every stop, the disk readout and its warnings,
 * and a take that ends cleanly before the input changes. Files are opened, finished and renamed
 * in SwingWorkers; the screen refresh only polls numbers. EDT only.
 */
final class TakeRecording {
    /** What the window provides: the running input, the banner, the QC log and the status line. */
    interface Host {
        RunningInput running();

        void takeNotes(List<String> lines);

        void log(QcRow row);

        void say(String message);

        /** Whether the user chose the demo input (not a stand-in for a missing or failed device). */
        boolean demoChosen();
    }

    private record Started(Path file, int take) {
    }

    private final Host host;
    private final TakePanel panel;
    private final List<String> notes = new ArrayList<>();
    private Path folder;
    private SessionRecorder control;
    /** The recorder of the take under way (or being started or finished); null when idle. */
    private SessionRecorder active;
    private Path file;
    private int activeTake;
    private DiskSpaceWarnings disk = new DiskSpaceWarnings();
    private boolean failureShown;
    private long idleBytes = -1;
    /** What to do once the take under way has stopped: switch the input, close the window. */
    private final List<Runnable> afterStop = new ArrayList<>();
    private String pendingStopReason;
    private double stoppedAtSeconds;

    TakeRecording(Host host, Path folder) {
        this.host = host;
        this.folder = folder;
        this.panel = new TakePanel(this::toggle, this::chooseFolder);
    }

    TakePanel panel() {
        return panel;
    }

    Path folder() {
        return folder;
    }

    boolean isRecording() {
        return panel.state() == TakePanel.State.RECORDING;
    }

    /** The take's length as counted the moment Stop was pressed (what the status line says was saved). */
    double stoppedAtSeconds() {
        return stoppedAtSeconds;
    }

    /** At start-up: finish what a crash left in the folder, and read its free space. */
    void startUp() {
        StartupRepair.run(folder, this::addNotes);
        FolderSpace.read(folder, bytes -> idleBytes = bytes);
    }

    /** A new input is running: the next take records it. */
    void attach(RunningInput running) {
        control = new SessionRecorder(running.session());
    }

    void toggle() {
        switch (panel.state()) {
            case IDLE -> start();
            case RECORDING -> stop(null);
            case BUSY -> { } // a start or stop is under way; the button is disabled, R lands here
        }
    }

    private void start() {
        SessionRecorder c = control;
        if (c == null || host.running() == null) {
            host.say("No input is running yet: nothing to record.");
            return;
        }
        if (host.running().session().end() != org.headroom.analysis.LiveSession.End.RUNNING) {
            host.say("The input is not delivering audio: choose an input before recording.");
            return;
        }
        String scene = panel.scene();
        int wanted = panel.take();
        TakeInfo named = TakeInfo.NONE.withScene(scene, "", panel.notes());
        if (host.running().input().isDemo()) {
            // the demo standing in for a device is no take: record it only when chosen, and say what it is
            if (!host.demoChosen()) {
                host.say("The demo input is standing in for a missing device: choose Demo input to record it.");
                return;
            }
            named = named.withDescription(DemoInput.TAKE_DESCRIPTION);
        }
        TakeInfo info = named;
        Path dir = folder;
        active = c;
        panel.show(TakePanel.State.BUSY);
        new SwingWorker<Started, Void>() {
            @Override
            protected Started doInBackground() throws IOException {
                Files.createDirectories(dir);
                int t = TakeName.firstFree(scene, wanted, name -> Files.exists(dir.resolve(name))
                        || Files.exists(dir.resolve(name + Recorder.IN_PROGRESS_SUFFIX)));
                if (t < 0) throw new IOException("every take of this scene up to " + TakeName.MAX_TAKE + " is used; choose another scene");
                Path f = dir.resolve(TakeName.of(scene, t));
                c.start(f, info.withScene(scene, Integer.toString(t), info.notes()));
                return new Started(f, t);
            }

            @Override
            protected void done() {
                try {
                    started(get(), wanted);
                } catch (ExecutionException e) {
                    active = null;
                    panel.show(TakePanel.State.IDLE);
                    addNotes(List.of("Could not start recording in " + dir + ": " + e.getCause().getMessage()));
                    runAfterStop();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }.execute();
    }

    private void started(Started s, int wanted) {
        file = s.file();
        activeTake = s.take();
        disk = new DiskSpaceWarnings();
        failureShown = false;
        notes.clear(); // last take's news (a recovery, a disk warning) is old now
        host.takeNotes(List.copyOf(notes));
        panel.setTake(s.take());
        panel.show(TakePanel.State.RECORDING);
        panel.showFile(file.getFileName().toString(), "\u2192 " + file.getParent());
        host.say("Recording " + file.getFileName() + (s.take() != wanted
                ? " (take " + wanted + " is already in the folder, so this is take " + s.take() + ")" : "") + ".");
        if (pendingStopReason != null || !afterStop.isEmpty()) stop(pendingStopReason); // the input changed meanwhile
    }

    /** Stops the take; {@code reason} (or null) is said with the file's name. */
    private void stop(String reason) {
        pendingStopReason = null;
        SessionRecorder c = active;
        double seconds = c.recordedSeconds();
        stoppedAtSeconds = seconds;
        panel.show(TakePanel.State.BUSY);
        new SwingWorker<Path, Void>() {
            @Override
            protected Path doInBackground() throws IOException {
                return c.stop();
            }

            @Override
            protected void done() {
                try {
                    Path done = get();
                    String saved = "Saved " + done.getFileName() + " (" + Readout.hms(seconds) + ")";
                    host.say(reason == null ? saved + "." : "Recording stopped: " + reason + ". " + saved + ".");
                    if (reason != null) addNotes(List.of("Recording stopped because " + reason + "; " + done.getFileName() + " is saved."));
                    panel.setTake(activeTake + 1);
                } catch (ExecutionException e) {
                    addNotes(List.of("The take " + file.getFileName() + " could not be finished (" + e.getCause().getMessage()
                            + "); what reached the disk is repaired the next time Headroom starts."));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                active = null;
                panel.show(TakePanel.State.IDLE);
                FolderSpace.read(folder, bytes -> idleBytes = bytes);
                runAfterStop();
            }
        }.execute();
    }

    /**
     * Runs {@code then} once no take is running, stopping the one under way first and saying why:
     * a take never silently spans two inputs or two sets of settings.
     */
    void stopThen(String reason, Runnable then) {
        switch (panel.state()) {
            case IDLE -> then.run();
            case RECORDING -> {
                afterStop.add(then);
                stop(reason);
            }
            case BUSY -> {
                afterStop.add(then);
                if (pendingStopReason == null) pendingStopReason = reason;
            }
        }
    }

    private void runAfterStop() {
        pendingStopReason = null;
        List<Runnable> todo = List.copyOf(afterStop);
        afterStop.clear();
        todo.forEach(Runnable::run);
    }

    /**
     * The window is closing: finish the take on a thread of its own, not a daemon, so the JVM
     * waits for the final header and the rename before it exits.
     */
    void finishOnClose() {
        SessionRecorder c = active;
        if (c == null) return;
        Thread t = new Thread(() -> {
            try {
                c.stop();
            } catch (IOException e) {
                // nobody left to tell: the .recording file is repaired at the next start
            }
        }, "headroom-finish-take");
        t.setDaemon(false);
        t.start();
    }

    /** From the screen refresh: time, disk readout, warnings and a failed disk. */
    void tick(RunningInput r) {
        if (panel.state() == TakePanel.State.IDLE) {
            panel.showFile(TakeName.of(panel.scene(), panel.takeShown()), "\u2192 " + folder);
            if (r != null) panel.showSpace(FolderSpace.seconds(idleBytes, r.session().format()));
            return;
        }
        SessionRecorder c = active;
        if (panel.state() != TakePanel.State.RECORDING || c == null) return;
        panel.showTime(c.recordedSeconds());
        double left = c.secondsOfSpaceLeft();
        panel.showSpace(left);
        DiskSpaceWarnings.Warning w = disk.check(left);
        if (w != null) {
            notes.removeIf(n -> n.startsWith("Disk space"));
            addNotes(List.of(w.message()));
            log(r, FindingKind.LOW_DISK_SPACE, w.last() ? Severity.ERROR : Severity.WARNING, w.secondsLeft() / 60.0,
                    String.format(Locale.ROOT, "less than %.0f minutes of disk space left (value: minutes)", w.thresholdSeconds() / 60),
                    w.message() + " (" + file.getFileName() + ")");
        }
        IOException failure = c.failure();
        if (failure != null && !failureShown) {
            failureShown = true;
            log(r, FindingKind.RECORDING_FAILED, Severity.ERROR, Double.NaN, "the recording could not be written",
                    "The recording of " + file.getFileName() + " stopped: " + failure.getMessage() + ". Monitoring goes on.");
            stop("the disk failed (" + failure.getMessage() + ")");
        }
    }

    /** The input died under a take: keep what was recorded, finished and named as on disk. */
    void inputFailed() {
        if (panel.state() == TakePanel.State.RECORDING) stop("the input was lost");
    }

    private void log(RunningInput r, FindingKind kind, Severity severity, double value, String rule, String message) {
        if (r == null) return;
        long frame = r.session().latest().frames();
        Finding f = Finding.at(kind, severity, Finding.ALL_CHANNELS, frame, frame, r.session().format().sampleRate(), value,
                rule, message);
        host.log(new QcRow(Instant.now(), f, "all", r.input().spec().label()));
    }

    private void addNotes(List<String> lines) {
        notes.addAll(lines);
        host.takeNotes(List.copyOf(notes));
    }

    private void chooseFolder() {
        JFileChooser chooser = new JFileChooser(folder.toFile());
        chooser.setName("folder-chooser");
        chooser.setDialogTitle("Record takes into");
        chooser.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
        if (chooser.showDialog(panel, "Record here") != JFileChooser.APPROVE_OPTION) return;
        useFolder(chooser.getSelectedFile().toPath());
    }

    /** Takes go to {@code dir} from now on; an interrupted take found there is repaired first, as at start-up. */
    void useFolder(Path dir) {
        folder = dir.toAbsolutePath();
        idleBytes = -1;
        startUp();
        host.say("Takes are recorded into " + folder + ".");
    }
}
