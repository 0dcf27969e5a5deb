package org.headroom.detect;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.headroom.dsp.AbsPeak;
import org.headroom.dsp.Silence;

/**
 * Finds clipped runs: at least {@code rule.minRun()} consecutive samples in one channel stuck at
 * a rail. For PCM ({@code containerBits} given) a sample is on a rail when it sits at the
 * format's full-scale code, +2^(b-1)-1 or -2^(b-1) (both polarities: readers of only one rail miss
 * half the clips), or at/above the rule's threshold; the run continues while the polarity stays
 * the same. For float and decoded lossy audio ({@code containerBits} null) values may legitimately
 * exceed 1.0, so a clip is a flat top: equal values at/above the threshold.
 *
 * <p>Only samples at the rail leave the fast loop, so the cost is one compare per sample. Runs
 * that cross block boundaries are carried in per-channel state.
 */
public final class ClippingDetector implements Detector {
    /** Events kept for the report's list ("first n of m"); counting goes on beyond it, per channel. */
    public static final int MAX_EVENTS = 10_000;
    /** Passages listed as findings per channel; later ones are summed into one finding, counts exact. */
    static final int MAX_PASSAGES_LISTED = 1_000;
    /** Clips closer than this in one channel are reported as one finding, so a clipped phrase is one line, not hundreds. */
    private static final double GROUP_GAP_SECONDS = 0.5;

    private final int channels;
    private final int sampleRate;
    private final ClipRule rule;
    private final boolean flatTopOnly;
    private final float hi;
    private final float lo;

    /** Lossy decodes only: the plateau rule, else null. */
    private final ClipPlateauRule plateau;
    private final ClipPlateauRule.Run[] plateauRuns;
    private final int[] runLength;
    private final long[] runStart;
    private final float[] runValue;
    /** Per channel, for the live clip indicators: closed events and where the last one ended. */
    private final long[] channelEvents;
    private final long[] lastClipFrame;
    private final List<ClipEvent> events = new ArrayList<>();
    private final ClipPassages[] passages;
    private long clippedSamples;
    /** The findings as last built while no run was open, and the event count they were built at. */
    private List<Finding> builtFindings;
    private long builtAtEvents = -1;
    private long eventCount;
    private long position;

    public ClippingDetector(int channels, int sampleRate, Integer containerBits, ClipRule rule) {
        this(channels, sampleRate, containerBits, rule, null);
    }

    /**
     * @param plateauOrNull for decoded lossy audio: also count plateaus as clips (a lossy codec
     *                      turns a clipped flat top into a rippling plateau); null for PCM and float
     */
    public ClippingDetector(int channels, int sampleRate, Integer containerBits, ClipRule rule, ClipPlateauRule plateauOrNull) {
        if (plateauOrNull != null && containerBits != null) throw new IllegalArgumentException("the plateau rule is for lossy decodes, not PCM");
        this.channels = channels;
        this.plateau = plateauOrNull;
        this.plateauRuns = new ClipPlateauRule.Run[channels];
        for (int c = 0; c < channels; c++) plateauRuns[c] = new ClipPlateauRule.Run();
        this.sampleRate = sampleRate;
        this.rule = rule;
        this.hi = rule.high(containerBits);
        this.lo = rule.low(containerBits);
        this.flatTopOnly = containerBits == null;
        this.runLength = new int[channels];
        this.runStart = new long[channels];
        this.runValue = new float[channels];
        this.channelEvents = new long[channels];
        this.lastClipFrame = new long[channels];
        java.util.Arrays.fill(lastClipFrame, -1);
        this.passages = new ClipPassages[channels];
        long gap = Math.round(GROUP_GAP_SECONDS * sampleRate);
        for (int c = 0; c < channels; c++) passages[c] = new ClipPassages(gap, MAX_PASSAGES_LISTED);
    }

    public ClippingDetector(int channels, int sampleRate, Integer containerBits) {
        this(channels, sampleRate, containerBits, ClipRule.DEFAULT);
    }

    @Override
    public void accept(float[][] block, int frames) {
        // locals: the rare call below would otherwise make the JIT reload the fields every sample
        final float high = plateau == null ? hi : Math.min(hi, (float) plateau.threshold());
        final float low = plateau == null ? lo : -high;
        final long base = position;
        for (int c = 0; c < channels; c++) {
            float[] x = block[c];
            boolean open = runLength[c] > 0;
            if (high > 0 && low < 0 && Silence.isZero(x, 0, frames)) {
                if (open) close(c); // the first zero ends a run on the rail, as in the loop below
                continue;
            }
            // No run open and no sample as far out as either rail: the loop below would find
            // nothing. The peak is found in a fraction of the loop's time (AbsPeak).
            if (!open && AbsPeak.of(x, 0, frames) < Math.min(high, -low)) continue;
            for (int i = 0; i < frames; i++) {
                float v = x[i];
                if (v >= high || v <= low) {
                    onRail(c, v, base + i);
                    open = true;
                } else if (open) {
                    close(c);
                    open = false;
                }
            }
        }
        position += frames;
    }

    private void onRail(int c, float v, long frame) {
        int len = runLength[c];
        if (len > 0 && continues(runValue[c], v)) {
            runLength[c] = len + 1;
            if (plateau != null) plateauRuns[c].add(Math.abs(v), hi);
            return;
        }
        if (len > 0) close(c);
        runLength[c] = 1;
        runStart[c] = frame;
        runValue[c] = v;
        if (plateau != null) {
            plateauRuns[c].reset();
            plateauRuns[c].add(Math.abs(v), hi);
        }
    }

    private boolean continues(float first, float v) {
        return flatTopOnly && plateau == null ? v == first : (v > 0) == (first > 0);
    }

    /** Which rule makes the channel's current run a clip: 0 none, else {@link ClipPassages#LEVEL_RULE} and/or {@link ClipPassages#PLATEAU_RULE}. */
    private int firedRules(int c) {
        int len = runLength[c];
        if (plateau == null) return len >= rule.minRun() ? ClipPassages.LEVEL_RULE : 0;
        ClipPlateauRule.Run r = plateauRuns[c];
        return (r.longestEqualAtRail >= rule.minRun() ? ClipPassages.LEVEL_RULE : 0)
                | (r.isPlateau(plateau, len) ? ClipPassages.PLATEAU_RULE : 0);
    }

    private void close(int c) {
        int len = runLength[c];
        int fired = firedRules(c);
        runLength[c] = 0;
        if (fired == 0) return;
        clippedSamples += len;
        eventCount++;
        channelEvents[c]++;
        lastClipFrame[c] = runStart[c] + len - 1;
        ClipEvent e = new ClipEvent(c, runStart[c], len, runValue[c] > 0 ? 1 : -1);
        passages[c].add(e, fired);
        if (events.size() < MAX_EVENTS) events.add(e);
    }

    /** The run still open in a channel if it already counts as a clip, else null. */
    private ClipEvent openRun(int c) {
        return openQualifies(c) ? new ClipEvent(c, runStart[c], runLength[c], runValue[c] > 0 ? 1 : -1) : null;
    }

    private boolean openQualifies(int c) {
        return runLength[c] > 0 && firedRules(c) != 0;
    }

    /** Samples in clipped runs so far, including a run still open at the end of the last block. */
    public long clippedSamples() {
        long open = 0;
        for (int c = 0; c < channels; c++) if (openQualifies(c)) open += runLength[c];
        return clippedSamples + open;
    }

    /** Clip events so far in order of their end, at most {@link #MAX_EVENTS}, open runs included. */
    public List<ClipEvent> events() {
        List<ClipEvent> out = new ArrayList<>(events);
        for (int c = 0; c < channels; c++) {
            if (openQualifies(c) && out.size() < MAX_EVENTS) {
                out.add(new ClipEvent(c, runStart[c], runLength[c], runValue[c] > 0 ? 1 : -1));
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** All clip events counted, including those beyond the stored {@link #MAX_EVENTS}. */
    public long eventCount() {
        long open = 0;
        for (int c = 0; c < channels; c++) if (openQualifies(c)) open++;
        return eventCount + open;
    }

    /** One finding per clipped passage of each channel, from exact per-channel counts (not from the capped event list). */
    @Override
    public List<Finding> findings() {
        boolean open = false;
        for (int c = 0; c < channels; c++) open |= openQualifies(c);
        // passages change only when a clip closes: while none is open and none closed since, the
        // same list object (a live reader four times a second then has nothing to rebuild)
        if (!open && builtAtEvents == eventCount) return builtFindings;
        List<Finding> built = build();
        builtFindings = open ? null : built;
        builtAtEvents = open ? -1 : eventCount;
        return built;
    }

    private List<Finding> build() {
        List<Finding> out = new ArrayList<>();
        for (int c = 0; c < channels; c++) {
            ClipPassages p = passages[c].withOpenRun(openRun(c), openQualifies(c) ? firedRules(c) : 0);
            for (ClipPassages.Passage passage : p.listed()) out.add(finding(c, passage));
            ClipPassages.Passage rest = p.unlisted();
            if (rest != null) {
                out.add(Finding.at(FindingKind.CLIPPING, Severity.ERROR, c, rest.start(), rest.end(), sampleRate, rest.samples(),
                        rulesText(rest.rules()), "Channel " + (c + 1) + " clipped in " + p.unlistedPassages() + " more passages not listed one by one ("
                                + rest.runs() + " times, " + rest.samples() + " samples in all) between " + Timecode.of(rest.start(), sampleRate)
                                + " and " + Timecode.of(rest.end(), sampleRate)
                                + ": the whole recording is heavily clipped — turn the gain down and record it again."));
            }
        }
        out.sort(java.util.Comparator.comparingLong(Finding::startFrame));
        return List.copyOf(out);
    }

    private Finding finding(int channel, ClipPassages.Passage p) {
        String where = p.runs() == 1
                ? "clipped for " + p.samples() + " samples at " + Timecode.of(p.start(), sampleRate)
                : "clipped " + p.runs() + " times (" + p.samples() + " samples in all) between "
                + Timecode.of(p.start(), sampleRate) + " and " + Timecode.of(p.end(), sampleRate);
        String message = "Channel " + (channel + 1) + " " + where
                + ": the recording level was too high — turn the gain down and retake.";
        return Finding.at(FindingKind.CLIPPING, Severity.ERROR, channel, p.start(), p.end(), sampleRate,
                p.samples(), rulesText(p.rules()), message);
    }

    /** The rule or rules that fired, in words: a finding says why it is a clip. */
    private String rulesText(int rules) {
        String level = rule.describe();
        if (plateau == null || rules == ClipPassages.LEVEL_RULE) return level;
        if (rules == ClipPassages.PLATEAU_RULE) return plateau.describe();
        return level + "; " + plateau.describe();
    }

    /** Clip events in one channel so far, an open run that already qualifies included. */
    public long eventCount(int channel) {
        return channelEvents[channel] + (openQualifies(channel) ? 1 : 0);
    }

    /** The frame of the last clipped sample in one channel, or -1 when it has not clipped. */
    public long lastClipFrame(int channel) {
        if (openQualifies(channel)) return runStart[channel] + runLength[channel] - 1;
        return lastClipFrame[channel];
    }

    /** The rules this detector applies, in words, for the report's summary. */
    public String describeRules() {
        return plateau == null ? rule.describe() : rule.describe() + "; or " + plateau.describe();
    }

    public ClipRule rule() {
        return rule;
    }
}
