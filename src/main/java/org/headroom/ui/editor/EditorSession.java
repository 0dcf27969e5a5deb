package org.headroom.ui.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.headroom.audio.SourceFormat;
import org.headroom.edit.Edit;
import org.headroom.edit.EditHistory;
import org.headroom.edit.EditList;
import org.headroom.edit.EditPoint;
import org.headroom.edit.EditProject;
import org.headroom.edit.EdlException;
import org.headroom.edit.ProgrammeMap;
import org.headroom.edit.ProjectAutosaver;
import org.headroom.edit.SourceScan;
import org.headroom.edit.Timeline;

/**
 * One recording open in the editor: its scan (peaks, edit points), the edit history, the
 * selection on the edited programme and what the analysis found. EDT only; the edit lists it
 * hands to the autosaver and the renderer are immutable, so those threads need no locks.
 */
final class EditorSession {
    private final Path audio;
    private final SourceFormat format;
    private final long sourceFrames;
    private final SourceScan scan;
    private final EditHistory history;
    private final ProjectAutosaver autosaver;
    private final List<Runnable> listeners = new ArrayList<>();
    private final List<Runnable> contentListeners = new ArrayList<>();
    private ProgrammeMap map;
    /** What {@link #placedMarks} and {@link #placedPoints} computed for the current map and marks; null when stale. */
    private List<Placed> placedMarks;
    private List<PlacedPoint> placedPoints;
    private EditList saved;
    private long selStart;
    private long selEnd;
    private List<Mark> marks = List.of();
    private List<double[]> clipboard = List.of();

    EditorSession(Path audio, SourceFormat format, SourceScan scan, EditList start, EditList saved) throws EdlException {
        this.audio = audio;
        this.format = format;
        this.sourceFrames = format.frames();
        this.scan = scan;
        this.history = new EditHistory(saved);
        if (!start.equals(saved)) history.apply(start); // a recovered autosave is one undo away from the saved project
        this.saved = saved;
        this.map = new ProgrammeMap(Timeline.build(format.sampleRate(), sourceFrames, history.current()));
        this.autosaver = new ProjectAutosaver(audio, Duration.ofMillis(500));
    }

    Path audio() {
        return audio;
    }

    SourceFormat format() {
        return format;
    }

    int rate() {
        return format.sampleRate();
    }

    SourceScan scan() {
        return scan;
    }

    ProgrammeMap map() {
        return map;
    }

    EditList edits() {
        return history.current();
    }

    EditHistory history() {
        return history;
    }

    ProjectAutosaver autosaver() {
        return autosaver;
    }

    boolean isModified() {
        return !history.current().equals(saved);
    }

    /** Told of every change, the selection's included: for what draws the selection. */
    void onChange(Runnable r) {
        listeners.add(r);
    }

    /**
     * Told only when the programme or the findings change, not when the selection moves: for
     * the long lists, which a mouse drag must not rebuild 60 times a second.
     */
    void onContentChange(Runnable r) {
        contentListeners.add(r);
    }

    private void fire() {
        for (Runnable r : listeners) r.run();
    }

    private void fireContent() {
        placedMarks = null;
        placedPoints = null;
        for (Runnable r : contentListeners) r.run();
        fire();
    }

    /** The peak scan has found its edit points: the lists and flags take them up. */
    void scanned() {
        fireContent();
    }

    // ---- selection, in output frames of the edited programme

    long selStart() {
        return selStart;
    }

    long selEnd() {
        return selEnd;
    }

    boolean hasSelection() {
        return selEnd > selStart;
    }

    void select(long a, long b) {
        long n = map.frames();
        selStart = clamp(Math.min(a, b), n);
        selEnd = clamp(Math.max(a, b), n);
        fire();
    }

    private static long clamp(long f, long n) {
        return Math.max(0, Math.min(n, f));
    }

    // ---- edits

    /**
     * Makes {@code next} current as one undoable step.
     *
     * @return null, or why the edits cannot be made (they would leave nothing, say)
     */
    String apply(EditList next) {
        ProgrammeMap built;
        try {
            built = new ProgrammeMap(Timeline.build(format.sampleRate(), sourceFrames, next));
        } catch (EdlException | IllegalArgumentException e) {
            return e.getMessage();
        }
        history.apply(next);
        changed(built);
        return null;
    }

    String apply(List<Edit> edits) {
        if (edits.isEmpty()) return "nothing selected to edit";
        List<Edit> all = new ArrayList<>(history.current().edits());
        all.addAll(edits);
        return apply(history.current().withEdits(all));
    }

    void undo() {
        if (!history.canUndo()) return;
        rebuild(history.undo());
    }

    void redo() {
        if (!history.canRedo()) return;
        rebuild(history.redo());
    }

    private void rebuild(EditList list) {
        try {
            changed(new ProgrammeMap(Timeline.build(format.sampleRate(), sourceFrames, list)));
        } catch (EdlException e) {
            throw new IllegalStateException("an edit list in the history no longer fits", e);
        }
    }

    private void changed(ProgrammeMap built) {
        map = built;
        selStart = clamp(selStart, map.frames());
        selEnd = clamp(selEnd, map.frames());
        autosaver.changed(history.current());
        fireContent();
    }

    /** Remembers the selection's source for paste; the edit list pastes by reference, not by copying audio. */
    void copy() {
        clipboard = map.sourceRanges(selStart, selEnd);
    }

    List<double[]> clipboard() {
        return clipboard;
    }

    void save() throws IOException {
        EditProject.save(audio, history.current());
        saved = history.current();
        fire();
    }

    // ---- what the engine found

    void setMarks(List<Mark> found) {
        marks = List.copyOf(found);
        fireContent();
    }

    /** The findings still in the programme, with their output ranges, in programme order; computed once per edit. */
    List<Placed> placedMarks() {
        if (placedMarks != null) return placedMarks;
        List<Placed> out = new ArrayList<>();
        for (Mark m : marks) {
            long[] r = m.on(map);
            if (r != null) out.add(new Placed(m, r[0], r[1]));
        }
        out.sort(Comparator.comparingLong(Placed::start));
        placedMarks = List.copyOf(out);
        return placedMarks;
    }

    /**
     * The suggested edit points still in the programme, as output frames in programme order
     * (so the painter can find the visible ones by bisection); computed once per edit.
     */
    List<PlacedPoint> placedPoints() {
        if (placedPoints != null) return placedPoints;
        List<PlacedPoint> out = new ArrayList<>();
        for (EditPoint p : scan.suggestions()) {
            long o = map.toOutput(Math.round(p.seconds() * rate()));
            if (o >= 0) out.add(new PlacedPoint(p, o));
        }
        out.sort(Comparator.comparingLong(PlacedPoint::frame));
        placedPoints = List.copyOf(out);
        return placedPoints;
    }

    record Placed(Mark mark, long start, long end) {
    }

    record PlacedPoint(EditPoint point, long frame) {
    }

    void close() {
        autosaver.close();
    }
}
