package org.headroom.ui.monitor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.SwingWorker;

import org.headroom.audio.DiskSpaceWarnings;
import org.headroom.audio.RecordingRepair;

/**
 * What a field recorder does at power-on: finds takes a crash or power cut left as
 * {@code NAME.wav.recording} in the recordings folder, finishes them and says so. Runs in a
 * SwingWorker (it reads and rewrites files); the lines for the banner arrive on the EDT.
 */
final class StartupRepair {
    private StartupRepair() {
    }

    /** Looks in {@code folder} in the background; {@code report} gets one line per take found (none if clean). */
    static SwingWorker<List<String>, Void> run(Path folder, Consumer<List<String>> report) {
        SwingWorker<List<String>, Void> worker = new SwingWorker<>() {
            @Override
            protected List<String> doInBackground() throws IOException {
                if (RecordingRepair.findUnfinished(folder).isEmpty()) return List.of();
                List<String> lines = new ArrayList<>();
                for (RecordingRepair.Result r : RecordingRepair.repairAll(folder)) lines.add(line(r));
                return lines;
            }

            @Override
            protected void done() {
                try {
                    report.accept(get());
                } catch (java.util.concurrent.ExecutionException e) {
                    report.accept(List.of("Could not look for interrupted recordings in " + folder + ": "
                            + e.getCause().getMessage()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        worker.execute();
        return worker;
    }

    /** "Recovered S12-T03.wav (2 min 14 s) from an interrupted recording", or why it could not be. */
    static String line(RecordingRepair.Result r) {
        if (!r.ok()) return r.message() + "."; // starts with the file's name, which keeps its case
        return "Recovered " + r.repaired().getFileName() + " (" + DiskSpaceWarnings.minutes(r.seconds())
                + ") from an interrupted recording.";
    }
}
