package org.headroom.audio;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;
import org.headroom.dsp.AbsPeak;
import org.headroom.dsp.SampleConversion;

/**
 * Plays a stretch of a programme through the default output line, on its own thread: opening
 * the line, reading and writing all happen there, so the editor's EDT never waits on the device
 * or the disk. What the window needs it publishes through atomics (the frame under the
 * playhead, the latest block peaks) and it tells its {@link Listener} when it stops, from the
 * playback thread; it never touches Swing.
 */
public final class AudioPlayer {
    /** Frames per write: 4096 at 48 kHz is 85 ms, short enough for the playhead and meters to follow. */
    private static final int BLOCK = 4096;
    private static final int LINE_BUFFER_BLOCKS = 4;

    /** Opens the programme positioned at {@code frame} (the player reads from there). */
    @FunctionalInterface
    public interface Programme {
        AudioSource openAt(long frame) throws IOException;
    }

    /** Told on the playback thread when playback ends: {@code error} null for a normal end or a stop. */
    @FunctionalInterface
    public interface Listener {
        void stopped(String error);
    }

    private final AtomicLong playhead = new AtomicLong(-1);
    /** Dropouts of the latest playback (see {@link UnderrunCounter}); kept after it stops. */
    private final AtomicLong underruns = new AtomicLong();
    private final AtomicReference<float[]> peaks = new AtomicReference<>(new float[0]);
    /** The playback running now; each has its own stop flag, so stopping never waits for the old line. */
    private final AtomicReference<Run> current = new AtomicReference<>();

    private static final class Run {
        volatile boolean stopping;
    }

    /** The programme frame being heard now, or -1 when not playing. */
    public long playhead() {
        return playhead.get();
    }

    /** Peak magnitude per channel of the block being heard (for meters). */
    public float[] peaks() {
        return peaks.get();
    }

    /**
     * How often the latest playback's line ran dry (the programme did not arrive in time and
     * the listener heard a gap), counted on the playback thread; 0 at each start.
     */
    public long underruns() {
        return underruns.get();
    }

    public boolean isPlaying() {
        return current.get() != null;
    }

    /**
     * Starts playing [from, to) of the programme, over and over when {@code loop}; stops any
     * playback first. Returns at once.
     */
    public void play(Programme programme, SourceFormat format, long from, long to, boolean loop, Listener listener) {
        Run run = new Run();
        Run old = current.getAndSet(run);
        if (old != null) old.stopping = true;
        playhead.set(from);
        underruns.set(0);
        Thread t = new Thread(() -> run(run, programme, format, from, to, loop, listener), "playback");
        t.setDaemon(true);
        t.start();
    }

    /** Asks the playback to stop and returns at once; the thread closes its line within a block. */
    public void stop() {
        Run run = current.getAndSet(null);
        if (run != null) run.stopping = true;
        playhead.set(-1);
    }

    private void run(Run run, Programme programme, SourceFormat format, long from, long to, boolean loop, Listener listener) {
        String error = null;
        AudioFormat pcm = new AudioFormat(format.sampleRate(), 16, format.channels(), true, false);
        try (SourceDataLine line = AudioSystem.getSourceDataLine(pcm)) {
            line.open(pcm, BLOCK * pcm.getFrameSize() * LINE_BUFFER_BLOCKS);
            line.start();
            UnderrunCounter dry = new UnderrunCounter((int) pcm.getSampleRate(), line.getBufferSize() / pcm.getFrameSize());
            long length = to - from;
            byte[] bytes = new byte[BLOCK * pcm.getFrameSize()];
            float[][] block = new float[format.channels()][BLOCK];
            do {
                try (AudioSource s = programme.openAt(from)) {
                    long left = length;
                    while (left > 0 && !run.stopping) {
                        if (left < BLOCK) block = new float[format.channels()][(int) left];
                        int n = s.read(block);
                        if (n == 0) break;
                        peaks.set(peaksOf(block, n));
                        int size = toPcm16(block, n, bytes);
                        long before = System.nanoTime();
                        if (dry.beforeWrite(before) && current.get() == run) underruns.incrementAndGet();
                        line.write(bytes, 0, size);
                        dry.afterWrite(n, before, System.nanoTime());
                        left -= n;
                        if (!run.stopping) publish(line, from, length);
                    }
                }
                block = new float[format.channels()][BLOCK];
            } while (loop && !run.stopping);
            if (!run.stopping) {
                line.drain();
            } else {
                line.flush();
            }
        } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
            error = "No audio output is available for playback (" + e.getMessage() + ").";
        } catch (IOException e) {
            error = "Playback stopped: " + e.getMessage();
        } finally {
            if (current.compareAndSet(run, null) || current.get() == null) {
                playhead.set(-1);
                peaks.set(new float[0]);
            }
            listener.stopped(error);
        }
    }

    /** The frame the listener hears: what the line has played, folded into the loop. */
    private void publish(SourceDataLine line, long from, long length) {
        long played = line.getLongFramePosition();
        playhead.set(from + (length > 0 ? played % length : 0));
    }

    private static float[] peaksOf(float[][] block, int n) {
        float[] p = new float[block.length];
        for (int c = 0; c < block.length; c++) p[c] = AbsPeak.of(block[c], 0, n);
        return p;
    }

    /** Interleaved little-endian 16-bit by {@link SampleConversion}: playback only, so no dither. */
    static int toPcm16(float[][] block, int n, byte[] out) {
        int k = 0;
        for (int i = 0; i < n; i++) {
            for (float[] ch : block) {
                int s = SampleConversion.toInt(ch[i], 16);
                out[k++] = (byte) s;
                out[k++] = (byte) (s >> 8);
            }
        }
        return k;
    }
}
