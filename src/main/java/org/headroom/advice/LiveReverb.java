package org.headroom.advice;

import java.util.Optional;

/**
 * The reverberation time of a live input, for the monitor's room readout: keeps the last
 * {@link #WINDOW_SECONDS} of the mid band (filtered and decimated as it arrives, which costs the
 * capture thread a few multiplies a sample) and, when asked, runs the advisor's own clap and
 * speech estimators on a copy. {@link #accept} and {@link #estimate} may be called from
 * different threads: the capture thread feeds, a low-priority worker estimates, and only the
 * copy is made under the lock, so the estimators never hold up the capture.
 */
public final class LiveReverb {
    /** Enough running speech for the speech estimator's decays, short enough to follow a move to another room. */
    public static final double WINDOW_SECONDS = 25;
    /** Below this nothing is estimated: too few syllables for a speech estimate to mean anything [judgement]. */
    public static final double MIN_SECONDS = 8;

    private final MidBand band;

    public LiveReverb(int sampleRate) {
        this.band = MidBand.latest(sampleRate, WINDOW_SECONDS);
    }

    public synchronized void accept(float[][] block, int frames) {
        band.accept(block, frames);
    }

    /**
     * RT60 from the recent input, as the advisor chooses it (a trusted clap, else speech); empty
     * until {@link #MIN_SECONDS} have been heard or while the estimators find no usable decay.
     */
    public Optional<Rt60Estimate> estimate() {
        float[] recent;
        double rate;
        synchronized (this) {
            if (band.seconds() < MIN_SECONDS) return Optional.empty();
            recent = band.samples();
            rate = band.rate();
        }
        return LocationMeasurement.choose(ClapDecay.estimate(recent, rate), SpeechDecay.estimate(recent, rate));
    }
}
