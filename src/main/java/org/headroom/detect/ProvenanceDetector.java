package org.headroom.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where the audio really came from: a "24-bit" file that carries only 16 bits (FAKE_BIT_DEPTH),
 * and a file whose spectrum stops well below Nyquist (UPSAMPLED: resampled from a lower rate, or
 * decoded from MP3/AAC).
 *
 * <p>Bits: the OR of all integer codes; its trailing zero bits were never used. The loop stops
 * as soon as the lowest bit shows up, so a genuine file costs a few samples. Works for containers
 * up to 24 bits (a float holds 24 bits exactly); for others call {@link #setEffectiveBits}.
 *
 * <p>Band limit: the sparse spectra are averaged over the file and cut into ~190 Hz bands. The
 * cutoff is the highest band edge with the four bands below it at least {@code upsampledCliffDb}
 * (30 dB by default) above every band from ~560 Hz higher (a filter's transition) to Nyquist, the
 * eight bands below it level within {@value #FLAT_DB} dB of each other (a filter's pass band, not
 * the skirt of a tone) and it is above 3 kHz. A file is flagged when that cutoff is below
 * {@code upsampledBelowFraction}·fs (0.43 by default): converters pass up to ~0.45·fs, so a native
 * 48 kHz file runs to ~21.7 kHz while one made from 44.1 kHz stops near 20 kHz and MP3 at 16-19 kHz.
 *
 * <p>Provenance is about a lossless file's past: a lossy stream (MP3, Vorbis) is band-limited by
 * its own encoder, so its band limit says nothing about where it came from and is not flagged
 * ({@link #lossyStream()}). The same audio decoded into a WAV or FLAC is flagged.
 */
public final class ProvenanceDetector extends SpectralDetector {
    static final double FLAT_DB = 20;
    private static final double MIN_CUTOFF_HZ = 3000;
    private static final int BAND_BINS = 32;
    /** Bands (~190 Hz each) a resampler's or codec's filter may take to fall. */
    private static final int TRANSITION_BANDS = 3;

    private final DetectionThresholds limits;
    private final Integer containerBits;
    private final float scale;
    private int codeOr;
    private boolean allBitsSeen;
    private long samplesChecked;
    /** Where the effective bit depth comes from when the meter package measures it already. */
    private java.util.function.IntSupplier externalBits;
    /** The stream is lossy: its band limit is its codec's doing, so UPSAMPLED is not judged. */
    private boolean lossy;

    private final double[] current;
    private final double[] sum;
    private long spectra;
    private long frames;

    public ProvenanceDetector(int channels, Integer containerBits, int sampleRate) {
        this(channels, containerBits, sampleRate, DetectionThresholds.DEFAULTS);
    }

    public ProvenanceDetector(int channels, Integer containerBits, int sampleRate, DetectionThresholds thresholds) {
        this(new SpectrumSampler(channels, sampleRate), true, containerBits, thresholds);
    }

    /** On a shared sampler that its owner feeds before this detector. */
    public ProvenanceDetector(SpectrumSampler shared, Integer containerBits) {
        this(shared, containerBits, DetectionThresholds.DEFAULTS);
    }

    /** On a shared sampler that its owner feeds before this detector. */
    public ProvenanceDetector(SpectrumSampler shared, Integer containerBits, DetectionThresholds thresholds) {
        this(shared, false, containerBits, thresholds);
    }

    private ProvenanceDetector(SpectrumSampler sampler, boolean owner, Integer containerBits,
                               DetectionThresholds thresholds) {
        super(sampler, owner, false);
        this.limits = thresholds;
        this.containerBits = containerBits;
        boolean checkable = containerBits != null && containerBits <= 24;
        this.scale = checkable ? (float) Math.pow(2, containerBits - 1) : 0f;
        this.allBitsSeen = !checkable;
        this.current = new double[frame.bins()];
        this.sum = new double[frame.bins()];
    }

    @Override
    public void accept(float[][] block, int frames) {
        if (!allBitsSeen) orCodes(block, frames);
        this.frames += frames;
        super.accept(block, frames);
    }

    private void orCodes(float[][] block, int frames) {
        int or = codeOr;
        for (float[] x : block) {
            for (int i = 0; i < frames; i++) or |= (int) (x[i] * scale);
            if ((or & 1) != 0) {
                allBitsSeen = true;
                break;
            }
        }
        codeOr = or;
        samplesChecked += (long) frames * block.length;
    }

    /** Says the stream being analysed is itself lossy: its band limit is the format's, not a past to report. */
    public void lossyStream() {
        lossy = true;
    }

    /** Takes the effective bit depth from elsewhere instead of counting here. */
    public void setEffectiveBits(int bits) {
        takeEffectiveBitsFrom(() -> bits);
    }

    /**
     * Reads the effective bit depth from a meter that measures it anyway (the Analyzer's
     * BitDepthMeter), asked when findings are made, and stops counting codes here: the same
     * pass over every sample is not worth doing twice.
     */
    public void takeEffectiveBitsFrom(java.util.function.IntSupplier bits) {
        externalBits = bits;
        allBitsSeen = true;
    }

    /** Bits actually used; empty for float containers or before any non-zero sample. */
    public java.util.OptionalInt effectiveBits() {
        if (externalBits != null) {
            int bits = externalBits.getAsInt();
            return bits > 0 ? java.util.OptionalInt.of(bits) : java.util.OptionalInt.empty();
        }
        if (containerBits == null || containerBits > 24) return java.util.OptionalInt.empty();
        if (allBitsSeen) return java.util.OptionalInt.of(containerBits);
        if (codeOr == 0) return java.util.OptionalInt.empty();
        return java.util.OptionalInt.of(containerBits - Integer.numberOfTrailingZeros(codeOr));
    }

    @Override
    protected void onCapture(long start, long end) {
        meanPower(current, current.length);
        for (int k = 0; k < current.length; k++) sum[k] += current[k];
        spectra++;
    }

    /** Where the averaged spectrum falls off a cliff, in Hz; NaN when it runs on to Nyquist (or no audio yet). */
    public double cutoffHz() {
        if (spectra == 0) return Double.NaN;
        int bands = sum.length / BAND_BINS;
        double[] db = new double[bands];
        for (int b = 0; b < bands; b++) {
            double s = 0;
            for (int k = b * BAND_BINS; k < (b + 1) * BAND_BINS; k++) s += sum[k];
            db[b] = 10 * Math.log10(Math.max(s / spectra, 1e-30));
        }
        // Scan down from the top: the first edge with a flat pass band below and nothing but
        // stop band above (after a short transition) is the cutoff.
        double maxAbove = Double.NEGATIVE_INFINITY;
        for (int c = bands - 1 - TRANSITION_BANDS; c >= 8; c--) {
            maxAbove = Math.max(maxAbove, db[c + TRANSITION_BANDS]);
            double below = (db[c - 1] + db[c - 2] + db[c - 3] + db[c - 4]) / 4;
            if (below - maxAbove < limits.upsampledCliffDb()) continue;
            double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
            for (int b = c - 8; b < c; b++) {
                lo = Math.min(lo, db[b]);
                hi = Math.max(hi, db[b]);
            }
            double hz = c * BAND_BINS * frame.binHz();
            if (hi - lo <= FLAT_DB && hz >= MIN_CUTOFF_HZ) return hz;
        }
        return Double.NaN;
    }

    @Override
    public List<Finding> findings() {
        List<Finding> out = new ArrayList<>();
        java.util.OptionalInt bits = effectiveBits();
        boolean enoughSamples = externalBits != null || samplesChecked >= sampleRate;
        if (containerBits != null && bits.isPresent() && bits.getAsInt() < containerBits && enoughSamples) {
            int b = bits.getAsInt();
            out.add(Finding.at(FindingKind.FAKE_BIT_DEPTH, Severity.WARNING, Finding.ALL_CHANNELS, 0, frames,
                    sampleRate, b, "the lowest " + (containerBits - b) + " bits of every sample are zero",
                    String.format(Locale.ROOT, "This %d-bit file only carries %d bits: it was recorded or exported "
                            + "at %d bits and padded with zeros, so it has no more detail than a %d-bit file \u2014 "
                            + "check the recorder's bit-depth setting.", containerBits, b, b, b)));
        }
        double cutoff = cutoffHz();
        if (!lossy && cutoff < limits.upsampledBelowFraction() * sampleRate) {
            out.add(Finding.at(FindingKind.UPSAMPLED, Severity.WARNING, Finding.ALL_CHANNELS, 0, frames, sampleRate,
                    cutoff, String.format(Locale.ROOT, "averaged spectrum drops \u2265%s dB at %.0f Hz, below "
                            + "%s\u00b7fs", DetectionThresholds.show(limits.upsampledCliffDb()), cutoff,
                            DetectionThresholds.show(limits.upsampledBelowFraction())),
                    String.format(Locale.ROOT, "The sound stops at %.1f kHz although a %.1f kHz file can hold up to "
                            + "%.1f kHz: it is %s \u2014 ask for the original recording.", cutoff / 1000,
                            sampleRate / 1000.0, sampleRate / 2000.0, likelySource(cutoff))));
        }
        return List.copyOf(out);
    }

    private String likelySource(double cutoff) {
        if (cutoff >= 19500 && cutoff <= 22100 && sampleRate > 44100) return "likely upsampled from 44.1 kHz";
        if (cutoff > 22100 && cutoff <= 24100 && sampleRate > 48000) return "likely upsampled from 48 kHz";
        if (cutoff < 19500 && cutoff > 11000) return "likely decoded from a lossy file (MP3/AAC) or low-passed";
        return "likely upsampled from a lower sample rate";
    }
}
