package org.headroom.bench;

import java.util.concurrent.TimeUnit;
import org.headroom.detect.ClippingDetector;
import org.headroom.detect.DetectorSet;
import org.headroom.detect.DropoutDetector;
import org.headroom.detect.HumDetector;
import org.headroom.detect.LevelProblemDetector;
import org.headroom.detect.NoiseAnalyzer;
import org.headroom.detect.ProvenanceDetector;
import org.headroom.meter.BlockConsumer;
import org.headroom.testsupport.TestSignals;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cost of the detectors on 10 s of 48 kHz stereo speech in noise, fed in 4096-frame blocks.
 * Score = ms per 10 s of audio; real-time factor = 10,000 / score. Target for "all": at least
 * 3000x (3.3 ms per 10 s). Run:
 * {@code java -cp target/test-classes:target/classes:$(deps) org.openjdk.jmh.Main DetectorBenchmark}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DetectorBenchmark {
    private static final int RATE = 48000;
    private static final int BLOCK = 4096;

    @Param({"all", "clipping", "noise", "levels", "dropouts", "spectral", "bits"})
    public String detector;

    private float[][] signal;
    private float[][] block;
    private BlockConsumer consumer;

    @Setup
    public void setUp() {
        float[] speech = TestSignals.speechLike(RATE, 10, -20, 1);
        float[] l = TestSignals.quantise(TestSignals.mix(speech, TestSignals.pinkNoise(RATE, 10, -60, 2)), 24);
        float[] r = TestSignals.quantise(TestSignals.mix(speech, TestSignals.pinkNoise(RATE, 10, -60, 3)), 24);
        signal = new float[][] {l, r};
        block = new float[2][BLOCK];
        consumer = switch (detector) {
            case "all" -> new DetectorSet(2, RATE, 24);
            case "clipping" -> new ClippingDetector(2, RATE, 24);
            case "noise" -> new NoiseAnalyzer(2, RATE);
            case "levels" -> new LevelProblemDetector(2, RATE);
            case "dropouts" -> new DropoutDetector(2, RATE);
            case "spectral" -> new HumDetector(2, RATE);
            // a 16-bit file in a 24-bit container: the bit check never stops early (worst case)
            case "bits" -> new ProvenanceDetector(2, 24, RATE);
            default -> throw new IllegalArgumentException(detector);
        };
        if (detector.equals("bits")) {
            signal = new float[][] {TestSignals.quantise(l, 16), TestSignals.quantise(r, 16)};
        }
    }

    /** Streams the 10 s through the consumer; it keeps running state across calls like a long file. */
    @Benchmark
    public BlockConsumer tenSeconds() {
        int n = signal[0].length;
        for (int at = 0; at < n; at += BLOCK) {
            int frames = Math.min(BLOCK, n - at);
            System.arraycopy(signal[0], at, block[0], 0, frames);
            System.arraycopy(signal[1], at, block[1], 0, frames);
            consumer.accept(block, frames);
        }
        return consumer;
    }
}
