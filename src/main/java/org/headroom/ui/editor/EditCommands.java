package org.headroom.ui.editor;

import java.util.ArrayList;
import java.util.List;
import org.headroom.edit.Edit;
import org.headroom.edit.EditList;
import org.headroom.edit.FadeShape;
import org.headroom.edit.ProgrammeMap;

/**
 * The editor's commands as edits: each turns the selection on the edited programme into edits
 * on the source's timeline and applies them as one undoable step. Returns null when done, or a
 * sentence to show when it cannot be (nothing selected, nothing would be left).
 */
final class EditCommands {
    private final EditorSession s;

    EditCommands(EditorSession session) {
        this.s = session;
    }

    private double seconds(long frames) {
        return frames / (double) s.rate();
    }

    String cut() {
        if (!s.hasSelection()) return "Select something to cut first.";
        s.copy();
        long at = s.selStart();
        String error = s.apply(s.map().cuts(s.selStart(), s.selEnd()));
        if (error == null) s.select(at, at);
        return error;
    }

    String delete() {
        if (!s.hasSelection()) return "Select something to delete first.";
        long at = s.selStart();
        String error = s.apply(s.map().cuts(s.selStart(), s.selEnd()));
        if (error == null) s.select(at, at);
        return error;
    }

    /** Keeps only the selection: cuts what is before and after it. */
    String trim() {
        if (!s.hasSelection()) return "Select what to keep first.";
        ProgrammeMap m = s.map();
        List<Edit> cuts = new ArrayList<>(m.cuts(0, s.selStart()));
        cuts.addAll(m.cuts(s.selEnd(), m.frames()));
        if (cuts.isEmpty()) return "The selection is already the whole programme.";
        String error = s.apply(cuts);
        if (error == null) s.select(0, s.map().frames());
        return error;
    }

    String split() {
        return s.apply(List.of(new Edit.Split(s.map().sourceSeconds(s.selStart()))));
    }

    String silence() {
        if (!s.hasSelection()) return "Select what to silence first.";
        List<Edit> edits = new ArrayList<>();
        for (double[] r : s.map().sourceRanges(s.selStart(), s.selEnd())) edits.add(new Edit.Silence(r[0], r[1]));
        return s.apply(edits);
    }

    /** Gain over the selection, or over the whole programme when nothing is selected. */
    String gain(double db) {
        if (!s.hasSelection()) return s.apply(List.of(new Edit.Gain(db)));
        List<Edit> edits = new ArrayList<>();
        for (double[] r : s.map().sourceRanges(s.selStart(), s.selEnd())) edits.add(new Edit.Gain(db, r[0], r[1]));
        return s.apply(edits);
    }

    /** Pastes what was last cut or copied before the cursor. */
    String paste() {
        if (s.clipboard().isEmpty()) return "Cut or copy something first.";
        double at = s.map().sourceSeconds(s.selStart());
        List<Edit> edits = new ArrayList<>();
        for (double[] r : s.clipboard()) edits.add(new Edit.Insert(at, r[0], r[1]));
        return s.apply(edits);
    }

    /**
     * A fade in or out of {@code seconds}; replaces the newest fade of that kind rather than
     * piling them up, so the project file stays readable after a lot of handle dragging.
     */
    String fade(boolean in, double seconds, FadeShape shape) {
        EditList list = s.edits();
        if (seconds <= 0) return removeFade(in);
        Edit fade = in ? new Edit.FadeIn(seconds, shape) : new Edit.FadeOut(seconds, shape);
        Class<? extends Edit> kind = in ? Edit.FadeIn.class : Edit.FadeOut.class;
        int index = lastIndex(list, kind);
        return s.apply(index < 0 ? list.with(fade) : list.replacing(index, fade));
    }

    private String removeFade(boolean in) {
        EditList list = s.edits();
        List<Edit> kept = new ArrayList<>();
        for (Edit e : list.edits()) {
            if (!(in ? e instanceof Edit.FadeIn : e instanceof Edit.FadeOut)) kept.add(e);
        }
        return s.apply(list.withEdits(kept));
    }

    /** The length a fade command uses: the selection when it touches that end of the programme, else the typed length. */
    double fadeLength(boolean in, double typed) {
        if (s.hasSelection()) {
            if (in && s.selStart() == 0) return seconds(s.selEnd());
            if (!in && s.selEnd() == s.map().frames()) return seconds(s.selEnd() - s.selStart());
        }
        return typed;
    }

    /** Sets the crossfade of the join nearest the cursor. */
    String crossfade(double ms, FadeShape shape) {
        var joins = s.map().joins();
        if (joins.isEmpty()) return "There is no join yet: cut something first.";
        var nearest = joins.get(0);
        for (var j : joins) {
            if (Math.abs(j.outputFrame() - s.selStart()) < Math.abs(nearest.outputFrame() - s.selStart())) nearest = j;
        }
        var right = s.map().timeline().pieces().get(nearest.index() + 1);
        return s.apply(List.of(new Edit.Crossfade(seconds(right.sourceStart()), ms, shape)));
    }

    String effect(Edit e) {
        return s.apply(List.of(e));
    }

    // ---- mixing (issue 12, slice D1) ----

    /** The selection's source stretch becomes the room tone every fill and pause is made of. */
    String useAsRoomTone() {
        if (!s.hasSelection()) return "Select a stretch of quiet room first.";
        List<double[]> ranges = s.map().sourceRanges(s.selStart(), s.selEnd());
        if (ranges.isEmpty()) return "The selection holds no recorded material.";
        double[] longest = ranges.stream().max(java.util.Comparator.comparingDouble(r -> r[1] - r[0])).get();
        return s.apply(List.of(new Edit.RoomTone(longest[0], longest[1])));
    }

    /** Silences the selection and fills it with room tone. */
    String fillWithRoomTone() {
        if (!s.hasSelection()) return "Select what to fill with room tone first.";
        List<Edit> edits = new ArrayList<>();
        for (double[] r : s.map().sourceRanges(s.selStart(), s.selEnd())) {
            edits.add(new Edit.Silence(r[0], r[1], Edit.Silence.Fill.ROOM_TONE));
        }
        return s.apply(edits);
    }

    /** Inserts {@code seconds} of room tone at the cursor. */
    String lengthenPause(double seconds) {
        return s.apply(List.of(new Edit.Pause(s.map().sourceSeconds(s.selStart()), seconds)));
    }

    /** Lays {@code file} into the programme at the cursor, ducked under speech when asked. */
    String insertSound(java.nio.file.Path file, boolean duck) {
        double at = s.map().sourceSeconds(s.selStart());
        return s.apply(List.of(new Edit.Layer(file, at, 0, Double.NaN, 0, 0, 0, false, Double.NaN, duck ? Edit.Duck.DEFAULT : null)));
    }

    private static int lastIndex(EditList list, Class<? extends Edit> kind) {
        for (int i = list.edits().size() - 1; i >= 0; i--) {
            if (kind.isInstance(list.edits().get(i))) return i;
        }
        return -1;
    }
}
