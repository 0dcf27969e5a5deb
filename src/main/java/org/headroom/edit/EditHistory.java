package org.headroom.edit;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Undo and redo without limit, as two stacks of whole edit lists. Lists are immutable and
 * small (a few hundred bytes per edit), so keeping every one is cheaper and far simpler than
 * inverse operations, and undo restores exactly what was there. One thread (the editor's).
 */
public final class EditHistory {
    private final Deque<EditList> undo = new ArrayDeque<>();
    private final Deque<EditList> redo = new ArrayDeque<>();
    private EditList current;

    public EditHistory(EditList start) {
        this.current = start;
    }

    public EditList current() {
        return current;
    }

    /** Makes {@code next} current; what was current can be undone to, and redo is forgotten. */
    public EditList apply(EditList next) {
        if (next.equals(current)) return current;
        undo.push(current);
        redo.clear();
        current = next;
        return current;
    }

    /** Adds one edit to the current list. */
    public EditList apply(Edit edit) {
        return apply(current.with(edit));
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** Steps back one change; does nothing at the start. */
    public EditList undo() {
        if (canUndo()) {
            redo.push(current);
            current = undo.pop();
        }
        return current;
    }

    /** Steps forward again after an undo; does nothing when there is nothing to redo. */
    public EditList redo() {
        if (canRedo()) {
            undo.push(current);
            current = redo.pop();
        }
        return current;
    }

    public int undoDepth() {
        return undo.size();
    }
}
