package org.headroom.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import org.headroom.audio.AudioSource;
import org.headroom.audio.SourceFormat;
import org.headroom.detect.ClippingDetector;
import org.headroom.detect.Finding;
import org.headroom.detect.FindingKind;
import org.headroom.detect.Severity;
import org.headroom.dsp.AbsPeak;
import org.headroom.meter.CorrelationMeter;
import org.headroom.meter.Decibels;
import org.headroom.meter.LiveSpectrum;
import org.headroom.meter.PeakHoldMeter;
import org.headroom.meter.PpmBallistics;
import org.headroom.meter.VuBallistics;

/**
 * A live monitoring session, the one live pipeline: one capture thread reads the source in
 * 10 ms blocks, feeds the same {@link Analyzer} a file report uses plus every display meter
 * (sample peak and hold, PPM Type I and IIa, VU, correlation, the spectrum), hands each block to
 * an optional tap (the recorder's queue) and to any block listeners (the mic advisor's Listen…,
 * the room's RT60 watch), and publishes an immutable {@link LiveSnapshot} by swapping one
 * reference. A window or the headless monitor only reads snapshots. Nothing here touches Swing
 * or a disk; requests from other threads (resets) are queued and run on the capture thread
 * between blocks, so every meter stays single-threaded.
 */
public final class LiveSession implements AutoCloseable {
    /** Called on the capture thread with every block; must copy what it keeps and never block. */
    public interface BlockTap {
        void offer(float[][] block, int frames);

        /** Frames the tap had to drop so far (its queue was full); each rise becomes a live DROPOUT finding. */
        default long lostFrames() {
            return 0;
        }

        /** A tap that records every block, reporting the recorder's dropped frames as lost. */
        static BlockTap recording(org.headroom.audio.Recorder recorder) {
            return new BlockTap() {
                @Override
                public void offer(float[][] block, int frames) {
                    recorder.offer(block, frames);
                }

                @Override
                public long lostFrames() {
                    return recorder.droppedFrames();
                }
            };
        }
    }

    /**
     * Called on the capture thread with each snapshot whose findings were worked out afresh
     * (every 0.25 s of take time), so a reader of findings misses none however fast the source
     * runs. It may block only when the source can wait (a file replayed unpaced): a sound card
     * cannot.
     */
    public interface FindingsListener {
        void findings(LiveSnapshot snapshot);
    }

    /** Why the capture loop ended. */
    public enum End { RUNNING, STOPPED, SOURCE_ENDED, FAILED }

    private static final double PEAK_WINDOW_SECONDS = 0.04;
    private static final double RMS_WINDOW_SECONDS = 0.3;
    private static final double FINDINGS_EVERY_SECONDS = 0.25;
    private static final String INPUT_FAILED_RULE = "the input stopped delivering audio before the take ended";
    private static final String TAP_LOSS_RULE = "recording queue full: the disk did not keep up";

    private final AudioSource source;
    private final SourceFormat format;
    private final Analyzer analyzer;
    private final PeakHoldMeter peaks;
    /** The screen's meters, null unless a screen asked for them ({@link #withDisplayMeters}): the text monitor shows none. */
    private PpmBallistics ppmTypeI;
    private PpmBallistics ppmTypeIIa;
    private VuBallistics vu;
    private LiveSpectrum spectrum;
    private final double spectrumBinHz;
    private final CorrelationMeter correlation;
    private final RecentWindow recentPeak;
    private final RecentWindow recentPower;
    private final int blockFrames;
    private final long[] clipBaseline;
    private final ConcurrentLinkedQueue<Runnable> requests = new ConcurrentLinkedQueue<>();
    private final AtomicReference<LiveSnapshot> latest = new AtomicReference<>();
    private final AtomicReference<End> end = new AtomicReference<>(End.RUNNING);
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private volatile BlockTap tap;
    /** Copy-on-write: the capture thread walks it without a lock while listeners come and go. */
    private final List<BlockTap> listeners = new CopyOnWriteArrayList<>();
    private LiveSnapshot.Spectrum lastSpectrum;
    private long arrivalNanos;
    private volatile FindingsListener findingsListener;
    private boolean findingsFresh;
    private volatile boolean stopping;
    private Thread thread;
    private long frames;
    private double lastFindingsAt = -1;
    private List<Finding> findings = List.of();
    /** Audio lost on its way in or out (overruns, a full recording queue): findings the moment they happen. */
    private final List<Finding> losses = new ArrayList<>();
    /** Bumped whenever {@link #losses} changes; with {@link #shown} it spares a new list per block. */
    private int lossesVersion;
    private List<Finding> shown = List.of();
    private List<Finding> shownFindings;
    private int shownLossesVersion = -1;
    private long overrunsSeen;
    private long sourceLostSeen;
    private long tapLostSeen;
    private Report.Noise noise = Report.Noise.of(Double.NaN, Double.NaN, null, false, false);

    public LiveSession(AudioSource source, AnalysisSettings settings, double holdSeconds, double fallDbPerSecond) {
        this.source = source;
        this.format = source.format();
        int channels = format.channels();
        int rate = format.sampleRate();
        this.analyzer = Analyzer.live(format, settings);
        this.peaks = new PeakHoldMeter(channels, rate, holdSeconds, fallDbPerSecond);
        this.spectrumBinHz = (double) rate / LiveSpectrum.SIZE;
        this.correlation = channels >= 2 ? new CorrelationMeter(0, 1, rate) : null;
        this.blockFrames = Math.max(1, rate / 100);
        this.recentPeak = new RecentWindow(channels, slots(PEAK_WINDOW_SECONDS), true);
        this.recentPower = new RecentWindow(channels, slots(RMS_WINDOW_SECONDS), false);
        this.clipBaseline = new long[channels];
        this.latest.set(snapshot());
    }

    private static int slots(double seconds) {
        return Math.max(1, (int) Math.round(seconds * 100));
    }

    public SourceFormat format() {
        return format;
    }

    /**
     * Runs the meters only a screen shows too: PPM Type I and IIa, VU and the spectrum. With the
     * window's RT60 feed they are about half its capture thread's work per block (LiveBlockCostBench:
     * ~82 against ~43 us), which {@code headroom monitor}, printing none of them, does not pay.
     * Before {@link #start}.
     */
    public synchronized LiveSession withDisplayMeters() {
        if (thread != null) throw new IllegalStateException("already started");
        int channels = format.channels();
        int rate = format.sampleRate();
        ppmTypeI = new PpmBallistics(PpmBallistics.Type.TYPE_I, channels, rate);
        ppmTypeIIa = new PpmBallistics(PpmBallistics.Type.TYPE_IIA, channels, rate);
        vu = new VuBallistics(channels, rate);
        spectrum = new LiveSpectrum(channels, rate);
        return this;
    }

    /** Starts the capture thread. */
    public synchronized void start() {
        if (thread != null) throw new IllegalStateException("already started");
        thread = new Thread(this::captureLoop, "headroom-capture");
        thread.setDaemon(true);
        thread.setPriority(Thread.MAX_PRIORITY);
        thread.start();
    }

    /** The newest snapshot; never null. Safe from any thread. */
    public LiveSnapshot latest() {
        return latest.get();
    }

    public End end() {
        return end.get();
    }

    /** What stopped the loop when {@link #end()} is FAILED. */
    public Throwable failure() {
        return failure.get();
    }

    /**
     * The INPUT_FAILED finding when the loop ended FAILED (a device lost mid-take), else null: at
     * the last frame that came, with the reason in one line. One wording for {@code headroom
     * monitor} and the window's QC log and banner. Call after {@link #end()} said FAILED.
     */
    public Finding inputFailure() {
        if (end() != End.FAILED) return null;
        long at = latest().frames();
        return Finding.at(FindingKind.INPUT_FAILED, Severity.ERROR, Finding.ALL_CHANNELS, at, at, format.sampleRate(),
                Double.NaN, INPUT_FAILED_RULE,
                String.format(java.util.Locale.ROOT, "The input failed at %.3f s: %s", seconds(at), failureReason()));
    }

    /** Why the loop failed, in one line (the first of the exception's message); null while it has not. */
    public String failureReason() {
        if (end() != End.FAILED) return null;
        Throwable t = failure();
        return t == null ? "no reason given"
                : t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage().lines().findFirst().orElse("");
    }

    /** Set before {@link #start()}. */
    public void setFindingsListener(FindingsListener listener) {
        this.findingsListener = listener;
    }

    /** The recorder's tap: one at most, whose lost frames become DROPOUT findings. */
    public void setTap(BlockTap tap) {
        this.tap = tap;
    }

    /**
     * Any thread: {@code listener} is handed every block from the next one on, on the capture
     * thread, after the meters; it must copy what it keeps and never block.
     */
    public void addListener(BlockTap listener) {
        listeners.add(listener);
    }

    /** Any thread; the listener may still get the block under way. */
    public void removeListener(BlockTap listener) {
        listeners.remove(listener);
    }

    public int listenerCount() {
        return listeners.size();
    }

    /** Clears one channel's clip indicator (or every channel's for -1): count and time since. */
    public void resetClips(int channel) {
        requests.add(() -> {
            ClippingDetector clipping = analyzer.detectors().clipping();
            for (int ch = 0; ch < clipBaseline.length; ch++) {
                if (channel < 0 || channel == ch) clipBaseline[ch] = clipping.eventCount(ch);
            }
        });
    }

    /** Starts integrated loudness and loudness range again, as a loudness meter's reset button. */
    public void resetLoudness() {
        requests.add(analyzer.loudness()::resetIntegrated);
    }

    public void resetHeldPeaks() {
        requests.add(peaks::resetHeldPeak);
    }

    /** Waits until the loop has ended (source ended, stopped or failed) or the timeout passes. */
    public boolean awaitEnd(long millis) throws InterruptedException {
        Thread t = thread;
        if (t == null) return true;
        t.join(millis);
        return !t.isAlive();
    }

    /** Stops capturing, waits for the thread and closes the source. */
    @Override
    public void close() throws IOException {
        stopping = true;
        try {
            awaitEnd(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        source.close();
    }

    /** The file-style report of everything captured; call after the session has ended. */
    public Report report(String name) {
        if (thread != null && thread.isAlive()) throw new IllegalStateException("still capturing");
        Report r = analyzer.report(name, format.withFrames(frames), source.bitRate(), source.notices());
        if (losses.isEmpty()) return r;
        return new Report(r.file(), r.format(), r.levels(), r.loudness(), r.clipping(), r.noise(),
                withLosses(r.findings()), r.metadata(), r.delivery());
    }

    private void captureLoop() {
        float[][] block = new float[format.channels()][blockFrames];
        try {
            while (!stopping) {
                int n = source.read(block);
                arrivalNanos = System.nanoTime();
                if (n <= 0) {
                    end.compareAndSet(End.RUNNING, End.SOURCE_ENDED);
                    break;
                }
                for (Runnable r = requests.poll(); r != null; r = requests.poll()) r.run();
                noteOverruns();
                accept(block, n);
                BlockTap t = tap;
                if (t != null) {
                    t.offer(block, n);
                    noteTapLoss(t.lostFrames());
                }
                for (BlockTap l : listeners) l.offer(block, n);
                LiveSnapshot s = snapshot();
                latest.set(s);
                FindingsListener l = findingsListener;
                if (l != null && findingsFresh) l.findings(s);
            }
            end.compareAndSet(End.RUNNING, End.STOPPED);
        } catch (IOException | RuntimeException e) {
            if (stopping) {
                end.compareAndSet(End.RUNNING, End.STOPPED); // closing the line mid-read
            } else {
                failure.set(e);
                end.set(End.FAILED);
            }
        }
    }

    private void accept(float[][] block, int n) {
        analyzer.accept(block, n);
        peaks.accept(block, n);
        if (spectrum != null) {
            ppmTypeI.accept(block, n);
            ppmTypeIIa.accept(block, n);
            vu.accept(block, n);
            float[] fresh = spectrum.accept(block, n);
            if (fresh != null) lastSpectrum = new LiveSnapshot.Spectrum(fresh, spectrumBinHz);
        }
        if (correlation != null) correlation.accept(block, n);
        for (int ch = 0; ch < block.length; ch++) {
            recentPeak.put(ch, lastBlockPeak(block[ch], n));
            recentPower.put(ch, meanSquare(block[ch], n));
        }
        recentPeak.advance();
        recentPower.advance();
        frames += n;
    }

    /** An overrun seen before this block means the gap lies just before it, at the current frame. */
    private void noteOverruns() {
        long overruns = source.overruns();
        if (overruns <= overrunsSeen) return;
        long lost = source.droppedFramesEstimate();
        double ms = lost > sourceLostSeen ? (lost - sourceLostSeen) * 1000.0 / format.sampleRate() : Double.NaN;
        overrunsSeen = overruns;
        sourceLostSeen = lost;
        String amount = Double.isNaN(ms) ? "" : String.format(java.util.Locale.ROOT, " (about %.0f ms missing)", ms);
        lossesVersion++;
        losses.add(Finding.at(FindingKind.DROPOUT, Severity.ERROR, Finding.ALL_CHANNELS, frames, frames,
                format.sampleRate(), ms, "capture buffer overrun: audio lost before it reached Headroom (value: ms)",
                String.format(java.util.Locale.ROOT, "Audio was lost at %.2f s%s: the input's buffer overflowed, "
                        + "so the take has a gap here; retake if it matters.", seconds(frames), amount)));
    }

    /** The tap dropped frames of the block just given; they start where the block did. */
    private void noteTapLoss(long lost) {
        if (lost <= tapLostSeen) return;
        long delta = lost - tapLostSeen;
        tapLostSeen = lost;
        long at = frames - delta;
        // A disk stall drops block after block: one finding per stall, grown as it goes on.
        Finding last = losses.isEmpty() ? null : losses.get(losses.size() - 1);
        if (last != null && last.rule().startsWith(TAP_LOSS_RULE) && last.endFrame() == at) {
            losses.remove(losses.size() - 1);
            at = last.startFrame();
            delta = frames - at;
        }
        double ms = delta * 1000.0 / format.sampleRate();
        lossesVersion++;
        losses.add(Finding.at(FindingKind.DROPOUT, Severity.ERROR, Finding.ALL_CHANNELS, Math.max(0, at), frames,
                format.sampleRate(), ms, TAP_LOSS_RULE + " (value: ms)",
                String.format(java.util.Locale.ROOT, "The recording lost %.0f ms at %.2f s because the disk did not "
                        + "keep up; that stretch is silence in the file (the meters still heard it).", ms, seconds(at))));
    }

    private double seconds(long frame) {
        return (double) frame / format.sampleRate();
    }

    private List<Finding> withLosses(List<Finding> found) {
        List<Finding> all = new ArrayList<>(found);
        all.addAll(losses);
        all.sort(java.util.Comparator.comparingDouble(Finding::startSeconds));
        return all;
    }

    private static double lastBlockPeak(float[] x, int n) {
        return AbsPeak.of(x, 0, n);
    }

    private static double meanSquare(float[] x, int n) {
        double s = 0;
        for (int i = 0; i < n; i++) s += (double) x[i] * x[i];
        return s / n;
    }

    private LiveSnapshot snapshot() {
        double seconds = (double) frames / format.sampleRate();
        if (lastFindingsAt < 0 || seconds - lastFindingsAt >= FINDINGS_EVERY_SECONDS) {
            // together: the ROOM card (noise) and the QC log (findings) read the detectors at the
            // same instant, so a hum is in both or in neither (at 1 s against 0.25 s they could differ)
            findings = analyzer.liveFindings();
            noise = analyzer.noiseSummary();
            lastFindingsAt = seconds;
            findingsFresh = true;
        } else {
            findingsFresh = false;
        }
        ClippingDetector clipping = analyzer.detectors().clipping();
        List<LiveSnapshot.ChannelMeters> channels = new ArrayList<>();
        for (int ch = 0; ch < format.channels(); ch++) {
            long clips = clipping.eventCount(ch) - clipBaseline[ch];
            long lastClip = clipping.lastClipFrame(ch);
            Double since = clips > 0 && lastClip >= 0 ? (double) (frames - lastClip) / format.sampleRate() : null;
            channels.add(new LiveSnapshot.ChannelMeters(
                    Decibels.fromAmplitude(recentPeak.max(ch)), peaks.holdDb(ch), peaks.heldPeakDb(ch),
                    Decibels.fromAmplitude(analyzer.truePeak().truePeak(ch)),
                    Decibels.fromPower(recentPower.mean(ch)), level(ppmTypeI, ch), level(ppmTypeIIa, ch),
                    vu == null ? Double.NaN : vu.levelDb(ch), clips, since));
        }
        Report.HumInfo hum = noise.hum();
        return new LiveSnapshot(seconds, frames, format, channels,
                defined(analyzer.loudness().momentary()), defined(analyzer.loudness().shortTerm()),
                defined(analyzer.loudness().integrated()), defined(analyzer.loudness().loudnessRange()),
                correlation == null ? null : defined(correlation.recent()),
                noise.noiseFloorDbfs(), noise.snrDb(), hum == null ? null : hum.frequencyHz(),
                hum == null ? null : hum.levelDbfs(), noise.wind(), Boolean.TRUE.equals(noise.hiss()), analyzer.effectiveBits(),
                source.overruns(),
                shownFindings(), lastSpectrum, arrivalNanos);
    }

    /**
     * The findings with the audio losses among them: the same list object from snapshot to snapshot
     * until either changes, so readers can tell "nothing new" by identity.
     */
    private List<Finding> shownFindings() {
        if (findings != shownFindings || lossesVersion != shownLossesVersion) {
            shown = losses.isEmpty() ? findings : List.copyOf(withLosses(findings));
            shownFindings = findings;
            shownLossesVersion = lossesVersion;
        }
        return shown;
    }

    private static double level(PpmBallistics ppm, int channel) {
        return ppm == null ? Double.NaN : ppm.levelDb(channel);
    }

    private static Double defined(OptionalDouble value) {
        return value.isPresent() ? Report.defined(value.getAsDouble()) : null;
    }

    /** Per-channel values of the last few 10 ms blocks: their maximum or their mean. */
    private static final class RecentWindow {
        private final double[][] values;
        private final boolean max;
        private int slot;

        RecentWindow(int channels, int slots, boolean max) {
            this.values = new double[channels][slots];
            this.max = max;
        }

        void put(int ch, double v) {
            values[ch][slot] = v;
        }

        void advance() {
            slot = (slot + 1) % values[0].length;
        }

        double max(int ch) {
            double m = 0;
            for (double v : values[ch]) m = Math.max(m, v);
            return m;
        }

        double mean(int ch) {
            double s = 0;
            for (double v : values[ch]) s += v;
            return s / values[ch].length;
        }
    }
}
