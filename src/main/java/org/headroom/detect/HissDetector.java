package org.headroom.detect;

import java.util.List;
import java.util.Locale;

/**
 * Steady broadband hiss: a noise floor above 4 kHz that stays under everything.
 *
 * <p>From the sparse spectra it keeps, in fixed-memory histograms, the power of each glimpse in
 * the 4-16 kHz band (capped at 0.45·fs), in the 500 Hz-2 kHz band and in full. The hiss floor is the
 * 10th percentile of the high band (the quiet glimpses, between words). Hiss is reported when
 * that floor is above {@code hissFloorDbfs} (-75 dBFS by default), its density per Hz is within
 * {@value #MAX_TILT_DB} dB of the mid band's floor (white-ish, "ssss"; room noise and pink noise fall
 * ~9 dB or more from mid to high) and it is less than {@code hissBelowProgrammeDb} (60 dB) below the
 * programme (the 90th percentile of full-band power). The tilt stays a constant: it tells hiss
 * from other noise, where the presets' figures set how much hiss is worth a finding.
 */
public final class HissDetector extends SpectralDetector {
    static final double HIGH_FROM_HZ = 4000;
    static final double HIGH_TO_HZ = 16000;
    static final double MID_FROM_HZ = 500;
    static final double MID_TO_HZ = 2000;
    static final double MAX_TILT_DB = 6;
    private static final int MIN_SPECTRA = 3;

    private final DetectionThresholds limits;
    private final int highFrom, highTo, midFrom, midTo, bins;
    private final double[] current;
    private final PowerHistogram high = new PowerHistogram();
    private final PowerHistogram mid = new PowerHistogram();
    private final PowerHistogram full = new PowerHistogram();

    public HissDetector(int channels, int sampleRate) {
        this(channels, sampleRate, DetectionThresholds.DEFAULTS);
    }

    public HissDetector(int channels, int sampleRate, DetectionThresholds thresholds) {
        this(new SpectrumSampler(channels, sampleRate), true, thresholds);
    }

    /** On a shared sampler that its owner feeds before this detector. */
    public HissDetector(SpectrumSampler shared) {
        this(shared, DetectionThresholds.DEFAULTS);
    }

    /** On a shared sampler that its owner feeds before this detector. */
    public HissDetector(SpectrumSampler shared, DetectionThresholds thresholds) {
        this(shared, false, thresholds);
    }

    private HissDetector(SpectrumSampler sampler, boolean owner, DetectionThresholds thresholds) {
        super(sampler, owner, false);
        limits = thresholds;
        bins = frame.bins();
        highFrom = frame.bin(HIGH_FROM_HZ);
        highTo = frame.bin(Math.min(HIGH_TO_HZ, 0.45 * sampler.sampleRate()));
        midFrom = frame.bin(MID_FROM_HZ);
        midTo = frame.bin(MID_TO_HZ);
        current = new double[bins];
    }

    @Override
    protected void onCapture(long start, long end) {
        meanPower(current, bins);
        high.add(bandPower(current, highFrom, highTo));
        mid.add(bandPower(current, midFrom, midTo));
        full.add(bandPower(current, 1, bins));
    }

    /**
     * Whether hiss can be judged at all: the 4 kHz band must fit under 0.45·fs, so a file below about
     * 9 kHz (telephone and radio links at 8 kHz) holds none of it and hiss is "not measured", not "none".
     */
    public boolean measured() {
        return highTo > highFrom;
    }

    /** The hiss floor above 4 kHz in dBFS (RMS in that band); NaN before three glimpses, on silence, or when not {@link #measured()}. */
    public double hissFloorDbfs() {
        if (!measured() || high.count() + high.zeros() < MIN_SPECTRA) return Double.NaN;
        return 10 * Math.log10(quietest(high));
    }

    /** 10th percentile counting digital silence as zero power. */
    private static double quietest(PowerHistogram h) {
        long n = h.count() + h.zeros();
        if (h.zeros() >= 0.1 * n) return 0;
        return h.percentile((0.1 * n - h.zeros()) / h.count());
    }

    /** Hiss found; false also when not {@link #measured()}. */
    public boolean hiss() {
        double floor = hissFloorDbfs();
        if (!(floor > limits.hissFloorDbfs())) return false;
        double midFloor = quietest(mid);
        double tilt = (quietest(high) / (highTo - highFrom)) / (midFloor / (midTo - midFrom));
        double programme = full.percentile(0.9);
        return 10 * Math.log10(tilt) >= -MAX_TILT_DB
                && 10 * Math.log10(programme) - floor < limits.hissBelowProgrammeDb();
    }

    @Override
    public List<Finding> findings() {
        if (!hiss()) return List.of();
        double floor = hissFloorDbfs();
        long end = sampler.position();
        return List.of(Finding.at(FindingKind.HISS, Severity.WARNING, Finding.ALL_CHANNELS, 0, end, sampleRate, floor,
                String.format(Locale.ROOT, "steady noise above 4 kHz at \u2265%s dBFS, as strong per Hz as the "
                        + "mid band (within %.0f dB)", DetectionThresholds.show(limits.hissFloorDbfs()), MAX_TILT_DB),
                String.format(Locale.ROOT, "There is a steady hiss under the whole recording (%.0f dBFS above "
                        + "4 kHz): usually a preamp turned up on a quiet or cheap input \u2014 use a more sensitive "
                        + "mic or move it closer so less gain is needed.", floor)));
    }
}
