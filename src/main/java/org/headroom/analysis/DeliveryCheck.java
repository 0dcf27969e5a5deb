package org.headroom.analysis;

import java.util.List;

/**
 * A file measured against a delivery preset: one item per target the preset sets.
 *
 * @param preset the preset's name, e.g. "podcast-stereo"
 * @param title  the preset's title
 * @param passed true when no item failed (warnings and notes do not fail a delivery)
 */
public record DeliveryCheck(String preset, String title, boolean passed, List<Item> items) {

    public DeliveryCheck {
        items = List.copyOf(items);
    }

    public static DeliveryCheck of(String preset, String title, List<Item> items) {
        return new DeliveryCheck(preset, title, items.stream().noneMatch(i -> i.status() == Status.FAIL), items);
    }

    /** PASS and FAIL decide the delivery; WARN is a stricter QC limit missed; INFO is a guide, not a limit. */
    public enum Status { PASS, WARN, FAIL, INFO }

    /**
     * @param figure   the preset figure checked, e.g. "integratedLufs"
     * @param label    how a person names it, e.g. "Integrated loudness"
     * @param unit     "LUFS", "dBTP", "dBFS"
     * @param target   the target value, or null for a pure limit
     * @param min      lowest allowed, or null
     * @param max      highest allowed, or null
     * @param measured the file's value; null when undefined (silence)
     * @param source   the document the figure comes from
     */
    public record Item(String figure, String label, String unit, Double target, Double min, Double max,
                       Double measured, Status status, String source) {
    }
}
