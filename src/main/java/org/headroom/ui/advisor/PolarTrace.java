package org.headroom.ui.advisor;

import org.headroom.advice.Microphone;
import org.headroom.advice.PolarPattern;

/**
 * What a microphone's pickup looks like in the plane, at the speech band where the advice is
 * worked out ({@link Microphone#SPEECH_HZ}). First-order mics are their capsule. A shotgun is its
 * capsule times an ideal line array of the tube's length — enough to show why it narrows at 2 kHz
 * and not at 200 Hz; real tubes have shallower nulls, so the trace stops at the plot's floor.
 */
final class PolarTrace {
    /** The plot's floor: deeper than this reads as "nothing" on a recorder's meters anyway. */
    static final double FLOOR_DB = -30;

    private PolarTrace() {
    }

    /** Level at θ relative to on-axis, dB, never below {@link #FLOOR_DB}. */
    static double responseDb(Microphone mic, double thetaDegrees) {
        PolarPattern p = mic.capsule();
        double r = Math.abs(p.response(thetaDegrees)) / (p.a() + p.b());
        if (mic.tube().isPresent()) r *= tube(mic.tube().get().lengthMetres(), thetaDegrees);
        return r <= 0 ? FLOOR_DB : Math.max(FLOOR_DB, 20 * Math.log10(r));
    }

    /** Line-array factor |sin x / x| with x = π f L (1 − cos θ) / c: the path difference along the tube. */
    private static double tube(double lengthMetres, double thetaDegrees) {
        double x = Math.PI * Microphone.SPEECH_HZ * lengthMetres * (1 - Math.cos(Math.toRadians(thetaDegrees)))
                / PolarPattern.SPEED_OF_SOUND;
        return x < 1e-9 ? 1 : Math.abs(Math.sin(x) / x);
    }
}
