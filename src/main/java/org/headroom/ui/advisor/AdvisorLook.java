package org.headroom.ui.advisor;

import java.util.Locale;

import org.headroom.ui.common.Readout;

/**
 * What the advisor shows that the shared look (org.headroom.ui's Look, Card, ThemedLabel and
 * Readout) has no form for: a figure in a given format with its unit.
 */
final class AdvisorLook {
    private AdvisorLook() {
    }

    /** {@code value} in {@code format} with a real minus sign and the unit after a space; "—" when undefined. */
    static String number(double value, String format, String unit) {
        if (!Double.isFinite(value)) return Readout.NONE;
        return Readout.minusSign(String.format(Locale.ROOT, format, value)) + (unit.isEmpty() ? "" : " " + unit);
    }
}
