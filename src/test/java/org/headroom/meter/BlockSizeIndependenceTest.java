package org.headroom.meter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.headroom.testsupport.TestSignals;
import org.junit.jupiter.api.Test;

/**
 * Property: cutting a stream into blocks of any sizes (down to one frame) gives bit-identical
 * results to feeding it whole. Every meter keeps its state across blocks and does its
 * arithmetic in stream order, so equality is exact (tolerance 0).
 */
class BlockSizeIndependenceTest {
    private static final int RATE = 44100; // not a multiple of 4096 or 100·k: exercises odd step edges
    private static final float[][] SIGNAL = signal();

    private static float[][] signal() {
        float[] l = TestSignals.speechLike(RATE, 3.6, 11);
        float[] r = TestSignals.speechLike(RATE, 3.6, 12);
        // A loud passage so true-peak overs and the skip's "must filter" path both occur.
        float[] hot = TestSignals.sine(RATE, 0.3, 5000, 0.5);
        System.arraycopy(hot, 0, l, RATE, hot.length);
        return new float[][] {TestSignals.quantise(l, 24), r};
    }

    /** Everything every meter reports, as one comparable list. */
    private static List<Object> results(java.util.function.IntSupplier sizes) {
        SampleStatsMeter stats = new SampleStatsMeter(2);
        TruePeakMeter tp = new TruePeakMeter(2, RATE, 0.5);
        LoudnessMeter loud = new LoudnessMeter(RATE, new double[] {1, 1});
        CorrelationMeter corr = new CorrelationMeter(0, 1, RATE);
        BitDepthMeter bits = BitDepthMeter.forPcm(24);
        BlockConsumer all = (block, frames) -> {
            stats.accept(block, frames);
            tp.accept(block, frames);
            loud.accept(block, frames);
            corr.accept(block, frames);
            bits.accept(block, frames);
        };
        Feed.blocks(all, SIGNAL, sizes);
        List<Object> out = new ArrayList<>();
        for (int c = 0; c < 2; c++) {
            out.add(stats.peak(c));
            out.add(stats.rms(c));
            out.add(stats.dcOffset(c));
            out.add(tp.truePeak(c));
        }
        out.add(stats.rmsAll());
        out.add(tp.overs());
        out.add(tp.overCount());
        out.add(loud.momentary());
        out.add(loud.shortTerm());
        out.add(loud.integrated());
        out.add(loud.loudnessRange());
        out.add(loud.maxMomentary());
        out.add(loud.maxShortTerm());
        List<Double> history = new ArrayList<>();
        loud.drainSteps((t, m, s) -> {
            history.add(t);
            history.add(m);
            history.add(s);
        });
        out.add(history);
        out.add(corr.correlation());
        out.add(corr.recent());
        out.add(bits.effectiveBits());
        return out;
    }

    private static final List<Object> WHOLE = results(() -> Integer.MAX_VALUE);

    @Test
    void randomBlockSizesGiveIdenticalResults() {
        qt().withExamples(25).forAll(integers().between(1, 9000), longs().all()).checkAssert((maxBlock, seed) -> {
            Random random = new Random(seed);
            // One block in eight is a single frame; the rest uniform up to maxBlock.
            List<Object> cut = results(() -> random.nextInt(8) == 0 ? 1 : 1 + random.nextInt(maxBlock));
            for (int i = 0; i < WHOLE.size(); i++) assertEquals(WHOLE.get(i), cut.get(i), "result #" + i);
        });
    }

    @Test
    void oneFrameAtATime() {
        assertEquals(WHOLE, results(() -> 1));
    }
}
