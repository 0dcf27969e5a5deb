package org.headroom.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Mains hum at 50 or 60 Hz (±1 Hz drift) and its harmonics.
 *
 * <p>Each sparse spectrum says whether hum is present: the line at 50 or 60 Hz must stand
 * {@code humLineDb} (10 dB by default) above its neighbouring bins. We insist on the fundamental
 * because a voice at 100 or 150 Hz lines up with 50 Hz harmonics for a moment, while voices and
 * microphones leave almost nothing at 50-60 Hz. Two spectra in a row make a time range.
 *
 * <p>{@link #hum()} comes from the spectra averaged over the whole recording (the line
 * {@code humAverageDb}, 6 dB by default, above its neighbours), where speech
 * smears out and a steady hum stands clear: frequency from a parabola through the log powers
 * around the peak, level as the RMS of the fundamental plus every harmonic up to 1 kHz that
 * stands at least {@value #HARMONIC_DB} dB above its neighbourhood in the average and in 80 % of
 * the spectra, and is at most 3 dB stronger than the fundamental (a stronger line there is a
 * voice's harmonic, not hum), each with the neighbourhood's share taken off. A hum whose
 * harmonics hide under speech therefore reads a little low (by 0.4 dB for harmonics at -10 and
 * -15 dB), never high.
 */
public final class HumDetector extends SpectralDetector {
    static final double HARMONIC_DB = 6.0;
    /** ±1 Hz of drift plus the peak interpolation's own error; also keeps 50 Hz from claiming a 60 Hz line. */
    private static final double MAX_OFFSET_HZ = 2.0;
    private static final double HARMONIC_PERSISTENCE = 0.8;
    private static final double MAX_HARMONIC_RATIO = 2.0;
    private static final double MAX_HARMONIC_HZ = 1000.0;
    private static final double[] MAINS = {50.0, 60.0};

    private final int bins;
    private final DetectionThresholds limits;
    private final double[] current;
    private final double[] sum;
    private final SpectralLine line = new SpectralLine();
    private final RangeTracker[] ranges = {new RangeTracker(2, 1, 1000), new RangeTracker(2, 1, 1000)};
    private final int maxHarmonic;
    /** Per mains frequency and harmonic: in how many spectra that harmonic stood out. */
    private final long[][] harmonicHits;
    private long spectra;

    public HumDetector(int channels, int sampleRate) {
        this(channels, sampleRate, DetectionThresholds.DEFAULTS);
    }

    public HumDetector(int channels, int sampleRate, DetectionThresholds thresholds) {
        this(new SpectrumSampler(channels, sampleRate), true, thresholds);
    }

    /** On a shared sampler that its owner feeds before this detector. */
    public HumDetector(SpectrumSampler shared) {
        this(shared, DetectionThresholds.DEFAULTS);
    }

    /** On a shared sampler that its owner feeds before this detector. */
    public HumDetector(SpectrumSampler shared, DetectionThresholds thresholds) {
        this(shared, false, thresholds);
    }

    private HumDetector(SpectrumSampler sampler, boolean owner, DetectionThresholds thresholds) {
        super(sampler, owner);
        this.limits = thresholds;
        this.bins = Math.min(sampler.bins(), sampler.bin(MAX_HARMONIC_HZ + 100) + 1);
        this.current = new double[bins];
        this.sum = new double[bins];
        this.maxHarmonic = (int) (MAX_HARMONIC_HZ / MAINS[0]);
        this.harmonicHits = new long[MAINS.length][maxHarmonic + 1];
    }

    @Override
    protected void onCapture(long start, long end) {
        meanPower(current, bins);
        for (int k = 0; k < bins; k++) sum[k] += current[k];
        spectra++;
        for (int m = 0; m < MAINS.length; m++) {
            double prominence = line.measure(current, sampler.bin(MAINS[m]), searchBins());
            boolean atMains = Math.abs(SpectralLine.refinedBin(current, line.peakBin) * sampler.binHz() - MAINS[m])
                    <= MAX_OFFSET_HZ;
            ranges[m].update(atMains && prominence >= dbToRatio(limits.humLineDb()), start, end, 0);
            for (int h = 2; h <= maxHarmonic && sampler.bin(h * MAINS[m]) < bins - 1; h++) {
                if (line.measure(current, sampler.bin(h * MAINS[m]), searchBins(h)) >= dbToRatio(HARMONIC_DB)) {
                    harmonicHits[m][h]++;
                }
            }
        }
    }

    private int searchBins() {
        return searchBins(1);
    }

    /** ±1 Hz of drift at the fundamental is ±h Hz at harmonic h. */
    private int searchBins(int harmonic) {
        return Math.max(1, (int) Math.ceil(harmonic / sampler.binHz()));
    }

    /** The hum in the recording so far, from the averaged spectrum; empty when there is none. */
    public Optional<Hum> hum() {
        if (spectra == 0) return Optional.empty();
        double[] average = new double[bins];
        for (int k = 0; k < bins; k++) average[k] = sum[k] / spectra;
        Hum best = null;
        double bestProminence = 0;
        for (int m = 0; m < MAINS.length; m++) {
            double mains = MAINS[m];
            double prominence = line.measure(average, sampler.bin(mains), searchBins());
            if (prominence < dbToRatio(limits.humAverageDb()) || prominence <= bestProminence) continue;
            double frequency = SpectralLine.refinedBin(average, line.peakBin) * sampler.binHz();
            if (Math.abs(frequency - mains) > MAX_OFFSET_HZ) continue;
            double fundamental = line.linePower;
            double power = fundamental;
            for (int h = 2; h <= maxHarmonic && sampler.bin(h * frequency) < bins - 1; h++) {
                // a harmonic counts only if it stood out in most spectra: speech lines come and go
                if (harmonicHits[m][h] < HARMONIC_PERSISTENCE * spectra) continue;
                // and only if no stronger than the fundamental: what towers over it is programme
                // (a voice's harmonics), not the hum we are measuring
                if (line.measure(average, sampler.bin(h * frequency), 1) >= dbToRatio(HARMONIC_DB)
                        && line.linePower <= fundamental * MAX_HARMONIC_RATIO) {
                    power += line.linePower;
                }
            }
            bestProminence = prominence;
            best = new Hum(frequency, 10 * Math.log10(power));
        }
        return Optional.ofNullable(best);
    }

    @Override
    public List<Finding> findings() {
        List<Finding> out = new ArrayList<>();
        Optional<Hum> hum = hum();
        for (int m = 0; m < MAINS.length; m++) {
            for (RangeTracker.Range r : ranges[m].ranges()) {
                out.add(finding(MAINS[m], r, hum.isPresent() && Math.abs(hum.get().frequencyHz() - MAINS[m]) < 5
                        ? hum.get().levelDbfs() : Double.NaN));
            }
        }
        out.sort(java.util.Comparator.comparingLong(Finding::startFrame));
        return List.copyOf(out);
    }

    /** Value: the hum level in dBFS from the whole recording, NaN while the average does not confirm it yet. */
    private Finding finding(double mains, RangeTracker.Range r, double levelDbfs) {
        String level = Double.isNaN(levelDbfs) ? "" : String.format(Locale.ROOT, " at %.0f dBFS", levelDbfs);
        String message = String.format(Locale.ROOT,
                "Mains hum (%.0f Hz%s) from %s to %s: a power cable, dimmer or ground loop is getting into the "
                        + "recording \u2014 move the mic cable away from power leads, try another socket or a "
                        + "ground-lift/DI box, then retake.",
                mains, level, Timecode.of(r.start(), sampleRate), Timecode.of(r.end(), sampleRate));
        return Finding.at(FindingKind.HUM, Severity.WARNING, Finding.ALL_CHANNELS, r.start(), r.end(), sampleRate,
                levelDbfs,
                String.format(Locale.ROOT, "spectral line at %.0f Hz \u00b11 Hz standing \u2265%s dB above its "
                        + "neighbourhood in \u22652 spectra in a row", mains,
                        DetectionThresholds.show(limits.humLineDb())),
                message);
    }

    private static double dbToRatio(double db) {
        return Math.pow(10, db / 10);
    }
}
