package org.headroom.dsp;

/**
 * The two spectra Headroom takes of one stretch of audio (a "capture" of {@link #span()} samples,
 * about a quarter of a second at any rate):
 * <ul>
 * <li>{@link #full()}: the whole band, about 170-200 ms centred in the capture (at most 8192
 *     samples, so at 96 and 192 kHz it is shorter and coarser). For what needs the top of the
 *     spectrum, not fine resolution.</li>
 * <li>{@link #low()}: the capture decimated by an integer factor to about {@value #LOW_RATE_HZ} Hz
 *     (exactly 4000 Hz from 8, 16, 48, 96 and 192 kHz; 4009 Hz from 44.1 and 88.2 kHz) and
 *     transformed in {@value #LOW_SIZE} points: bins 3.9 Hz wide over 256 ms whatever the input
 *     rate. Clean from 0 to {@link #lowValidHz()} (1200 Hz from 8 kHz up); above that it may hold
 *     aliases. For hum, wind and low octave bands.</li>
 * </ul>
 * Both use {@link Spectrum}'s band-power scale, so their band powers compare directly.
 */
public final class SpectrumPair {
    public static final double LOW_RATE_HZ = 4000;
    public static final int LOW_SIZE = 1024;
    /**
     * Top of the low spectrum's clean band: hum harmonics to 1.1 kHz, the 250 Hz octave's top edge at
     * 354 Hz. No higher than needed: the wider the transition to 2.8 kHz, the shorter the filter
     * (about 140 taps at 48 kHz and 550 at 192 kHz with the 70 dB stop band; 1450 Hz at 80 dB took 219 and 875).
     */
    public static final double LOW_VALID_HZ = 1200;
    /** TarsosDSP's FFT starts threads above this size. */
    private static final int MAX_FULL_SIZE = 8192;

    private final int sampleRate;
    private final Spectrum full;
    private final Spectrum low;
    private final Decimator decimator;
    private final int span;
    private final int fullOffset;

    /**
     * @param minFullSize the smallest full-band FFT (the full spectrum is ~0.2 s long, at least this)
     */
    public SpectrumPair(int sampleRate, int minFullSize) {
        this.sampleRate = sampleRate;
        this.full = new Spectrum(Spectrum.sizeFor(sampleRate, 0.2, minFullSize, MAX_FULL_SIZE));
        int factor = Decimator.factorFor(sampleRate, LOW_RATE_HZ);
        // below 8 kHz inputs the output rate falls under 4 kHz and the clean band shrinks with it
        this.decimator = new Decimator(sampleRate, factor,
                factor == 1 ? sampleRate / 2.0 : Math.min(LOW_VALID_HZ, 0.45 * sampleRate / factor));
        this.low = new Spectrum(LOW_SIZE);
        this.span = Math.max(full.size(), decimator.inputSpan(LOW_SIZE));
        this.fullOffset = (span - full.size()) / 2;
    }

    /** Input samples one capture takes. */
    public int span() {
        return span;
    }

    public Spectrum full() {
        return full;
    }

    public Spectrum low() {
        return low;
    }

    public int sampleRate() {
        return sampleRate;
    }

    /** Sample rate of the signal the low spectrum transforms. */
    public double lowRate() {
        return decimator.outputRate();
    }

    /** Top of the low spectrum's alias-free band. */
    public double lowValidHz() {
        return decimator.passHz();
    }

    /**
     * Input samples between the starts of two back-to-back low frames of a continuous stream: a
     * stream keeps the last {@code lowSpan() - lowHop()} samples of one capture as the start of the next.
     */
    public int lowHop() {
        return LOW_SIZE * decimator.factor();
    }

    /** Input samples one low frame takes. */
    public int lowSpan() {
        return decimator.inputSpan(LOW_SIZE);
    }

    /** The low frame of {@link #lowSpan()} samples of input from {@code from}, ready for {@link Spectrum#transform}. */
    public void decimate(float[] input, int from, float[] lowFrame) {
        decimator.decimate(input, from, lowFrame, LOW_SIZE);
    }

    /**
     * From a capture of {@link #span()} samples, the full frame (its centre) and the low frame (the
     * whole capture decimated), ready for {@link Spectrum#transform}.
     */
    public void split(float[] capture, float[] fullFrame, float[] lowFrame) {
        System.arraycopy(capture, fullOffset, fullFrame, 0, full.size());
        decimator.decimate(capture, 0, lowFrame, LOW_SIZE);
    }
}
