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
 * stream whose length the header does not give, the length by reading it through), the
 * project file with its autosave and the user's preferences, then builds the window's content
 * there too ({@link EditorWindow#build}). Back on the EDT it puts the content in the window,
 * or first offers a crash's autosave for recovery and builds it then.
 */
final class Opening extends SwingWorker<Opening.Read, Void> {
    private final List<Path> candidates;
    private final EditorWindow window;
    /** The candidate found on disk, for the message when reading it then fails. */
    private volatile Path found;

    /**
     * What was read; and, unless a crash's autosave asks a question first, the session and the
     * window's content built from it ({@code session} and {@code built} null otherwise).
     */
    record Read(Path file, SourceFormat format, EditProject.Opened project, EditorSession session, EditorWindow.Built built) {
    }

    /** @param candidates where the file may be, in order of preference; the first that exists is opened. EDT. */
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
        // what the window shows from the user's preferences, read here so the EDT never waits on their file
        TimeDisplay.load();
        RecentFiles.load();
        EditProject.Opened project = EditProject.open(file);
        if (format.frames() == 0 || project.recovered().isPresent()) return new Read(file, format, project, null, null);
        EditorSession session = new EditorSession(file, format, new SourceScan(format), project.saved(), project.saved());
        return new Read(file, format, project, session, window.build(session));
    }

    @Override
    protected void done() {
        try {
            Read r = get();
            if (r.format().frames() == 0) {
                window.failed("Cannot open " + r.file() + ": it holds no audio.");
                return;
            }
            if (r.built() != null) {
                window.showContent(r.session(), r.built());
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
