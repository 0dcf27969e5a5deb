package org.headroom.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Output precision, in one place so the JSON, CSV and text agree. Rounding is for output only:
 * reports keep full precision so checks are not made on rounded figures twice.
 */
final class Rounding {
    static final int DB = 2;
    static final int SECONDS = 3;
    static final int KBPS = 1;
    static final int HZ = 1;
    static final int DC = 6;

    private Rounding() {
    }

    /** Null stays null; NaN and infinities become null too, as a last guard. */
    static BigDecimal round(Double value, int decimals) {
        if (value == null || !Double.isFinite(value)) return null;
        BigDecimal d = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
        // -0.00 would print as "0" anyway, but a scale below zero prints 1E+2: keep it plain.
        return d.scale() < 0 ? d.setScale(0) : d;
    }

    static String text(Double value, int decimals) {
        BigDecimal d = round(value, decimals);
        return d == null ? "" : d.toPlainString();
    }

    /** Fixed decimals for aligned tables: -16.4 → "-16.40"; undefined → "—". */
    static String fixed(Double value, int decimals) {
        if (value == null || !Double.isFinite(value)) return "—";
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }
}
