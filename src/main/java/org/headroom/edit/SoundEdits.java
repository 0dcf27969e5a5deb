package org.headroom.edit;

import java.util.ArrayList;
import java.util.List;

/**
 * The part of an edit list that changes how the source sounds without moving it in time:
 * filters, gain, silence, normalisation (and any new op that leaves every sample where it was).
 * Rendering the source through only these edits gives audio on the source's own timeline, so
 * an analysis of it yields findings that an edit list's cuts can still place; the editor uses
 * it to see whether an effect (a hum notch, say) took a problem away.
 *
 * <p>Which edits qualify is decided by what they do, not by their names: an edit whose
 * timeline on its own is the whole source as one piece keeps time. Fades are left out even
 * though they keep time, because they are measured from the programme's ends, which only the
 * whole list knows, and a crossfade shapes only the joins that cuts make, of which this list
 * has none; leaving them out also spares a re-analysis each time a fade handle is dragged.
 * Layers are left out too: they keep time, but a music bed or a sound effect is material laid
 * over the recording, not a change to how it sounds, and the findings are about the recording
 * (a bed under the voice would otherwise read as background noise).
 */
public final class SoundEdits {
    private SoundEdits() {
    }

    /** The edits of {@code list} that keep every source sample at its own time, in their order. */
    public static EditList of(EditList list, int sampleRate, long sourceFrames) {
        List<Edit> kept = new ArrayList<>();
        for (Edit e : list.edits()) {
            if (keepsTime(e, sampleRate, sourceFrames)) kept.add(e);
        }
        return list.withEdits(kept);
    }

    static boolean keepsTime(Edit e, int sampleRate, long sourceFrames) {
        if (e instanceof Edit.FadeIn || e instanceof Edit.FadeOut || e instanceof Edit.Crossfade || e instanceof Edit.Layer) return false;
        Timeline alone;
        try {
            alone = Timeline.build(sampleRate, sourceFrames, EditList.EMPTY.with(e));
        } catch (EdlException | IllegalArgumentException notOnItsOwn) {
            return false; // an edit that needs others (a crossfade needs a join) is about time, not sound
        }
        if (alone.frames() != sourceFrames || alone.pieces().size() != 1) return false;
        Timeline.Piece only = alone.pieces().get(0);
        return !only.inserted() && only.sourceStart() == 0 && only.sourceEnd() == sourceFrames && only.outputStart() == 0;
    }
}
