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
 * microphones leave almost nothing at 50-60 Hz. Two spectra in a row make a time range; a range
 * still open at the last glimpse runs to the end of what has been heard. The spectra are the
 * sampler's decimated low band, so the bins are 3.9 Hz wide at every sample rate.
 *
 * <p>One state answers both {@link #hum()} (the report's and the ROOM card's summary) and
 * {@link #findings()} (the QC log): a hum is there when it made a time range, or when the spectra
 * averaged over the whole recording (at least {@value #MIN_AVERAGE_SPECTRA} of them) show the line
 * {@code humAverageDb} (6 dB by default) above its neighbours; the latter, a hum too weak to stand
 * clear in any one spectrum, is one finding over the whole recording. Every finding carries the
 * summary's level. (They used to be two rules, the average for the summary and the ranges for the
 * findings, which disagreed: a summary after one glimpse with no finding, or findings with a NaN
 * level and no summary.) The frequency comes from a parabola through the log powers around the
 * peak in the average, or, when the average does not show it, the mean of the clear spectra's.
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
    /** A hum only the average shows needs this many spectra behind it (about 4 s): one glimpse is no average. */
    private static final int MIN_AVERAGE_SPECTRA = 3;
    /**
     * A hum only the average shows must be there, if faintly, in most spectra: its line
     * {@value #STEADY_DB} dB clear in at least {@value #STEADY_SHARE} of them. Otherwise one loud
     * glimpse carries the average: a notch filter's first quarter second, before it settles, read as
     * a -57 dBFS hum over a whole notched take.
     */
    private static final double STEADY_DB = 2.0;
    private static final double STEADY_SHARE = 0.5;

    private final int bins;
    private final DetectionThresholds limits;
    private final double[] current;
    private final double[] sum;
    private final SpectralLine line = new SpectralLine();
    private final RangeTracker[] ranges = {new RangeTracker(2, 1, 1000), new RangeTracker(2, 1, 1000)};
    private final int maxHarmonic;
    /** Per mains frequency: its harmonics' line powers (index = harmonic number) in the quietest spectra that hold its fundamental. */
    private final QuietLineAverage[] quiet;
    /** Per mains frequency: the peak frequencies of the spectra in which its line stood clear, summed, and their count. */
    private final double[] hitFrequencySum = new double[MAINS.length];
    private final long[] hitSpectra = new long[MAINS.length];
    /** Per mains frequency: spectra in which its line stood at least {@value #STEADY_DB} dB clear. */
    private final long[] steadySpectra = new long[MAINS.length];
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
            double peakHz = SpectralLine.refinedBin(current, line.peakBin) * frame.binHz();
            boolean atMains = Math.abs(peakHz - MAINS[m]) <= MAX_OFFSET_HZ;
            boolean hit = atMains && prominence >= dbToRatio(limits.humLineDb());
            ranges[m].update(hit, start, end, 0);
            if (atMains && prominence >= dbToRatio(STEADY_DB)) steadySpectra[m]++;
            if (hit) {
                hitFrequencySum[m] += peakHz;
                hitSpectra[m]++;
            }
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

    /**
     * The hum of one mains frequency as the detector holds it now: its ranges (spectra where the line
     * stood clear, or, for a hum only the average shows, the whole recording so far), its frequency
     * and its level. The one source of both {@link #hum()} and {@link #findings()}, so the summary and
     * the findings cannot disagree.
     */
    private record MainsHum(double mains, double frequencyHz, double levelDbfs, List<RangeTracker.Range> ranges,
                            boolean averageOnly, long hits, double averageProminence) {
    }

    /** Each mains frequency's hum, or none; computed afresh (a few hundred bins) on every call. */
    private List<MainsHum> state() {
        List<MainsHum> out = new ArrayList<>();
        if (spectra == 0) return out;
        double[] average = new double[bins];
        for (int k = 0; k < bins; k++) average[k] = sum[k] / spectra;
        for (int m = 0; m < MAINS.length; m++) {
            double prominence = line.measure(average, frame.bin(MAINS[m]), searchBins());
            double averageLine = line.linePower;
            double averageHz = SpectralLine.refinedBin(average, line.peakBin) * frame.binHz();
            boolean confirmed = spectra >= MIN_AVERAGE_SPECTRA && prominence >= dbToRatio(limits.humAverageDb())
                    && steadySpectra[m] >= STEADY_SHARE * spectra
                    && Math.abs(averageHz - MAINS[m]) <= MAX_OFFSET_HZ;
            List<RangeTracker.Range> r = ranges[m].ranges(sampler.position());
            if (r.isEmpty() && !confirmed) continue;
            // a hum too weak to stand clear in any one spectrum has only the average's fundamental
            double power = quiet[m].spectra() > 0 ? quietPower(quiet[m]) : averageLine;
            double hz = confirmed || hitSpectra[m] == 0 ? averageHz : hitFrequencySum[m] / hitSpectra[m];
            boolean averageOnly = r.isEmpty();
            if (averageOnly) r = List.of(new RangeTracker.Range(0, sampler.position(), (int) spectra, 0));
            out.add(new MainsHum(MAINS[m], hz, 10 * Math.log10(power), r, averageOnly, hitSpectra[m], prominence));
        }
        return out;
    }

    /**
     * The hum in the recording so far; empty when there is none, and then there is no HUM finding
     * either. Of a 50 and a 60 Hz hum, the one that stood clear in more spectra (then the clearer
     * in the average).
     */
    public Optional<Hum> hum() {
        return state().stream()
                .max(java.util.Comparator.comparingLong(MainsHum::hits).thenComparingDouble(MainsHum::averageProminence))
                .map(h -> new Hum(h.frequencyHz(), h.levelDbfs()));
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
        for (MainsHum h : state()) {
            for (RangeTracker.Range r : h.ranges()) out.add(finding(h, r));
        }
        out.sort(java.util.Comparator.comparingLong(Finding::startFrame));
        return List.copyOf(out);
    }

    /** Value: the hum's level in dBFS, the figure {@link #hum()} gives. */
    private Finding finding(MainsHum h, RangeTracker.Range r) {
        String message = String.format(Locale.ROOT,
                "Mains hum (%.0f Hz at %.0f dBFS) from %s to %s: a power cable, dimmer or ground loop is getting into the "
                        + "recording \u2014 move the mic cable away from power leads, try another socket or a "
                        + "ground-lift/DI box, then retake.",
                h.mains(), h.levelDbfs(), Timecode.of(r.start(), sampleRate), Timecode.of(r.end(), sampleRate));
        String rule = h.averageOnly()
                ? String.format(Locale.ROOT, "spectral line at %.0f Hz \u00b11 Hz standing \u2265%s dB above its "
                        + "neighbourhood in the average of all spectra", h.mains(), DetectionThresholds.show(limits.humAverageDb()))
                : String.format(Locale.ROOT, "spectral line at %.0f Hz \u00b11 Hz standing \u2265%s dB above its "
                        + "neighbourhood in \u22652 spectra in a row", h.mains(), DetectionThresholds.show(limits.humLineDb()));
        return Finding.at(FindingKind.HUM, Severity.WARNING, Finding.ALL_CHANNELS, r.start(), r.end(), sampleRate,
                h.levelDbfs(), rule, message);
    }

    private static double dbToRatio(double db) {
        return Math.pow(10, db / 10);
    }
}
