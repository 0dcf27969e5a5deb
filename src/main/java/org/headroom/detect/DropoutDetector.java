package org.headroom.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Dropouts inside programme, per channel:
 * <ul>
 * <li>a run of exact zeros of {@value #MIN_ZERO_MS} ms to {@value #MAX_ZERO_SECONDS} s (longer is
 * SILENCE, the level detector's) after a 10 ms frame with signal (above -60 dBFS), entered or left
 * abruptly: the sample next to it is at least a quarter of that frame's RMS. A fade or a gate
 * closing glides in; a dropout cuts in. Zeros at the start or still running at the end are not
 * dropouts.</li>
 * <li>a discontinuity: one sample-to-sample step more than {@value #JUMP_FACTOR} times the RMS step of
 * both the previous frame and its own frame without it, and above -40 dBFS. Music, speech and
 * noise change gradually within 10 ms; a click from dropped or repeated samples does not. Bursts
 * (a clap) raise their own frame's steps and so pass.</li>
 * </ul>
 * Findings closer than 10 ms in one channel are merged. Per sample: one subtraction, two
 * multiply-adds and two compares.
 */
public final class DropoutDetector implements Detector {
    static final double MIN_ZERO_MS = 1.0;
    static final double MAX_ZERO_SECONDS = 2.0;
    static final double JUMP_FACTOR = 8.0;
    private static final double MIN_JUMP = 0.01;            // -40 dBFS
    private static final double SIGNAL_POWER = 1e-6;        // -60 dBFS
    private static final double ABRUPT_FRACTION = 0.25;
    private static final int MAX_FINDINGS = 1000;

    private final int channels;
    private final int sampleRate;
    private final int frameLength;
    private final int minZeros;
    private final long maxZeros;
    private final Channel[] state;
    private final List<Finding> found = new ArrayList<>();
    private long dropped;
    private long position;

    public DropoutDetector(int channels, int sampleRate) {
        this.channels = channels;
        this.sampleRate = sampleRate;
        this.frameLength = Math.max(1, sampleRate / 100);
        this.minZeros = Math.max(2, (int) Math.round(MIN_ZERO_MS * sampleRate / 1000));
        this.maxZeros = Math.round(MAX_ZERO_SECONDS * sampleRate);
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
        // the last complete frame
        double frameRms;
        double stepRms = Double.POSITIVE_INFINITY;

        Channel(int channel) {
            this.channel = channel;
        }

        void accept(float[] x, int frames) {
            int i = 0;
            while (i < frames) {
                int n = Math.min(frames - i, frameLength - filled);
                scan(x, i, n);
                filled += n;
                i += n;
                if (filled == frameLength) endFrame();
            }
        }

        private void scan(float[] x, int from, int n) {
            float p = prev;
            float s = 0, d2 = 0;
            float limit = (float) Math.max(MIN_JUMP, JUMP_FACTOR * stepRms);
            long base = position + from;
            for (int i = from; i < from + n; i++) {
                float v = x[i];
                float d = v - p;
                s += v * v;
                d2 += d * d;
                if (Math.abs(d) > limit) jump(Math.abs(d), base + (i - from));
                if (v == 0f) {
                    if (zeroRun++ == 0) startZeros(p, base + (i - from));
                } else if (zeroRun > 0) {
                    endZeros(v, base + (i - from));
                }
                p = v;
            }
            prev = p;
            sumSq += s;
            sumSqDiff += d2;
        }

        private void jump(double size, long at) {
            if (size > candidate) {
                candidate = size;
                candidateAt = at;
            }
        }

        private void startZeros(float before, long at) {
            zeroStart = at;
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
                    String.format(Locale.ROOT, "\u2265%.0f ms of exact digital zero inside programme", MIN_ZERO_MS),
                    String.format(Locale.ROOT, "Channel %d dropped out for %s at %s (the sound cut to digital silence "
                                    + "mid-take): a loose cable, a full buffer or a failing card \u2014 check the "
                                    + "connection and retake if it falls in dialogue.",
                            channel + 1, ms, Timecode.of(zeroStart, sampleRate)));
        }

        private void endFrame() {
            double rms = Math.sqrt(sumSq / frameLength);
            if (candidateAt >= 0) {
                double rest = Math.max(0, sumSqDiff - candidate * candidate) / (frameLength - 1);
                if (candidate > JUMP_FACTOR * Math.sqrt(rest) && hadSignal) {
                    add(candidateAt, candidateAt + 1, candidate,
                            String.format(Locale.ROOT, "a sample-to-sample jump over %.0f\u00d7 the local step size", JUMP_FACTOR),
                            String.format(Locale.ROOT, "Channel %d has a click at %s (the waveform jumps by %.0f %% of "
                                            + "full scale in one sample): likely dropped samples or a digital glitch "
                                            + "\u2014 listen back and retake or repair it.", channel + 1,
                                    Timecode.of(candidateAt, sampleRate), 100 * candidate));
                }
            }
            frameRms = rms;
            hadSignal = rms * rms > SIGNAL_POWER;
            stepRms = hadSignal ? Math.sqrt(sumSqDiff / frameLength) : Double.POSITIVE_INFINITY;
            filled = 0;
            sumSq = 0;
            sumSqDiff = 0;
            candidate = 0;
            candidateAt = -1;
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
                    return;
                }
            }
            if (found.size() >= MAX_FINDINGS) {
                dropped++;
                return;
            }
            found.add(Finding.at(FindingKind.DROPOUT, Severity.ERROR, channel, start, end, sampleRate, value, rule,
                    message));
        }
    }

    /** Dropouts found but not listed because the list is full. */
    public long unlisted() {
        return dropped;
    }

    @Override
    public List<Finding> findings() {
        List<Finding> out = new ArrayList<>(found);
        out.sort(java.util.Comparator.comparingLong(Finding::startFrame));
        return List.copyOf(out);
    }
}
