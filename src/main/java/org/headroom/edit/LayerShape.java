package org.headroom.edit;

/**
 * How one layer sits on the programme, for drawing: where it plays and its gain at any frame
 * (its level, fades and duck), so the editor can draw the bed and its duck envelope without
 * reading audio.
 */
public final class LayerShape {
    private final LayerPlan plan;

    LayerShape(LayerPlan plan) {
        this.plan = plan;
    }

    /** The layer file's name. */
    public String name() {
        return plan.file().getFileName().toString();
    }

    /** First programme frame the layer plays at. */
    public long start() {
        return plan.start();
    }

    /** Programme frame where it stops (exclusive). */
    public long end() {
        return plan.end();
    }

    public boolean ducked() {
        return plan.duck() != null;
    }

    /** Its gain at programme frame {@code frame} in dB (level, fades and duck); −∞ outside it. */
    public double gainDbAt(long frame) {
        if (frame < plan.start() || frame >= plan.end()) return Double.NEGATIVE_INFINITY;
        double db = 20 * Math.log10(plan.gainAt(frame));
        return plan.duck() == null ? db : db + plan.duck().gainDb(frame);
    }
}
