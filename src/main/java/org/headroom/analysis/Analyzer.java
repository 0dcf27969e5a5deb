package org.headroom.analysis;

import java.util.ArrayList;
import java.util.List;

import org.headroom.audio.BitRate;
import org.headroom.audio.ChannelRole;
import org.headroom.audio.ReadNotice;
import org.headroom.audio.SourceFormat;
import org.headroom.detect.ClipEvent;
import org.headroom.detect.ClipRule;
import org.headroom.detect.DetectorSet;
import org.headroom.detect.Finding;
import org.headroom.detect.FindingKind;
import org.headroom.detect.Severity;
import org.headroom.meter.BitDepthMeter;
import org.headroom.meter.BlockConsumer;
import org.headroom.meter.Decibels;
import org.headroom.meter.LoudnessMeter;
import org.headroom.meter.SampleStatsMeter;
import org.headroom.meter.TruePeakMeter;

/**
 * Owns one set of meters and detectors for one stream and fans every block out to them. The
 * file report and the live monitor ({@link LiveSession}) use the same Analyzer, so both say the same thing.
 *
 * <p>{@link #accept} feeds everything on the caller's thread. For a file, {@link #lanes} splits
 * the same consumers into groups that a {@link BlockPipeline} runs on separate threads; each
 * consumer still sees every block in order on exactly one thread.
 */
public final class Analyzer implements BlockConsumer {
    private final SourceFormat format;
    private final AnalysisSettings settings;
    private final SampleStatsMeter stats;
    private final TruePeakMeter truePeak;
    private final LoudnessMeter loudness;
    private final BitDepthMeter bitDepth;
    private final DetectorSet detectors;
    private final List<BlockConsumer> heavy = new ArrayList<>();
    private final List<BlockConsumer> light = new ArrayList<>();
    private LoudnessLogSink loudnessLog;

    /** For a file: exact loudness gating, asked once at the end. */
    public Analyzer(SourceFormat format, AnalysisSettings settings) {
        this(format, settings, LoudnessMeter.Gating.EXACT);
    }

    /** For a live session asked every 10 ms for hours: histogram gating, constant cost per query. */
    static Analyzer live(SourceFormat format, AnalysisSettings settings) {
        return new Analyzer(format, settings, LoudnessMeter.Gating.HISTOGRAM);
    }

    private Analyzer(SourceFormat format, AnalysisSettings settings, LoudnessMeter.Gating gating) {
        this.format = format;
        this.settings = settings;
        int channels = format.channels();
        int rate = format.sampleRate();
        stats = new SampleStatsMeter(channels);
        truePeak = new TruePeakMeter(channels, rate, Decibels.toAmplitude(settings.truePeakCeilingDbtp()));
        loudness = new LoudnessMeter(rate, ChannelRole.loudnessWeights(format.channelRoles()), gating);
        loudness.keepStepHistory(false);
        bitDepth = format.isLossy() ? null
                : format.isFloat() ? BitDepthMeter.forFloat()
                : BitDepthMeter.forPcm(format.validBits() != null ? format.validBits() : format.bitsPerSample());
        detectors = new DetectorSet(channels, rate, pcmBits(format), format.isLossy(),
                new ClipRule(settings.clipRun(), settings.clipThresholdDbfs()), settings.detection());
        if (bitDepth != null) detectors.provenance().takeEffectiveBitsFrom(bitDepth::effectiveBits);
        if (format.isLossy()) detectors.provenance().lossyStream();

        heavy.add(truePeak);
        light.add(this::acceptLoudness);
        light.add(stats);
        if (bitDepth != null) light.add(bitDepth);
        light.add(detectors);
    }

    /** Container bits of integer PCM, or null for float and lossy audio (where values may pass 1.0). */
    private static Integer pcmBits(SourceFormat format) {
        return format.isLossy() || format.isFloat() ? null : format.bitsPerSample();
    }

    /** Receives the 10 ms loudness trace from now on; null stops it. */
    public void setLoudnessLog(LoudnessLogSink sink) {
        this.loudnessLog = sink;
        loudness.keepStepHistory(sink != null);
    }

    private void acceptLoudness(float[][] block, int frames) {
        loudness.accept(block, frames);
        if (loudnessLog != null) loudness.drainSteps(loudnessLog::step);
    }

    @Override
    public void accept(float[][] block, int frames) {
        for (BlockConsumer c : heavy) c.accept(block, frames);
        for (BlockConsumer c : light) c.accept(block, frames);
    }

    /** Every consumer, for a {@link BlockPipeline} to spread over its lanes; each must see every block in order. */
    public List<BlockConsumer> consumers() {
        List<BlockConsumer> all = new ArrayList<>(heavy);
        all.addAll(light);
        return all;
    }

    /** The report of everything seen so far; findings from the file's reader are added as FILE_REPAIRED. */
    public Report report(String fileName, SourceFormat finalFormat, BitRate bitRate, List<ReadNotice> notices) {
        int channels = format.channels();
        List<Report.ChannelLevels> perChannel = new ArrayList<>();
        for (int ch = 0; ch < channels; ch++) {
            perChannel.add(Report.ChannelLevels.of(Decibels.fromAmplitude(stats.peak(ch)),
                    Decibels.fromAmplitude(truePeak.truePeak(ch)), Decibels.fromAmplitude(stats.rms(ch)),
                    stats.frames() == 0 ? Double.NaN : stats.dcOffset(ch)));
        }
        Report.Levels levels = Report.Levels.of(Decibels.fromAmplitude(stats.peakAll()),
                Decibels.fromAmplitude(truePeak.truePeakAll()), Decibels.fromAmplitude(stats.rmsAll()),
                bitDepth == null ? null : bitDepth.effectiveBits(), perChannel);
        Report.Loudness loud = Report.Loudness.of(orNaN(loudness.integrated()), orNaN(loudness.loudnessRange()),
                orNaN(loudness.maxMomentary()), orNaN(loudness.maxShortTerm()));
        List<Finding> findings = new ArrayList<>();
        for (ReadNotice notice : notices) {
            findings.add(Finding.at(FindingKind.FILE_REPAIRED, Severity.WARNING, Finding.ALL_CHANNELS, 0,
                    stats.frames(), format.sampleRate(), Double.NaN, notice.rule(), notice.message()));
        }
        findings.addAll(findings(true));
        return new Report(fileName, Report.FormatInfo.of(finalFormat, bitRate), levels, loud, clippingSummary(),
                noiseSummary(), findings, finalFormat.metadata(), null);
    }

    private static double orNaN(java.util.OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : Double.NaN;
    }

    /**
     * True-peak overs as findings, one per burst: overs in one channel less than half a second
     * apart are one finding, so a hot phrase is one line in the QC log rather than dozens.
     *
     * @param ended the stream has ended, so its last frames may be evaluated as if silence
     *              followed; while it runs, only measured values count
     */
    private List<Finding> truePeakOvers(boolean ended) {
        List<Finding> out = new ArrayList<>();
        long gap = format.sampleRate() / 2;
        for (int ch = 0; ch < format.channels(); ch++) {
            TruePeakMeter.Over first = null;
            long end = 0;
            double max = 0;
            int count = 0;
            for (TruePeakMeter.Over over : ended ? truePeak.overs() : truePeak.measuredOvers()) {
                if (over.channel() != ch) continue;
                if (first != null && over.startFrame() - end > gap) {
                    out.add(overFinding(first, end, max, count));
                    first = null;
                }
                if (first == null) {
                    first = over;
                    max = 0;
                    count = 0;
                }
                end = over.endFrame();
                max = Math.max(max, over.peakLinear());
                count++;
            }
            if (first != null) out.add(overFinding(first, end, max, count));
        }
        return out;
    }

    private Finding overFinding(TruePeakMeter.Over first, long endFrame, double maxLinear, int count) {
        double db = Decibels.fromAmplitude(maxLinear);
        double ceiling = settings.truePeakCeilingDbtp();
        String times = count == 1 ? "" : " " + count + " times";
        return Finding.at(FindingKind.TRUE_PEAK_OVER, Severity.WARNING, first.channel(), first.startFrame(), endFrame,
                format.sampleRate(), db,
                String.format(java.util.Locale.ROOT, "true peak above %.1f dBTP", ceiling),
                String.format(java.util.Locale.ROOT,
                        "Channel %d goes over the %.1f dBTP ceiling%s, up to %+.1f dBTP between samples: "
                                + "a converter or an MP3 encoder may clip here, so lower the level or use a true-peak limiter.",
                        first.channel() + 1, ceiling, times, db));
    }

    private Report.Clipping clippingSummary() {
        List<Report.ClipEventInfo> events = new ArrayList<>();
        for (ClipEvent e : detectors.clipping().events()) {
            events.add(new Report.ClipEventInfo(e.channel(), e.startFrame(), (double) e.startFrame() / format.sampleRate(),
                    e.lengthSamples(), e.polarity() >= 0 ? Report.Polarity.POSITIVE : Report.Polarity.NEGATIVE));
        }
        return new Report.Clipping(detectors.clipping().describeRules(),
                detectors.clipping().clippedSamples(), detectors.clipping().eventCount(), events);
    }

    Report.Noise noiseSummary() {
        Report.HumInfo hum = detectors.hum().hum()
                .map(h -> new Report.HumInfo(h.frequencyHz(), Report.defined(h.levelDbfs()))).orElse(null);
        return Report.Noise.of(orNaN(detectors.noise().noiseFloorDbfs()), orNaN(detectors.noise().snrDb()), hum,
                detectors.wind().wind(), detectors.hiss().measured() ? detectors.hiss().hiss() : null);
    }

    /**
     * Findings so far without the reader's notices, as a running take may claim them: what the
     * live QC log shows. Each is something measured: a true-peak over's value is never the
     * as-if-silence-followed estimate, a level waits for enough programme.
     */
    /**
     * What a running take may claim so far; the same list object as last time while nothing in it
     * changed (a live reader asks four times a second all day; it skips its work by identity).
     */
    List<Finding> liveFindings() {
        long version = truePeak.measuredOversVersion();
        if (version < 0 || version != liveOversVersion) {
            liveOvers = truePeakOvers(false);
            liveOversVersion = version;
        }
        return liveMerge.of(List.of(liveOvers, detectors.findingsSoFar()));
    }

    private final org.headroom.detect.FindingsMerge liveMerge =
            new org.headroom.detect.FindingsMerge(java.util.Comparator.comparingDouble(Finding::startSeconds));
    private List<Finding> liveOvers = List.of();
    private long liveOversVersion = -2;

    private List<Finding> findings(boolean ended) {
        List<Finding> findings = new ArrayList<>(truePeakOvers(ended));
        findings.addAll(ended ? detectors.findings() : detectors.findingsSoFar());
        findings.sort(java.util.Comparator.comparingDouble(Finding::startSeconds));
        return findings;
    }

    Integer effectiveBits() {
        return bitDepth == null ? null : bitDepth.effectiveBits();
    }

    DetectorSet detectors() {
        return detectors;
    }

    LoudnessMeter loudness() {
        return loudness;
    }

    TruePeakMeter truePeak() {
        return truePeak;
    }
}
