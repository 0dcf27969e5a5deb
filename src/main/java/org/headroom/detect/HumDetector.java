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
 * <p>{@link #hum()} is found, and its frequency measured, in the spectra averaged over the whole
 * recording (the line {@code humAverageDb}, 6 dB by default, above its neighbours), where speech
 * smears out and a steady hum stands clear; the frequency comes from a parabola through the log
 * powers around the peak.
 *
 * <p>The level is the RMS of the fundamental plus its harmonics up to 1 kHz, each with its
 * neighbourhood's share taken off, measured in the quietest spectra only: those within
 * {@value #QUIET_WINDOW_DB} dB of the quietest 0-1.1 kHz level among the spectra where the
 * fundamental stands {@value #HARMONIC_DB} dB clear (so silence, or a stretch before the hum was
 * switched on, is not taken for the quietest). A hum is steady and speech only comes on top, so
 * there the harmonics are the hum's own; in the average a voice both hides them and, where one of
 * its harmonics meets a mains harmonic, adds to them. A harmonic counts if it stood
 * {@value #HARMONIC_DB} dB clear in 80 % of those spectra and is at most 3 dB stronger than the
 * fundamental (what towers over it is programme). Measured by HumLevelProbe (hum at -60 and -50
 * dBFS, 50 and 60 Hz, harmonics at -6/-10/-14 dB or a lone fundamental, 17-20 s of speech at
 * -20 dBFS on seeds 11-20 or none, white -80 or pink -70 dBFS floor): within 0.31 dB of the hum's
 * total RMS, and within 0.44 dB under reverberant speech (RT60 0.6 s); the whole-recording average
 * used before was off by -1.5 to +2.9 dB. Near the detection limit (a -60 dBFS hum under -55 dBFS
 * pink noise, its fundamental some 4 dB above the noise in its bins) the level scatters by -2.1 to
 * +2.5 dB, as the average's did: harmonics lost in the noise are left out, and a lone fundamental
 * reads 0.3-0.9 dB high on average. A hum present for part of the recording reads its level while
 * present. A hum that only the average shows, clear in no single spectrum, reads as its
 * fundamental in the average.
 */
public final class HumDetector extends SpectralDetector {
    static final double HARMONIC_DB = 6.0;
    /** ±1 Hz of drift plus the peak interpolation's own error; also keeps 50 Hz from claiming a 60 Hz line. */
    private static final double MAX_OFFSET_HZ = 2.0;
    private static final double HARMONIC_PERSISTENCE = 0.8;
    /**
     * Spectra this close to the quietest one count as the voice's absence. Room for a noise floor's
     * level to scatter from one 170 ms spectrum to the next; 3 dB measured the same on HumLevelProbe.
     */
    static final double QUIET_WINDOW_DB = 2.0;
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
    /** Per mains frequency: its harmonics' line powers (index = harmonic number) in the quietest spectra that hold its fundamental. */
    private final QuietLineAverage[] quiet;
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
        super(sampler, owner, true);
        this.limits = thresholds;
        this.bins = Math.min(frame.bins(), frame.bin(MAX_HARMONIC_HZ + 100) + 1);
        this.current = new double[bins];
        this.sum = new double[bins];
        this.maxHarmonic = (int) (MAX_HARMONIC_HZ / MAINS[0]);
        this.quiet = new QuietLineAverage[MAINS.length];
        for (int m = 0; m < MAINS.length; m++) quiet[m] = new QuietLineAverage(maxHarmonic + 1, QUIET_WINDOW_DB);
    }

    @Override
    protected void onCapture(long start, long end) {
        meanPower(current, bins);
        for (int k = 0; k < bins; k++) sum[k] += current[k];
        spectra++;
        double level = 10 * Math.log10(bandPower(current, 1, bins));
        for (int m = 0; m < MAINS.length; m++) {
            double prominence = line.measure(current, frame.bin(MAINS[m]), searchBins());
            boolean atMains = Math.abs(SpectralLine.refinedBin(current, line.peakBin) * frame.binHz() - MAINS[m])
                    <= MAX_OFFSET_HZ;
            ranges[m].update(atMains && prominence >= dbToRatio(limits.humLineDb()), start, end, 0);
            // only spectra that hold the fundamental: a stretch of silence or a hum switched off
            // later would otherwise be the quietest and read as no hum at all
            int slot = atMains && prominence >= dbToRatio(HARMONIC_DB) ? quiet[m].open(level) : -1;
            if (slot < 0) continue;
            quiet[m].add(slot, 1, line.linePower, true);
            for (int h = 2; h <= maxHarmonic && frame.bin(h * MAINS[m]) < bins - 1; h++) {
                boolean standsOut = line.measure(current, frame.bin(h * MAINS[m]), searchBins(h)) >= dbToRatio(HARMONIC_DB);
                quiet[m].add(slot, h, line.linePower, standsOut);
            }
        }
    }

    private int searchBins() {
        return searchBins(1);
    }

    /** ±1 Hz of drift at the fundamental is ±h Hz at harmonic h. */
    private int searchBins(int harmonic) {
        return Math.max(1, (int) Math.ceil(harmonic / frame.binHz()));
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
            double prominence = line.measure(average, frame.bin(mains), searchBins());
            if (prominence < dbToRatio(limits.humAverageDb()) || prominence <= bestProminence) continue;
            double frequency = SpectralLine.refinedBin(average, line.peakBin) * frame.binHz();
            if (Math.abs(frequency - mains) > MAX_OFFSET_HZ) continue;
            bestProminence = prominence;
            // a hum too weak to stand clear in any one spectrum has only the average's fundamental
            best = new Hum(frequency, 10 * Math.log10(quiet[m].spectra() > 0 ? quietPower(quiet[m]) : line.linePower));
        }
        return Optional.ofNullable(best);
    }

    /**
     * Fundamental plus harmonics in the quietest spectra. A harmonic counts if it stood out in most
     * of them (a voice's line that happened to be there once does not) and is no more than
     * {@link #MAX_HARMONIC_RATIO} times the fundamental (what towers over it is programme).
     */
    private double quietPower(QuietLineAverage q) {
        double fundamental = q.meanPower(1);
        double power = fundamental;
        for (int h = 2; h <= maxHarmonic; h++) {
            double p = q.meanPower(h);
            if (q.standingShare(h) >= HARMONIC_PERSISTENCE && p <= fundamental * MAX_HARMONIC_RATIO) power += p;
        }
        return power;
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
