package org.headroom.ui.editor;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javax.swing.JOptionPane;
import javax.swing.SwingWorker;
import org.headroom.audio.AudioFiles;
import org.headroom.audio.AudioSource;
import org.headroom.audio.SourceFormat;
import org.headroom.edit.EditList;
import org.headroom.edit.EditProject;
import org.headroom.edit.SourceScan;

/**
 * Reads what the editor needs before it can draw, on a worker thread: the header (and, for a
 * stream whose length the header does not give, the length by reading it through) and the
 * project file with its autosave. Back on the EDT it offers a crash's autosave for recovery.
 */
final class Opening extends SwingWorker<Opening.Read, Void> {
    private final Path file;
    private final EditorWindow window;

    record Read(SourceFormat format, EditProject.Opened project) {
    }

    Opening(Path file, EditorWindow window) {
        this.file = file;
        this.window = window;
    }

    @Override
    protected Read doInBackground() throws Exception {
        SourceFormat format;
        try (AudioSource s = AudioFiles.open(file)) {
            format = s.format();
            if (format.frames() < 0) format = format.withFrames(s.skip(Long.MAX_VALUE));
        }
        return new Read(format, EditProject.open(file));
    }

    @Override
    protected void done() {
        try {
            Read r = get();
            if (r.format().frames() == 0) {
                window.failed(file.getFileName() + " holds no audio.");
                return;
            }
            EditList start = r.project().saved();
            if (r.project().recovered().isPresent() && askToRecover(r.project())) start = r.project().recovered().get();
            window.opened(new EditorSession(file, r.format(), new SourceScan(r.format()), start, r.project().saved()));
        } catch (Exception e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            window.failed("Cannot open " + file.getFileName() + ": " + cause.getMessage());
        }
    }

    private boolean askToRecover(EditProject.Opened p) {
        String when = p.autosavedAt() == null ? "an earlier session"
                : DateTimeFormatter.ofPattern("d MMM HH:mm").withZone(ZoneId.systemDefault()).format(p.autosavedAt());
        int n = p.recovered().get().edits().size();
        int answer = JOptionPane.showConfirmDialog(window, "Headroom found edits that were not saved (autosaved " + when + ", " + n
                + " edit" + (n == 1 ? "" : "s") + ").\nRecover them? (Undo goes back to the saved project.)",
                "Recover unsaved edits", JOptionPane.YES_NO_OPTION);
        return answer == JOptionPane.YES_OPTION;
    }
}
