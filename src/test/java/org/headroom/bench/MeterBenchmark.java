package org.headroom.bench;

import java.util.concurrent.TimeUnit;
import org.headroom.meter.BitDepthMeter;
import org.headroom.meter.BlockConsumer;
import org.headroom.meter.CorrelationMeter;
import org.headroom.meter.LoudnessMeter;
import org.headroom.meter.SampleStatsMeter;
import org.headroom.meter.TruePeakMeter;
import org.headroom.testsupport.TestSignals;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of each meter on 10 s of 48 kHz stereo, in 4096-frame blocks. One operation is
 * one sample (frame × channel), so JMH's ops/µs reads directly as Msamples/s on one core.
 *
 * <p>Run: {@code mvn -q -o test-compile && java -cp "target/test-classes:target/classes:$(cat target/cp.txt)"
 * org.headroom.bench.MeterBenchmark} after
 * {@code mvn -q -o dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test};
 * JMH options may follow (e.g. {@code -f 1 -wi 3 -i 5 TruePeak}).
 *
 * <p>Signals: "speech" is {@link TestSignals#speechLike} (pauses, −20 dBFS average, rare
 * peaks); "noise" is full-level white noise whose peak grows slowly through the file — the
 * true-peak skip's worst case, where nearly every sub-block must be filtered.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MeterBenchmark {
    static final int RATE = 48000;
    static final int SECONDS = 10;
    static final int BLOCK = 4096;
    static final int SAMPLES = RATE * SECONDS * 2;

    @Param({"speech", "noise"})
    public String signal;

    private float[][][] blocks;
    private int[] sizes;

    @Setup
    public void setUp() {
        float[] l;
        float[] r;
        if (signal.equals("speech")) {
            l = TestSignals.speechLike(RATE, SECONDS, 1);
            r = TestSignals.speechLike(RATE, SECONDS, 2);
        } else {
            l = TestSignals.whiteNoise(RATE, SECONDS, -10, 1);
            r = TestSignals.whiteNoise(RATE, SECONDS, -10, 2);
            // Let the level creep up so a new maximum keeps arriving: no sub-block can be skipped for long.
            for (int i = 0; i < l.length; i++) {
                float g = (float) (0.3 + 0.7 * i / l.length);
                l[i] *= g;
                r[i] *= g;
            }
        }
        int n = (l.length + BLOCK - 1) / BLOCK;
        blocks = new float[n][2][BLOCK];
        sizes = new int[n];
        for (int b = 0; b < n; b++) {
            int from = b * BLOCK;
            sizes[b] = Math.min(BLOCK, l.length - from);
            System.arraycopy(l, from, blocks[b][0], 0, sizes[b]);
            System.arraycopy(r, from, blocks[b][1], 0, sizes[b]);
        }
    }

    private void run(BlockConsumer meter) {
        for (int b = 0; b < blocks.length; b++) meter.accept(blocks[b], sizes[b]);
    }

    @Benchmark
    @OperationsPerInvocation(SAMPLES)
    public double loudness() {
        LoudnessMeter m = new LoudnessMeter(RATE, new double[] {1, 1});
        m.keepStepHistory(false);
        run(m);
        return m.integrated().orElse(0);
    }

    @Benchmark
    @OperationsPerInvocation(SAMPLES)
    public double truePeak() {
        TruePeakMeter m = new TruePeakMeter(2, RATE, 1.0);
        run(m);
        return m.truePeakAll();
    }

    @Benchmark
    @OperationsPerInvocation(SAMPLES)
    public double sampleStats() {
        SampleStatsMeter m = new SampleStatsMeter(2);
        run(m);
        return m.rmsAll();
    }

    @Benchmark
    @OperationsPerInvocation(SAMPLES)
    public double correlation() {
        CorrelationMeter m = new CorrelationMeter(0, 1, RATE);
        run(m);
        return m.correlation().orElse(0);
    }

    @Benchmark
    @OperationsPerInvocation(SAMPLES)
    public int bitDepth() {
        BitDepthMeter m = BitDepthMeter.forFloat();
        run(m);
        return m.effectiveBits();
    }

    /** All five meters on the same blocks, as the analyser runs them. */
    @Benchmark
    @OperationsPerInvocation(SAMPLES)
    public double allMeters() {
        return loudness() + truePeak() + sampleStats() + correlation() + bitDepth();
    }

    public static void main(String[] args) throws Exception {
        org.openjdk.jmh.Main.main(args);
    }
}
