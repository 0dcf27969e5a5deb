package org.headroom.ui.editor;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
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
    private final List<Path> candidates;
    private final EditorWindow window;
    /** The candidate found on disk, for the message when reading it then fails. */
    private volatile Path found;

    record Read(Path file, SourceFormat format, EditProject.Opened project) {
    }

    /** @param candidates where the file may be, in order of preference; the first that exists is opened */
    Opening(List<Path> candidates, EditorWindow window) {
        this.candidates = List.copyOf(candidates);
        this.window = window;
    }

    @Override
    protected Read doInBackground() throws Exception {
        Path file = candidates.stream().filter(Files::exists).findFirst().orElse(null);
        if (file == null) throw new NoSuchFileException(candidates.stream().map(Path::toString).collect(Collectors.joining(" or ")),
                null, "file not found");
        found = file;
        SourceFormat format;
        try (AudioSource s = AudioFiles.open(file)) {
            format = s.format();
            if (format.frames() < 0) format = format.withFrames(s.skip(Long.MAX_VALUE));
        }
        return new Read(file, format, EditProject.open(file));
    }

    @Override
    protected void done() {
        try {
            Read r = get();
            if (r.format().frames() == 0) {
                window.failed("Cannot open " + r.file() + ": it holds no audio.");
                return;
            }
            EditList start = r.project().saved();
            if (r.project().recovered().isPresent() && askToRecover(r.project())) start = r.project().recovered().get();
            window.opened(new EditorSession(r.file(), r.format(), new SourceScan(r.format()), start, r.project().saved()));
        } catch (Exception e) {
            window.failed(why(e instanceof java.util.concurrent.ExecutionException && e.getCause() != null ? e.getCause() : e));
        }
    }

    /** "Cannot open /full/path/x.wav: file not found": the whole path once, then the reason without the name again. */
    private String why(Throwable cause) {
        if (cause instanceof NoSuchFileException n) return "Cannot open " + n.getFile() + ": " + n.getReason();
        Path file = found != null ? found : candidates.get(0);
        String reason = String.valueOf(cause.getMessage());
        String named = file.getFileName() + ": ";
        if (reason.startsWith(named)) reason = reason.substring(named.length());
        return "Cannot open " + file + ": " + reason;
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
