package org.headroom.edit;

import java.util.ArrayList;
import java.util.List;

/**
 * An immutable edit list over one source: the edits in the order they were made, plus the
 * default crossfade every join gets. Changing it makes a new list, so undo is keeping the old
 * one ({@link EditHistory}) and a list can be handed to the autosave thread as it is.
 *
 * @param crossfadeMs    default crossfade at every join a cut makes, 0..{@value #MAX_CROSSFADE_MS} ms
 * @param crossfadeShape default crossfade curve
 * @param edits          the edits, oldest first
 */
public record EditList(double crossfadeMs, FadeShape crossfadeShape, List<Edit> edits) {
    public static final double DEFAULT_CROSSFADE_MS = 10.0;
    /** A crossfade is held in memory while it is mixed; 5 s keeps that small at any rate. */
    public static final double MAX_CROSSFADE_MS = 5000.0;
    public static final EditList EMPTY = new EditList(DEFAULT_CROSSFADE_MS, FadeShape.EQUAL_POWER, List.of());

    public EditList {
        if (!(crossfadeMs >= 0 && crossfadeMs <= MAX_CROSSFADE_MS)) {
            throw new IllegalArgumentException("crossfadeMs " + crossfadeMs + " is outside 0.." + (int) MAX_CROSSFADE_MS);
        }
        if (crossfadeShape == null) throw new IllegalArgumentException("crossfade shape is missing");
        edits = List.copyOf(edits);
    }

    public static EditList of(Edit... edits) {
        return EMPTY.withEdits(List.of(edits));
    }

    /** This list with {@code edit} added at the end. */
    public EditList with(Edit edit) {
        List<Edit> next = new ArrayList<>(edits);
        next.add(edit);
        return withEdits(next);
    }

    /** This list without the edit at {@code index}. */
    public EditList without(int index) {
        List<Edit> next = new ArrayList<>(edits);
        next.remove(index);
        return withEdits(next);
    }

    /** This list with the edit at {@code index} replaced, as dragging a fade handle does. */
    public EditList replacing(int index, Edit edit) {
        List<Edit> next = new ArrayList<>(edits);
        next.set(index, edit);
        return withEdits(next);
    }

    public EditList withEdits(List<Edit> newEdits) {
        return new EditList(crossfadeMs, crossfadeShape, newEdits);
    }

    public EditList withCrossfade(double ms, FadeShape shape) {
        return new EditList(ms, shape, edits);
    }

    /** The edits of one kind, oldest first. */
    public <T extends Edit> List<T> all(Class<T> kind) {
        return edits.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    /** The newest edit of one kind, or null: for edits where only the latest counts (fades, normalisation). */
    public <T extends Edit> T last(Class<T> kind) {
        List<T> list = all(kind);
        return list.isEmpty() ? null : list.get(list.size() - 1);
    }
}
