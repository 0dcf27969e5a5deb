package org.headroom.advice;

/**
 * A reverberation time read from a recording rather than an impulse response.
 *
 * @param seconds    RT60 of the mid band (about 350 Hz–2.8 kHz, the 500 Hz and 1 kHz octaves)
 * @param method     clap or speech
 * @param confidence 0..1: how far to trust it, from the decay range, the fit and the method's known limits
 * @param detail     one plain sentence on how it was found ("T30 from a clap at 3.2 s, 52 dB above the noise")
 */
public record Rt60Estimate(double seconds, Rt60Method method, double confidence, String detail) {
    public Rt60Estimate {
        if (!(seconds > 0)) throw new IllegalArgumentException("RT60 must be positive (got " + seconds + ")");
        if (!(confidence >= 0 && confidence <= 1)) throw new IllegalArgumentException("confidence must be 0..1 (got " + confidence + ")");
    }

    /** A word for the confidence, for people. */
    public String confidenceWord() {
        return confidence >= 0.7 ? "high" : confidence >= 0.4 ? "medium" : "low";
    }
}
