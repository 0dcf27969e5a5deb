package org.headroom.detect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * All detectors of this package on one stream, sharing one {@link SpectrumSampler} so the sparse
 * FFTs are paid once, and one set of 10 ms frame sums for the noise and level detectors. What the Analyzer is expected to hold; also what the benchmark measures.
 */
public final class DetectorSet implements Detector {
    private final SpectrumSampler sampler;
    private final ClippingDetector clipping;
    private final NoiseAnalyzer noise;
    private final LevelProblemDetector levels;
    private final DropoutDetector dropouts;
    private final HumDetector hum;
    private final WindDetector wind;
    private final HissDetector hiss;
    private final ProvenanceDetector provenance;
    private final FrameStats frameStats;
    /** The detectors that take the blocks themselves; noise and levels get {@link #frameStats}' sums. */
    private final List<Detector> direct;
    private final List<Detector> all;

    /**
     * @param containerBits PCM bits per sample, or null for float and decoded lossy audio
     * @param clipRule      when a run of loud samples counts as a clip
     * @param thresholds    when the other detectors report a finding, and how severe it is
     */
    public DetectorSet(int channels, int sampleRate, Integer containerBits, ClipRule clipRule,
                       DetectionThresholds thresholds) {
        this(channels, sampleRate, containerBits, false, clipRule, thresholds);
    }

    /** @param lossy a decoded lossy stream: clips are also looked for as plateaus ({@link ClipPlateauRule}) */
    public DetectorSet(int channels, int sampleRate, Integer containerBits, boolean lossy, ClipRule clipRule,
                       DetectionThresholds thresholds) {
        sampler = new SpectrumSampler(channels, sampleRate);
        clipping = new ClippingDetector(channels, sampleRate, containerBits, clipRule,
                lossy ? ClipPlateauRule.from(thresholds) : null);
        noise = new NoiseAnalyzer(channels, sampleRate, thresholds);
        levels = new LevelProblemDetector(channels, sampleRate, thresholds);
        dropouts = new DropoutDetector(channels, sampleRate, thresholds);
        hum = new HumDetector(sampler, thresholds);
        wind = new WindDetector(sampler, thresholds);
        hiss = new HissDetector(sampler, thresholds);
        provenance = new ProvenanceDetector(sampler, containerBits, thresholds);
        frameStats = new FrameStats(channels, sampleRate, true, (stats, start, length) -> {
            noise.onFrame(stats, start, length);
            levels.onFrame(stats, start, length);
        });
        direct = List.of(clipping, dropouts, hum, wind, hiss, provenance);
        all = List.of(clipping, noise, levels, dropouts, hum, wind, hiss, provenance);
    }

    public DetectorSet(int channels, int sampleRate, Integer containerBits, ClipRule clipRule) {
        this(channels, sampleRate, containerBits, clipRule, DetectionThresholds.DEFAULTS);
    }

    public DetectorSet(int channels, int sampleRate, Integer containerBits) {
        this(channels, sampleRate, containerBits, ClipRule.DEFAULT);
    }

    @Override
    public void accept(float[][] block, int frames) {
        sampler.accept(block, frames); // first: the spectral detectors read its latest frame
        frameStats.accept(block, frames);
        noise.advance(frames);
        levels.advance(frames);
        for (Detector d : direct) d.accept(block, frames);
    }

    @Override
    public List<Finding> findings() {
        return sorted(all.stream().map(Detector::findings).toList());
    }

    /** What a running take may claim: as {@link #findings()}, with the level judged only once there is enough programme. */
    public List<Finding> findingsSoFar() {
        return liveMerge.of(all.stream().map(d -> d == levels ? levels.findingsSoFar() : d.findings()).toList());
    }

    private static final Comparator<Finding> ORDER = Comparator.comparingLong(Finding::startFrame).thenComparing(Finding::kind);
    /** The live list: the same object while no detector's findings changed. */
    private final FindingsMerge liveMerge = new FindingsMerge(ORDER);

    private static List<Finding> sorted(List<List<Finding>> each) {
        List<Finding> out = new ArrayList<>();
        each.forEach(out::addAll);
        out.sort(ORDER);
        return List.copyOf(out);
    }

    public ClippingDetector clipping() {
        return clipping;
    }

    public NoiseAnalyzer noise() {
        return noise;
    }

    public LevelProblemDetector levels() {
        return levels;
    }

    public DropoutDetector dropouts() {
        return dropouts;
    }

    public HumDetector hum() {
        return hum;
    }

    public WindDetector wind() {
        return wind;
    }

    public HissDetector hiss() {
        return hiss;
    }

    public ProvenanceDetector provenance() {
        return provenance;
    }
}
