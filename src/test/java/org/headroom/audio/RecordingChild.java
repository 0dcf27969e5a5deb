package org.headroom.audio;

import java.nio.file.Path;
import org.headroom.analysis.AnalysisSettings;
import org.headroom.analysis.LiveSession;

/**
 * The process {@link RecorderCrashTest} kills: a live session on a paced, looping 1 kHz tone,
 * recorded as the monitor records, which prints "recording" once the take is running and then
 * waits to be killed (or gives up after the given number of seconds).
 */
public final class RecordingChild {
    static final int RATE = 48000;

    private RecordingChild() {
    }

    /** One second of the tone, a whole number of cycles, on the 24-bit grid so the file must hold it exactly. */
    static float[] loop() {
        float[] x = new float[RATE];
        for (int i = 0; i < RATE; i++) {
            x[i] = (float) (Math.rint(0.25 * Math.sin(2 * Math.PI * 1000 * i / RATE) * (1 << 23)) / (1 << 23)) + 0f;
        }
        return x;
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[0]);
        double limit = Double.parseDouble(args[1]);
        float[] tone = loop();
        PacedSource source = new PacedSource(() -> MemorySource.of(RATE, tone, tone), true);
        Recorder recorder = Recorder.start(target, RATE, 2, WavWriter.SampleFormat.PCM_24, TakeInfo.NONE);
        LiveSession session = new LiveSession(source, new AnalysisSettings(3, 0.0, null, -1.0), 2.0, 20.0);
        session.setTap(recorder::offer);
        session.start();
        System.out.println("recording");
        System.out.flush();
        Thread.sleep((long) (limit * 1000));
        session.close();
        recorder.close();
    }
}
