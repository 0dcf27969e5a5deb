package org.headroom.edit;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The curve of a fade, as the gain g(x) of a fade-in at x ∈ [0, 1] (a fade-out plays it
 * backwards: g(1 − x)). Every curve rises monotonically from exactly 0 to exactly 1 and never
 * exceeds 1, which is why a fade can never raise a sample's magnitude.
 *
 * <ul>
 * <li>{@code linear}: g = x. As a crossfade the two gains sum to 1 (constant amplitude): right
 *     for two takes of the same sound, which add in phase; on unrelated sounds it dips 3 dB
 *     in the middle.</li>
 * <li>{@code log} (logarithmic): g = log10(1 + 9x). Rises fast, then settles; sounds like a
 *     quick fade-in and, played backwards, a fade-out that holds the level and drops at the end.
 *     As a crossfade, an early swap.</li>
 * <li>{@code exp} (exponential): g = (10^x − 1) / 9, the mirror of {@code log}: starts slowly,
 *     which the ear hears as an even fade because loudness follows decibels, not amplitude.
 *     As a crossfade, a late swap.</li>
 * <li>{@code equal-power} (sine): g = sin(πx/2). As a crossfade the gains satisfy
 *     a² + b² = 1 (constant power) for unrelated material; the renderer also corrects for
 *     material that is correlated — see {@link #crossfadeOut}.</li>
 * <li>{@code s-curve}: g = (1 − cos πx) / 2, flat at both ends and steepest in the middle; as
 *     a crossfade the gains sum to 1, like linear but without the corners.</li>
 * </ul>
 * None of them has a step anywhere, so no fade or crossfade jumps in level half way.
 */
public enum FadeShape {
    LINEAR("linear"), LOG("log"), EXP("exp"), EQUAL_POWER("equal-power"), S_CURVE("s-curve");

    private static final double LOG_SPAN = 9.0;

    private final String jsonName;

    FadeShape(String jsonName) {
        this.jsonName = jsonName;
    }

    /** The name used in edit lists: linear, log, exp, equal-power, s-curve. */
    public String jsonName() {
        return jsonName;
    }

    /** The fade-in gain at {@code x} (clamped to [0, 1]). */
    public double gain(double x) {
        double t = Math.max(0.0, Math.min(1.0, x));
        switch (this) {
            case LINEAR: return t;
            case LOG: return Math.min(1.0, Math.log10(1 + LOG_SPAN * t));
            case EXP: return Math.min(1.0, (Math.pow(10, t) - 1) / LOG_SPAN);
            case EQUAL_POWER: return Math.sin(Math.PI / 2 * t);
            default: return 0.5 - 0.5 * Math.cos(Math.PI * t);
        }
    }

    /**
     * The gain of the outgoing side of a crossfade whose incoming side has gain
     * {@code gain(x)}. Every shape but equal-power gives 1 − a (constant amplitude): the shape
     * says when the change happens (log early, exp late, s-curve gently at both ends), never
     * how loud the middle is — mirrored log curves would bulge 3.4 dB there. Equal-power keeps
     * the power of the sum constant for material whose correlation over the crossfade is
     * {@code rho}: a² + b² + 2ρab = 1, so b = −ρa + √(1 − a²(1 − ρ²)). With ρ = 0 that is the
     * plain cos/sin pair; with ρ = 1 (the same sound on both sides) it becomes 1 − a, so a
     * crossfade between matching material does not bulge 3 dB half way, the level jump users
     * complain of in other editors. Negative ρ is treated as 0: no pair of gains between 0 and
     * 1 can hold the level of material that cancels itself. Log and exp mirror their curve.
     */
    public double crossfadeOut(double x, double rho) {
        switch (this) {
            case EQUAL_POWER: {
                double a = gain(x);
                double r = Math.max(0.0, Math.min(1.0, rho));
                return Math.max(0.0, Math.min(1.0, -r * a + Math.sqrt(Math.max(0.0, 1 - a * a * (1 - r * r)))));
            }
            default:
                return 1.0 - gain(x);
        }
    }

    /** The shape called {@code name} in an edit list (case and "_"/"-" do not matter). */
    public static FadeShape parse(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (FadeShape s : values()) {
            if (s.jsonName.equals(n)) return s;
        }
        switch (n) {
            case "logarithmic": return LOG;
            case "exponential": return EXP;
            case "sine": case "equalpower": case "equal power": return EQUAL_POWER;
            case "s": case "scurve": case "cosine": return S_CURVE;
            default: throw new IllegalArgumentException("unknown shape '" + name + "' (" + names() + ")");
        }
    }

    public static String names() {
        return Arrays.stream(values()).map(FadeShape::jsonName).collect(Collectors.joining(", "));
    }
}
