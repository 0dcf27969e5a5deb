package org.headroom.edit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.headroom.audio.MemorySource;
import org.headroom.testsupport.PartitionedSource;
import org.headroom.testsupport.TestSignals;
import org.junit.jupiter.api.Test;

/**
 * Property: the editor's whole chain — splice with a crossfade and an insert, high-pass and
 * hum notch (FilterChain), gain, fades and the true-peak limiter — gives the same samples bit
 * for bit however the source hands its frames over and however the reader asks for them
 * (blocks of 1, 2, 3 frames and ragged ones). Every stage carries its state across blocks and
 * computes sample by sample in stream order, so the tolerance is 0.
 */
class BlockPartitionTest {
    private static final int RATE = 48000;
    private static final float[][] SOURCE = {TestSignals.speechLike(RATE, 2.0, -14, 3), TestSignals.speechLike(RATE, 2.0, -14, 4)};
    private static final EditList EDITS = EditList.of(new Edit.Cut(0.5, 0.7), new Edit.Crossfade(0.5, 20, FadeShape.S_CURVE),
            new Edit.Insert(1.0, 0.1, 0.4), new Edit.HighPass(80, 4), new Edit.HumNotch(50, 3, 30), new Edit.Gain(12, null, null),
            new Edit.FadeIn(0.2, FadeShape.S_CURVE), new Edit.FadeOut(0.3, FadeShape.LINEAR));

    private static float[][] render(java.util.function.IntSupplier sourceBlocks, java.util.function.IntSupplier readBlocks) {
        try {
            SourceOpener opener = () -> new PartitionedSource(MemorySource.of(RATE, SOURCE), sourceBlocks);
            // +12 dB into a −1 dBTP ceiling: the limiter works on most of the programme
            return PartitionedSource.readAll(Renderer.plan(opener, EDITS).withCeiling(-1.0).open(), readBlocks);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final float[][] WHOLE = render(() -> 1 << 20, () -> Renderer.BLOCK);

    @Test
    void anyPartitionGivesTheSameSamples() {
        qt().withExamples(15).forAll(longs().all()).checkAssert(seed -> {
            float[][] cut = render(PartitionedSource.random(seed), PartitionedSource.random(~seed));
            for (int c = 0; c < WHOLE.length; c++) assertArrayEquals(WHOLE[c], cut[c], 0f, "channel " + c + ", seed " + seed);
        });
    }
}
