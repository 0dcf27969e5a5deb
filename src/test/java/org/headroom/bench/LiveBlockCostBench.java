package org.headroom.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.headroom.advice.ReverbWatch;
import org.headroom.analysis.AnalysisSettings;
import org.headroom.analysis.LiveSession;
import org.headroom.audio.AudioSource;
import org.headroom.audio.BitRate;
import org.headroom.audio.MemorySource;
import org.headroom.audio.ReadNotice;
import org.headroom.audio.SourceFormat;
import org.headroom.testsupport.TestSignals;

/**
 * The capture thread's CPU time per 10 ms block of 48 kHz/24-bit stereo speech, unpaced: the
 * session reads a minute from memory as fast as it can, so the figure is the work per block
 * without the sleeps and wake-ups of real-time pacing (LiveRecordingBenchmark measures those).
 * "window" runs the session as the monitor window does (display meters, the RT60 watch as a
 * listener), "text" as {@code headroom monitor} does. Three warm-up sessions, then the median
 * of five. Run: {@code java -cp "target/test-classes:target/classes:$(cat target/cp.txt)"
 * org.headroom.bench.LiveBlockCostBench window|text}.
 */
public final class LiveBlockCostBench {
    private static final int RATE = 48000;
    private static final int SECONDS = 60;

    private LiveBlockCostBench() {
    }

    public static void main(String[] args) throws Exception {
        boolean window = args.length > 0 && args[0].equals("window");
        double[] perBlock = new double[5];
        for (int i = 0; i < 3 + perBlock.length; i++) {
            CpuTimedSource source = new CpuTimedSource(speech());
            LiveSession session = new LiveSession(source, new AnalysisSettings(3, 0.0, null, -1.0), 2.0, 20.0);
            if (window) {
                session.withDisplayMeters();
                session.addListener(new ReverbWatch(RATE)::accept);
            }
            session.start();
            session.awaitEnd(600_000);
            session.close();
            if (i >= 3) perBlock[i - 3] = source.microsPerBlock();
        }
        Arrays.sort(perBlock);
        System.out.printf(Locale.ROOT, "%s: capture thread %.1f us CPU per 10 ms block (median of 5: %s)%n",
                window ? "window" : "text monitor", perBlock[2], Arrays.toString(perBlock));
    }

    private static AudioSource speech() {
        float[] left = TestSignals.quantise(TestSignals.speechLike(RATE, SECONDS, 1), 24);
        float[] right = TestSignals.quantise(TestSignals.speechLike(RATE, SECONDS, 2), 24);
        return new MemorySource(SourceFormat.pcm("live", "PCM", RATE, 2, 24, -1), new float[][] {left, right});
    }

    /** Notes the reading thread's CPU time at its first read and when the source ends. */
    private static final class CpuTimedSource implements AudioSource {
        private final AudioSource inner;
        private long startNanos = -1;
        private long endNanos = -1;
        private long blocks;

        CpuTimedSource(AudioSource inner) {
            this.inner = inner;
        }

        @Override
        public int read(float[][] block) throws IOException {
            if (startNanos < 0) startNanos = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            int n = inner.read(block);
            if (n > 0) blocks++;
            else endNanos = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            return n;
        }

        double microsPerBlock() {
            return (endNanos - startNanos) / 1e3 / blocks;
        }

        @Override
        public SourceFormat format() {
            return inner.format();
        }

        @Override
        public List<ReadNotice> notices() {
            return inner.notices();
        }

        @Override
        public BitRate bitRate() {
            return inner.bitRate();
        }

        @Override
        public long overruns() {
            return inner.overruns();
        }

        @Override
        public void close() throws IOException {
            inner.close();
        }
    }
}
