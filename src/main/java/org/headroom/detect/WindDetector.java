package org.headroom.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Wind and handling rumble: low-frequency energy that is broadband (not a tone), gusty and, with
 * two microphones, different in each.
 *
 * <p>Per sparse spectrum a glimpse is "windy" when the 20-150 Hz band holds at least
 * {@code windLowFraction} (30 % by default) of the power (speech leaves ~1 % there), its spectral
 * flatness is at least {@value #MIN_FLATNESS} (noise reads ~0.5, a tone or hum ~0.01) and, in stereo, the band's correlation between channels 1 and 2 is below
 * {@value #MAX_CORRELATION} (wind buffets each capsule separately; a real low sound reaches both
 * alike). Channels that are copies of each other (correlation above 0.99) are treated as mono.
 * "Gusty": over the last {@value #GUST_SPECTRA} glimpses the band's power swings by at least
 * {@code windSwingDb} (6 dB by default); steady rumble (traffic, air conditioning) swings ~3 dB.
 *
 * <p>Flatness and correlation stay constants: they tell wind from a tone or a real low sound,
 * where the presets' figures set how much wind is worth a finding.
 */
public final class WindDetector extends SpectralDetector {
    static final double LOW_HZ = 20;
    static final double HIGH_HZ = 150;
    static final double MIN_FLATNESS = 0.2;
    static final double MAX_CORRELATION = 0.7;
    static final int GUST_SPECTRA = 5;

    private final DetectionThresholds limits;
    private final int from;
    private final int to;
    private final int bins;
    private final double[] current;
    private final double[] recentLow = new double[GUST_SPECTRA];
    private int recentCount;
    private final RangeTracker ranges = new RangeTracker(2, 2, 1000);

    public WindDetector(int channels, int sampleRate) {
        this(channels, sampleRate, DetectionThresholds.DEFAULTS);
    }

    public WindDetector(int channels, int sampleRate, DetectionThresholds thresholds) {
        this(new SpectrumSampler(channels, sampleRate), true, thresholds);
    }

    /** On a shared sampler that its owner feeds before this detector. */
    public WindDetector(SpectrumSampler shared) {
        this(shared, DetectionThresholds.DEFAULTS);
    }

    /** On a shared sampler that its owner feeds before this detector. */
    public WindDetector(SpectrumSampler shared, DetectionThresholds thresholds) {
        this(shared, false, thresholds);
    }

    private WindDetector(SpectrumSampler sampler, boolean owner, DetectionThresholds thresholds) {
        super(sampler, owner, true);
        this.limits = thresholds;
        this.from = Math.max(1, frame.bin(LOW_HZ));
        this.to = frame.bin(HIGH_HZ) + 1;
        this.bins = frame.bins();
        this.current = new double[bins];
    }

    @Override
    protected void onCapture(long start, long end) {
        meanPower(current, bins);
        double low = bandPower(current, from, to);
        double total = fullBandPower(); // the low frame holds only 0-1.2 kHz; both on one scale
        recentLow[recentCount++ % GUST_SPECTRA] = low;
        boolean windy = total > 0 && low >= limits.windLowFraction() * total && flatness() >= MIN_FLATNESS && incoherent();
        ranges.update(windy && gusty(), start, end, low);
    }

    private double flatness() {
        double logSum = 0;
        double sum = 0;
        for (int k = from; k < to; k++) {
            double p = Math.max(current[k], 1e-30);
            logSum += Math.log(p);
            sum += p;
        }
        int n = to - from;
        return Math.exp(logSum / n) / (sum / n);
    }

    private boolean incoherent() {
        if (sampler.channels() < 2) return true;
        double cross = 0, a = 0, b = 0;
        float[] p0 = frame.power(0);
        float[] p1 = frame.power(1);
        float[] x = frame.crossReal();
        for (int k = from; k < to; k++) {
            cross += x[k];
            a += p0[k];
            b += p1[k];
        }
        if (a <= 0 || b <= 0) return true;
        double r = cross / Math.sqrt(a * b);
        return r < MAX_CORRELATION || r > 0.99;
    }

    private boolean gusty() {
        int n = Math.min(recentCount, GUST_SPECTRA);
        if (n < 3) return false;
        double min = Double.POSITIVE_INFINITY, max = 0;
        for (int i = 0; i < n; i++) {
            min = Math.min(min, recentLow[i]);
            max = Math.max(max, recentLow[i]);
        }
        return min > 0 && 10 * Math.log10(max / min) >= limits.windSwingDb();
    }

    /** Whether wind or rumble has been found so far. */
    public boolean wind() {
        return !ranges.ranges().isEmpty();
    }

    @Override
    public List<Finding> findings() {
        List<Finding> out = new ArrayList<>();
        for (RangeTracker.Range r : ranges.ranges()) {
            double level = 10 * Math.log10(r.meanValue());
            out.add(Finding.at(FindingKind.WIND, Severity.WARNING, Finding.ALL_CHANNELS, r.start(), r.end(),
                    sampleRate, level,
                    String.format(Locale.ROOT, "gusty broadband energy below %.0f Hz (\u2265%s %% of the power, swinging "
                            + "\u2265%s dB, different in each channel)", HIGH_HZ,
                            DetectionThresholds.show(100 * limits.windLowFraction()),
                            DetectionThresholds.show(limits.windSwingDb())),
                    String.format(Locale.ROOT, "Wind or handling rumble on the microphone from %s to %s (%.0f dBFS "
                                    + "below 150 Hz): put on a windshield or fluffy cover, shelter the mic and hold it "
                                    + "still, or switch on its low-cut filter, then retake.",
                            Timecode.of(r.start(), sampleRate), Timecode.of(r.end(), sampleRate), level)));
        }
        return List.copyOf(out);
    }
}
