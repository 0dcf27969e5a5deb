package org.headroom.bench;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.headroom.analysis.AnalysisSettings;
import org.headroom.analysis.LiveSession;
import org.headroom.audio.AudioSource;
import org.headroom.audio.Recorder;
import org.headroom.audio.SourceFormat;
import org.headroom.audio.TakeInfo;
import org.headroom.audio.WavWriter;
import org.headroom.testsupport.TestSignals;

/**
 * A shooting day through the live path: {@link LiveSession} (every meter and detector, a
 * snapshot every 10 ms block) over generated programme fed as fast as the capture thread takes
 * it, reporting the capture thread's CPU time per hour of audio at each hour. Then, optionally,
 * the same session switches to real time with a recorder on its tap for a minute, which gives
 * the capture thread's share of a core at that hour of the day.
 *
 * <p>Run: {@code mvn -q -o test-compile && java -cp "target/test-classes:target/classes:$(cat target/cp.txt)"
 * org.headroom.bench.LiveSoakBench HOURS RATE CHANNELS [REALTIME_SECONDS]} (cp.txt as for
 * MeterBenchmark), e.g. {@code 12 8000 1} for the per-hour cost, {@code 12 48000 2 60} for the
 * recording figure at hour 12. Programme: a minute of speech-like audio on the 24-bit grid whose
 * level drifts over 30 dB, looped (so I and LRA have something to gate). Each loop starts from
 * digital zero after speech, which the dropout detector rightly reports: one DROPOUT a minute,
 * 720 by hour 12, and the findings list is rebuilt four times a second. {@code -DroomTone}
 * lays −70 dBFS noise under the programme, which removes that cut: the per-block cost alone.
 */
public final class LiveSoakBench {
    private LiveSoakBench() {
    }

    public static void main(String[] args) throws Exception {
        double hours = Double.parseDouble(args[0]);
        int rate = Integer.parseInt(args[1]);
        int channels = Integer.parseInt(args[2]);
        double realtimeSeconds = args.length > 3 ? Double.parseDouble(args[3]) : 0;
        long fastFrames = Math.round(hours * 3600 * rate);
        // Beyond the last hour the source runs on (the capture thread must be alive to be measured).
        LoopedProgramme source = new LoopedProgramme(rate, channels, fastFrames + Math.round((realtimeSeconds + 600) * rate),
                System.getProperty("roomTone") != null);
        LiveSession session = new LiveSession(source, new AnalysisSettings(3, 0.0, null, -1.0), 2.0, 20.0);
        session.start();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Thread capture = thread("headroom-capture");
        long hourFrames = 3600L * rate;
        long nextHour = hourFrames;
        long cpuAtLastHour = 0;
        long wallAtLastHour = System.nanoTime();
        double firstHourCpu = Double.NaN;
        System.out.printf(Locale.ROOT, "LiveSession, %d Hz, %d ch, fed unpaced for %.1f h%n", rate, channels, hours);
        while (nextHour <= fastFrames && session.end() == LiveSession.End.RUNNING) {
            Thread.sleep(20);
            long frames = session.latest().frames();
            if (frames >= nextHour) {
                long cpu = mx.getThreadCpuTime(capture.getId());
                long wall = System.nanoTime();
                double cpuSeconds = (cpu - cpuAtLastHour) / 1e9;
                if (Double.isNaN(firstHourCpu)) firstHourCpu = cpuSeconds;
                var s = session.latest();
                System.out.printf(Locale.ROOT, "  hour %2d: capture CPU %6.2f s (%.2fx hour 1), wall %6.2f s, I %s LUFS, LRA %s LU%n",
                        nextHour / hourFrames, cpuSeconds, cpuSeconds / firstHourCpu, (wall - wallAtLastHour) / 1e9,
                        s.integratedLufs(), s.loudnessRangeLu());
                cpuAtLastHour = cpu;
                wallAtLastHour = wall;
                nextHour += hourFrames;
            }
        }
        if (realtimeSeconds > 0) recordInRealTime(session, source, capture, mx, rate, channels, realtimeSeconds);
        session.close();
    }

    private static void recordInRealTime(LiveSession session, LoopedProgramme source, Thread capture, ThreadMXBean mx,
                                         int rate, int channels, double seconds) throws Exception {
        Path dir = Files.createTempDirectory("headroom-soak");
        Path target = dir.resolve("soak.wav");
        Recorder recorder = Recorder.start(target, rate, channels, WavWriter.SampleFormat.PCM_24, TakeInfo.NONE);
        session.setTap(LiveSession.BlockTap.recording(recorder));
        source.paceFromNow();
        Thread.sleep(2000); // the recorder's thread and the new code paths settle
        long cpu0 = mx.getThreadCpuTime(capture.getId());
        long wall0 = System.nanoTime();
        long frames0 = session.latest().frames();
        Thread.sleep((long) (seconds * 1000));
        long wall = System.nanoTime() - wall0;
        long cpu = mx.getThreadCpuTime(capture.getId()) - cpu0;
        long blocks = (session.latest().frames() - frames0) / (rate / 100);
        recorder.close();
        System.out.printf(Locale.ROOT, "  then real time with recording, %.1f s: capture thread %.2f %% of one core "
                        + "(%.1f µs per 10 ms block), recorder dropped %d frames, recorded %.1f s%n",
                wall / 1e9, 100.0 * cpu / wall, cpu / 1e3 / blocks, recorder.droppedFrames(),
                recorder.framesOnDisk() / (double) rate);
        Files.deleteIfExists(target);
        Files.deleteIfExists(dir);
    }

    private static Thread thread(String name) {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no thread " + name));
    }

    /** A minute of programme looped up to a frame count; unpaced until {@link #paceFromNow()}. */
    private static final class LoopedProgramme implements AudioSource {
        private final SourceFormat format;
        private final float[][] minute;
        private final long endFrame;
        private long at;
        private volatile long pacedFrom = -1;
        private long pacedStartNanos;

        LoopedProgramme(int rate, int channels, long endFrame, boolean roomTone) {
            this.format = SourceFormat.pcm("soak", "PCM", rate, channels, 24, -1);
            this.endFrame = endFrame;
            this.minute = new float[channels][];
            for (int c = 0; c < channels; c++) {
                float[] x = TestSignals.speechLike(rate, 60, -20, 31 + c);
                for (int i = 0; i < x.length; i++) {
                    // level drifts from −30 to 0 dB and back over the minute
                    x[i] *= (float) Math.pow(10, -15 * (1 + Math.cos(2 * Math.PI * i / x.length)) / 20);
                }
                if (roomTone) x = TestSignals.mix(x, TestSignals.whiteNoise(rate, 60, -70, 41 + c));
                minute[c] = TestSignals.quantise(x, 24);
            }
        }

        /** From the next read on, frames come no faster than real time. */
        void paceFromNow() {
            pacedStartNanos = System.nanoTime();
            pacedFrom = -2;
        }

        @Override
        public SourceFormat format() {
            return format;
        }

        @Override
        public int read(float[][] block) throws IOException {
            if (pacedFrom == -2) pacedFrom = at;
            int n = (int) Math.min(block[0].length, endFrame - at);
            if (n <= 0) return 0;
            int from = (int) (at % minute[0].length);
            n = Math.min(n, minute[0].length - from);
            for (int c = 0; c < block.length; c++) System.arraycopy(minute[c], from, block[c], 0, n);
            at += n;
            if (pacedFrom >= 0) waitUntilDue(at - pacedFrom);
            return n;
        }

        private void waitUntilDue(long pacedFrames) throws InterruptedIOException {
            org.headroom.audio.PacedSource.sleepUntil(pacedStartNanos + pacedFrames * 1_000_000_000L / format.sampleRate());
        }

        @Override
        public org.headroom.audio.BitRate bitRate() {
            return org.headroom.audio.BitRate.pcm(format.sampleRate(), 24, format.channels());
        }

        @Override
        public void close() {
        }
    }
}
