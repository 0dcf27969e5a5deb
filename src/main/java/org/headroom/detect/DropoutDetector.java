package org.headroom.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Dropouts inside programme, per channel (figures in brackets are the {@link DetectionThresholds#DEFAULTS}):
 * <ul>
 * <li>a run of exact zeros from {@code dropoutMinMs} (1 ms) up to {@code silenceMinSeconds} (2 s; longer is
 * SILENCE, the level detector's) after a 10 ms frame with signal (above -60 dBFS), entered or left
 * abruptly: the sample next to it is at least a quarter of that frame's RMS. A fade or a gate
 * closing glides in; a dropout cuts in. Zeros at the start or still running at the end are not
 * dropouts.</li>
 * <li>a discontinuity: one sample-to-sample step more than {@code clickJumpFactor} (8) times the RMS
 * step of both the previous frame and its own frame without it, and at least {@code clickMinJump}
 * (0.1 of full scale, -20 dBFS). Music, speech and noise change gradually within 10 ms; a click from
 * dropped or repeated samples does not. Bursts (a clap) raise their own frame's steps and so pass.
 * An onset is not a click either: when the frame after the jump is more than {@link #ONSET_RISE}
 * times (12 dB) louder than the frame before it, the jump began a sound (a plosive out of room
 * tone) rather than broke one. Every test is a ratio of the signal to itself, so normalising a
 * file does not change what is found; the step test alone fired on plosives once a lossy
 * codec's low-pass had thinned the room tone's steps and normalisation lifted the jump past the
 * floor. The decision waits for the next frame.</li>
 * </ul>
 * Findings closer than 10 ms in one channel are merged. Per sample the hot loop does one
 * subtraction and one multiply-add; see {@code scan}.
 */
public final class DropoutDetector implements Detector {
    private static final double SIGNAL_POWER = 1e-6;        // -60 dBFS
    private static final double ABRUPT_FRACTION = 0.25;
    private static final int MAX_FINDINGS = 1000;
    /** RMS rise from the frame before a jump to the frame after it that makes the jump an onset (12 dB). */
    static final double ONSET_RISE = 4.0;
    /** Samples per hot-loop segment: short enough that one jump dominates its step energy. */
    private static final int SEGMENT = 32;
    /** Samples kept from earlier blocks for looking back to where a zero run began (> stride). */
    private static final int HISTORY = 64;

    private final int channels;
    private final int sampleRate;
    private final int frameLength;
    private final DetectionThresholds limits;
    private final int minZeros;
    private final int stride;
    private final long maxZeros;
    private final Channel[] state;
    private final List<Finding> found = new ArrayList<>();
    /** {@link #found} sorted, as last handed out; null once it has changed. */
    private List<Finding> settled;
    private long dropped;
    private long position;

    public DropoutDetector(int channels, int sampleRate) {
        this(channels, sampleRate, DetectionThresholds.DEFAULTS);
    }

    public DropoutDetector(int channels, int sampleRate, DetectionThresholds thresholds) {
        this.channels = channels;
        this.sampleRate = sampleRate;
        this.frameLength = Math.max(1, sampleRate / 100);
        this.limits = thresholds;
        this.minZeros = Math.max(2, (int) Math.round(thresholds.dropoutMinMs() * sampleRate / 1000));
        // where the level detector's SILENCE takes over, so a zero run is one finding or the other, never neither
        this.maxZeros = Math.round(thresholds.silenceMinSeconds() * sampleRate);
        this.stride = Math.max(1, minZeros / 2);
        this.state = new Channel[channels];
        for (int c = 0; c < channels; c++) state[c] = new Channel(c);
    }

    @Override
    public void accept(float[][] block, int frames) {
        for (int c = 0; c < channels; c++) state[c].accept(block[c], frames);
        position += frames;
    }

    /** Per-channel running state. */
    private final class Channel {
        final int channel;
        final float[] history = new float[HISTORY];
        int historyCount;
        long blockStart;
        double limit = Double.POSITIVE_INFINITY;
        double limitSq = Double.POSITIVE_INFINITY;
        float prev;
        long zeroRun;
        long zeroStart;
        float beforeZero;
        double rmsBeforeZero;
        boolean hadSignal;
        // the frame being summed
        int filled;
        double sumSq;
        double sumSqDiff;
        double candidate;
        long candidateAt = -1;
        // a jump that passed the step test, waiting for the next frame to tell a click from an onset
        long pendingAt = -1;
        double pendingSize;
        double pendingRmsBefore;
        // the last complete frame
        double frameRms;
        double stepRms = Double.POSITIVE_INFINITY;

        Channel(int channel) {
            this.channel = channel;
        }

        void accept(float[] x, int frames) {
            blockStart = position;
            int i = 0;
            while (i < frames) {
                int n = Math.min(Math.min(frames - i, frameLength - filled), SEGMENT);
                scan(x, i, n);
                filled += n;
                i += n;
                if (filled == frameLength) endFrame();
            }
            remember(x, frames);
        }

        /**
         * The hot loop: squares and squared steps only, no branches. A segment is looked at
         * sample by sample only when its step energy could hide a jump (a jump J alone gives
         * J² > limit², while normal steps give ~n·step² < limit²/2), and zeros are probed every
         * {@code stride} samples: a run of 2·stride zeros always covers a probe.
         */
        private void scan(float[] x, int from, int n) {
            float p = prev;
            float s = 0, d0 = 0, d1 = 0, d2 = 0, d3 = 0;
            int i = from;
            int end = from + n;
            float first = x[i] - p;
            d0 += first * first;
            s += x[i] * x[i];
            i++;
            // steps at every sample (a jump can be anywhere); level from every fourth sample only,
            // which is all the "was there signal" and "was it abrupt" tests need
            for (; i + 3 < end; i += 4) {
                float v0 = x[i], v1 = x[i + 1], v2 = x[i + 2], v3 = x[i + 3];
                float e0 = v0 - x[i - 1], e1 = v1 - v0, e2 = v2 - v1, e3 = v3 - v2;
                d0 += e0 * e0;
                d1 += e1 * e1;
                d2 += e2 * e2;
                d3 += e3 * e3;
                s += v0 * v0;
            }
            float rest = 0;
            for (; i < end; i++) {
                float e = x[i] - x[i - 1];
                d1 += e * e;
                rest += x[i] * x[i];
            }
            double steps = (double) d0 + d1 + d2 + d3;
            if (steps > limitSq) findJump(x, from, end, p);
            probeZeros(x, from, end);
            prev = x[end - 1];
            sumSq += 4.0 * s + rest;
            sumSqDiff += steps;
        }

        private void findJump(float[] x, int from, int end, float before) {
            float p = before;
            for (int i = from; i < end; i++) {
                double d = Math.abs(x[i] - p);
                if (d > limit) jump(d, blockStart + i);
                p = x[i];
            }
        }

        private void probeZeros(float[] x, int from, int end) {
            int i = from;
            if (zeroRun > 0) {
                i = skipZeros(x, i, end);
                if (i == end) return;
            }
            long q = nextProbe(blockStart + i);
            while (q < blockStart + end) {
                int k = (int) (q - blockStart);
                if (x[k] == 0f) {
                    long runStart = q;
                    // the probe one stride back was not zero, so this walks back less than a stride
                    while (runStart > 0 && sampleAt(x, runStart - 1) == 0f) runStart--;
                    startZeros(runStart == 0 ? 0f : sampleAt(x, runStart - 1), runStart);
                    i = skipZeros(x, k, end);
                    if (i == end) return;
                    q = nextProbe(blockStart + i);
                } else {
                    q += stride;
                }
            }
        }

        /** Extends the open zero run from x[i]; closes it at the first non-zero sample, whose index it returns. */
        private int skipZeros(float[] x, int i, int end) {
            while (i < end && x[i] == 0f) i++;
            zeroRun = blockStart + i - zeroStart;
            if (i < end) endZeros(x[i], blockStart + i);
            return i;
        }

        private long nextProbe(long abs) {
            return ((abs + stride - 1) / stride) * stride;
        }

        /** A sample at an absolute position in this block or, just before it, in the kept history. */
        private float sampleAt(float[] x, long abs) {
            if (abs >= blockStart) return x[(int) (abs - blockStart)];
            int back = (int) (blockStart - abs);
            return back <= historyCount ? history[HISTORY - back] : Float.NaN;
        }

        private void remember(float[] x, int frames) {
            if (frames >= HISTORY) {
                System.arraycopy(x, frames - HISTORY, history, 0, HISTORY);
                historyCount = HISTORY;
            } else {
                System.arraycopy(history, frames, history, 0, HISTORY - frames);
                System.arraycopy(x, 0, history, HISTORY - frames, frames);
                historyCount = Math.min(HISTORY, historyCount + frames);
            }
        }

        private void jump(double size, long at) {
            if (size > candidate) {
                candidate = size;
                candidateAt = at;
            }
        }

        private void startZeros(float before, long at) {
            zeroStart = at;
            zeroRun = 1;
            beforeZero = before;
            rmsBeforeZero = hadSignal ? frameRms : 0;
        }

        private void endZeros(float after, long at) {
            long len = zeroRun;
            zeroRun = 0;
            if (len < minZeros || len > maxZeros || zeroStart == 0) return;
            if (rmsBeforeZero * rmsBeforeZero <= SIGNAL_POWER) return;
            double abrupt = ABRUPT_FRACTION * rmsBeforeZero;
            if (Math.abs(beforeZero) < abrupt && Math.abs(after) < abrupt) return;
            String ms = String.format(Locale.ROOT, "%.1f ms", len * 1000.0 / sampleRate);
            add(zeroStart, at, len,
                    "\u2265" + DetectionThresholds.show(limits.dropoutMinMs()) + " ms of exact digital zero inside programme",
                    String.format(Locale.ROOT, "Channel %d dropped out for %s at %s (the sound cut to digital silence "
                                    + "mid-take): a loose cable, a full buffer or a failing card \u2014 check the "
                                    + "connection and retake if it falls in dialogue.",
                            channel + 1, ms, Timecode.of(zeroStart, sampleRate)));
        }

        private void endFrame() {
            double rms = Math.sqrt(sumSq / frameLength);
            if (pendingAt >= 0) {
                if (isClick(pendingRmsBefore, rms)) addClick(pendingAt, pendingSize);
                pendingAt = -1;
            }
            if (candidateAt >= 0) {
                double rest = Math.max(0, sumSqDiff - candidate * candidate) / (frameLength - 1);
                if (candidate > limits.clickJumpFactor() * Math.sqrt(rest) && hadSignal) {
                    pendingAt = candidateAt;
                    pendingSize = candidate;
                    pendingRmsBefore = frameRms;
                }
            }
            frameRms = rms;
            hadSignal = rms * rms > SIGNAL_POWER;
            stepRms = hadSignal ? Math.sqrt(sumSqDiff / frameLength) : Double.POSITIVE_INFINITY;
            // clickMinJump: smaller steps are a synthetic voice's hard onset or a quiet tick, not lost samples
            limit = Math.max(limits.clickMinJump(), limits.clickJumpFactor() * stepRms);
            limitSq = limit * limit;
            filled = 0;
            sumSq = 0;
            sumSqDiff = 0;
            candidate = 0;
            candidateAt = -1;
        }

        /** Not an onset: the sound after the jump is not much louder than the sound before it. */
        private boolean isClick(double rmsBefore, double rmsAfter) {
            return !(rmsAfter > ONSET_RISE * rmsBefore);
        }

        private void addClick(long at, double size) {
            add(at, at + 1, size, clickRule(), clickMessage(at, size));
        }

        private String clickRule() {
            return "a sample-to-sample jump over " + DetectionThresholds.show(limits.clickJumpFactor())
                    + "\u00d7 the local step size, not at an onset";
        }

        private String clickMessage(long at, double size) {
            return String.format(Locale.ROOT, "Channel %d has a click at %s (the waveform jumps by %.0f %% of "
                            + "full scale in one sample): likely dropped samples or a digital glitch "
                            + "\u2014 listen back and retake or repair it.", channel + 1, Timecode.of(at, sampleRate), 100 * size);
        }

        /**
         * A jump still waiting for its next frame when the stream ends, judged on what followed it;
         * null when there is none or it is an onset. Leaves the state as it is (findings are read live).
         */
        Finding pendingClick() {
            if (pendingAt < 0) return null;
            double after = filled > 0 ? Math.sqrt(sumSq / filled) : frameRms;
            if (!isClick(pendingRmsBefore, after)) return null;
            return Finding.at(FindingKind.DROPOUT, Severity.ERROR, channel, pendingAt, pendingAt + 1, sampleRate, pendingSize,
                    clickRule(), clickMessage(pendingAt, pendingSize));
        }

        private void add(long start, long end, double value, String rule, String message) {
            long mergeGap = frameLength;
            for (int k = found.size() - 1; k >= Math.max(0, found.size() - 4); k--) {
                Finding f = found.get(k);
                if (f.channel() == channel && start <= f.endFrame() + mergeGap && end >= f.startFrame() - mergeGap) {
                    // one event: the zero run, when there is one, gives the range and the words
                    // (its edges are the clicks); two clicks span both
                    boolean oldZeros = f.rule().contains("zero");
                    boolean newZeros = rule.contains("zero");
                    Finding g;
                    if (oldZeros) {
                        g = f;
                    } else if (newZeros) {
                        g = Finding.at(FindingKind.DROPOUT, Severity.ERROR, channel, start, end, sampleRate, value,
                                rule, message);
                    } else {
                        g = Finding.at(FindingKind.DROPOUT, Severity.ERROR, channel, Math.min(start, f.startFrame()),
                                Math.max(end, f.endFrame()), sampleRate, f.value(), f.rule(), f.message());
                    }
                    found.set(k, g);
                    settled = null;
                    return;
                }
            }
            if (found.size() >= MAX_FINDINGS) {
                dropped++;
                return;
            }
            found.add(Finding.at(FindingKind.DROPOUT, Severity.ERROR, channel, start, end, sampleRate, value, rule,
                    message));
            settled = null;
        }
    }

    /** Dropouts found but not listed because the list is full. */
    public long unlisted() {
        return dropped;
    }

    @Override
    public List<Finding> findings() {
        if (settled == null) {
            List<Finding> sorted = new ArrayList<>(found);
            sorted.sort(java.util.Comparator.comparingLong(Finding::startFrame));
            settled = List.copyOf(sorted);
        }
        List<Finding> out = null;
        for (Channel c : state) {
            Finding last = c.pendingClick();
            if (last == null) continue;
            if (out == null) out = new ArrayList<>(settled);
            out.add(last);
        }
        // the same list object while nothing changed: a live reader (four times a second, a day
        // of findings) then has nothing to rebuild
        if (out == null) return settled;
        out.sort(java.util.Comparator.comparingLong(Finding::startFrame));
        return List.copyOf(out);
    }
}
