package org.headroom.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Function;
import java.util.function.IntSupplier;
import org.headroom.audio.ChannelMixSource;
import org.headroom.audio.ResampledSource;
import org.headroom.audio.AudioSource;
import org.headroom.audio.MemorySource;
import org.headroom.testsupport.PartitionedSource;
import org.headroom.testsupport.TestSignals;
import org.junit.jupiter.api.Test;

/**
 * Property: the exporter's stream stages — resampler, channel mix, seeded dither — give the
 * same samples bit for bit however the stream is cut into blocks (1, 2, 3 frames and ragged
 * sizes, on both the upstream and the reading side). Tolerance 0: each keeps its state across
 * blocks and computes every output from the same inputs in the same order.
 */
class BlockPartitionTest {
    private static final int RATE = 48000;
    private static final float[] LEFT = TestSignals.speechLike(RATE, 1.0, -12, 5);
    private static final float[] RIGHT = TestSignals.whiteNoise(RATE, 1.0, -20, 6);

    private static float[][] run(float[][] source, Function<AudioSource, AudioSource> stage, IntSupplier in, IntSupplier out) {
        try {
            return PartitionedSource.readAll(stage.apply(new PartitionedSource(MemorySource.of(RATE, source), in)), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertPartitionFree(float[][] source, Function<AudioSource, AudioSource> stage) {
        float[][] whole = run(source, stage, () -> 1 << 20, () -> 8192);
        qt().withExamples(10).forAll(longs().all()).checkAssert(seed -> {
            float[][] cut = run(source, stage, PartitionedSource.random(seed), PartitionedSource.random(~seed));
            for (int c = 0; c < whole.length; c++) assertArrayEquals(whole[c], cut[c], 0f, "channel " + c + ", seed " + seed);
        });
    }

    @Test
    void resamplerDown() {
        assertPartitionFree(new float[][] {LEFT, RIGHT}, s -> new ResampledSource(s, 44100));
    }

    @Test
    void resamplerUp() {
        assertPartitionFree(new float[][] {LEFT}, s -> new ResampledSource(s, 96000));
    }

    @Test
    void channelMix() {
        assertPartitionFree(new float[][] {LEFT, RIGHT}, s -> new ChannelMixSource(s, 1));
        assertPartitionFree(new float[][] {LEFT}, s -> new ChannelMixSource(s, 2));
    }

    /** The exporter dithers each block it reads; a seeded dither must not care how big they are. */
    @Test
    void seededDither() {
        assertPartitionFree(new float[][] {LEFT, RIGHT}, s -> new Dithered(s, new TpdfDither(16, 77)));
    }

    /** Test plumbing: dithers every block read, as Exporter.encode does. */
    private record Dithered(AudioSource upstream, TpdfDither dither) implements AudioSource {
        @Override
        public org.headroom.audio.SourceFormat format() {
            return upstream.format();
        }

        @Override
        public int read(float[][] block) throws IOException {
            int n = upstream.read(block);
            dither.process(block, n);
            return n;
        }

        @Override
        public org.headroom.audio.BitRate bitRate() {
            return upstream.bitRate();
        }

        @Override
        public void close() throws IOException {
            upstream.close();
        }
    }
}
