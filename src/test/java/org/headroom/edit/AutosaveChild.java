package org.headroom.edit;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The editor as a child process for {@link CrashRecoveryTest}: applies one cut after another,
 * autosaving each, and prints "saved N" once the autosave holds N edits. It never stops by
 * itself; the test kills it with the equivalent of kill -9.
 */
public final class AutosaveChild {
    private AutosaveChild() {
    }

    public static void main(String[] args) throws Exception {
        Path audio = Path.of(args[0]);
        EditHistory history = new EditHistory(EditList.EMPTY);
        ProjectAutosaver saver = new ProjectAutosaver(audio, Duration.ofMillis(2));
        for (int k = 1; ; k++) {
            saver.changed(history.apply(cut(k)));
            EditList written;
            do {
                Thread.sleep(1);
                written = saver.lastWritten();
            } while (written == null || written.edits().size() < k && k % 5 == 0);
            System.out.println("saved " + written.edits().size());
            System.out.flush();
        }
    }

    static Edit cut(int k) {
        return new Edit.Cut(k, k + 0.5);
    }
}
