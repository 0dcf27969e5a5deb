package org.headroom.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.headroom.advice.ReverbWatch;
import org.headroom.analysis.AnalysisSettings;
import org.headroom.analysis.LiveSession;
import org.headroom.audio.AudioSource;
import org.headroom.audio.CaptureFormat;
import org.headroom.audio.LineSource;
import org.headroom.audio.MemorySource;
import org.headroom.audio.PacedSource;
import org.headroom.audio.Recorder;
import org.headroom.audio.SourceFormat;
import org.headroom.audio.TakeInfo;
import org.headroom.audio.WavWriter;
import org.headroom.testsupport.TestSignals;

/**
 * What live monitoring with recording costs: the CPU time of the capture thread (every meter and
 * detector, the ballistics, the snapshot, the copy into the recorder's ring) and of the writer
 * thread, as a percentage of one core, at 48 kHz / 24-bit / stereo in real time. Not a JMH
 * benchmark: the point is the real threads at the real pace, measured with ThreadMXBean.
 *
 * <p>Run: {@code mvn -q -o test-compile && java -cp "target/test-classes:target/classes:$(cat target/cp.txt)"
 * org.headroom.bench.LiveRecordingBenchmark [SECONDS] [paced|device] [window]} (cp.txt as for MeterBenchmark).
 * "window" also runs what the monitor window adds to every session: the display meters (PPM, VU,
 * spectrum) and the RT60 watch's feed.
 * "paced" (the default) plays generated speech-like audio at sound-card speed; "device" records the
 * default capture device (e.g. the PulseAudio null sink of start-null-sink.sh) and so also counts
 * real overruns. The first 5 s are left out of the figure: the JIT is still compiling then.
 */
public final class LiveRecordingBenchmark {
    private static final int RATE = 48000;
    private static final double WARM_UP_SECONDS = 5;

    private LiveRecordingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 60;
        boolean device = args.length > 1 && args[1].equals("device");
        boolean window = args.length > 2 && args[2].equals("window");
        AudioSource source = device ? LineSource.open(null, CaptureFormat.DEFAULT) : paced();
        Path dir = Files.createTempDirectory("headroom-bench");
        Path target = dir.resolve("bench.wav");
        Recorder recorder = Recorder.start(target, RATE, 2, WavWriter.SampleFormat.PCM_24, TakeInfo.NONE);
        LiveSession session = new LiveSession(source, new AnalysisSettings(3, 0.0, null, -1.0), 2.0, 20.0);
        session.setTap(LiveSession.BlockTap.recording(recorder));
        ReverbWatch reverb = window ? new ReverbWatch(RATE).start() : null;
        if (reverb != null) {
            session.withDisplayMeters();
            session.addListener(reverb::accept);
        }
        session.start();
        Thread capture = thread("headroom-capture");
        Thread writer = thread("headroom-recorder");
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Thread.sleep((long) (WARM_UP_SECONDS * 1000));
        long wall0 = System.nanoTime();
        long capture0 = mx.getThreadCpuTime(capture.getId());
        long writer0 = mx.getThreadCpuTime(writer.getId());
        Thread.sleep((long) (seconds * 1000));
        long wall = System.nanoTime() - wall0;
        long captureCpu = mx.getThreadCpuTime(capture.getId()) - capture0;
        long writerCpu = mx.getThreadCpuTime(writer.getId()) - writer0;
        session.close();
        recorder.close();
        if (reverb != null) reverb.stop();
        System.out.printf(Locale.ROOT, "%s input, 48 kHz/24-bit/stereo, all meters + recording%s, %.0f s measured:%n",
                device ? "device" : "paced", window ? " + the window's display meters and RT60 feed" : "", wall / 1e9);
        System.out.printf(Locale.ROOT, "  capture thread %.2f %% of one core (%.1f µs per 10 ms block)%n",
                100.0 * captureCpu / wall, captureCpu / 1e3 / (wall / 1e7));
        System.out.printf(Locale.ROOT, "  writer thread  %.2f %% of one core%n", 100.0 * writerCpu / wall);
        System.out.printf(Locale.ROOT, "  overruns %d, dropped frames (capture) %d, dropped frames (recorder) %d, recorded %.1f s%n",
                source.overruns(), source.droppedFramesEstimate(), recorder.droppedFrames(),
                recorder.framesOnDisk() / (double) RATE);
        Files.deleteIfExists(target);
        Files.deleteIfExists(dir);
    }

    /** Ten seconds of speech-like audio on the 24-bit grid, looping, as a 24-bit line would deliver it. */
    private static AudioSource paced() throws java.io.IOException {
        float[] left = TestSignals.quantise(TestSignals.speechLike(RATE, 10, 1), 24);
        float[] right = TestSignals.quantise(TestSignals.speechLike(RATE, 10, 2), 24);
        SourceFormat format = SourceFormat.pcm("live", "PCM", RATE, 2, 24, -1);
        return new PacedSource(() -> new MemorySource(format, new float[][] {left, right}), true);
    }

    private static Thread thread(String name) {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no thread " + name));
    }
}
