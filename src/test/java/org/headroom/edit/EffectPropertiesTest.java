package org.headroom.edit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.headroom.audio.MemorySource;
import org.headroom.testsupport.PartitionedSource;
import org.headroom.testsupport.TestSignals;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of every effect edit alone and of all of them together, after a crossfaded cut (so
 * the splice is in the stream too):
 * <ul>
 *   <li>any block partition — of the source's reads and of the reader's — gives the same samples
 *   bit for bit (every stage keeps its state across blocks and works sample by sample or in
 *   frames of its own; tolerance 0);</li>
 *   <li>digital silence in gives digital silence out;</li>
 *   <li>no NaN for finite input, here up to ±1e6 (120 dB over full scale, far beyond anything a
 *   file and a gain edit can give) with plateaus, zeros and jumps: past that, float arithmetic
 *   itself overflows in a filter's output before any effect sees it.</li>
 * </ul>
 */
class EffectPropertiesTest {
    private static final int RATE = 48000;
    private static final Edit CUT = new Edit.Cut(0.5, 0.6);
    private static final Map<String, List<Edit>> EFFECTS = Map.of(
            "eq", List.of(new Edit.Eq(List.of(new Edit.Eq.Band(Edit.BandType.PEAK, 2000, 6, 1),
                    new Edit.Eq.Band(Edit.BandType.LOW_SHELF, 150, -4, 0.7071)), null, null, null)),
            "eq ranged", List.of(new Edit.Eq(null, "telephone", 0.3, 1.0)),
            "compress", List.of(new Edit.Compress(-30, 4, 5, 100, 6, 3)),
            "level", List.of(new Edit.Level(-20, 12, 1)),
            "denoise", List.of(new Edit.Denoise(12, null, null)),
            "declip", List.of(new Edit.Declip(5)),
            "reverb ranged", List.of(new Edit.Reverb(0.6, 10.0, 0.3, null, null, 0.2, 0.8)),
            "all", List.of(new Edit.Declip(5), new Edit.Denoise(10, 0.0, 0.2), new Edit.Eq(null, "presence", null, null),
                    new Edit.Level(-18, 10, 1), new Edit.Compress(-24, 3, 10, 150, 6, 0), new Edit.Reverb(0.4, 5.0, 0.2, null, null, null, null)));

    static List<String> effects() {
        return EFFECTS.keySet().stream().sorted().toList();
    }

    private static EditList list(String effect) {
        return EditList.EMPTY.with(CUT).withEdits(concat(List.of(CUT), EFFECTS.get(effect)));
    }

    private static List<Edit> concat(List<Edit> a, List<Edit> b) {
        List<Edit> out = new java.util.ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** Loud speech-like material, clipped where it passes full scale (so declip has work), over quiet noise. */
    private static final float[][] SOURCE = {clip(TestSignals.mix(TestSignals.speechLike(RATE, 1.5, -8, 51), TestSignals.pinkNoise(RATE, 1.5, -50, 52))),
            clip(TestSignals.mix(TestSignals.speechLike(RATE, 1.5, -8, 53), TestSignals.pinkNoise(RATE, 1.5, -50, 54)))};

    private static float[] clip(float[] x) {
        float[] y = x.clone();
        for (int i = 0; i < y.length; i++) y[i] = Math.max(-1f, Math.min(1f, y[i]));
        return y;
    }

    private static float[][] render(float[][] source, EditList list, java.util.function.IntSupplier sourceBlocks,
                                    java.util.function.IntSupplier readBlocks) {
        try {
            SourceOpener opener = () -> new PartitionedSource(MemorySource.of(RATE, source), sourceBlocks);
            return PartitionedSource.readAll(Renderer.plan(opener, list).open(), readBlocks);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("effects")
    void anyPartitionGivesTheSameSamples(String effect) {
        EditList list = list(effect);
        float[][] whole = render(SOURCE, list, () -> 1 << 20, () -> Renderer.BLOCK);
        qt().withExamples(4).forAll(longs().all()).checkAssert(seed -> {
            float[][] cut = render(SOURCE, list, PartitionedSource.random(seed), PartitionedSource.random(~seed));
            for (int c = 0; c < whole.length; c++) assertArrayEquals(whole[c], cut[c], 0f, effect + ", channel " + c + ", seed " + seed);
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("effects")
    void silenceInSilenceOut(String effect) {
        float[][] zeros = {new float[RATE], new float[RATE]};
        float[][] out = render(zeros, list(effect), () -> 4096, () -> 4096);
        for (float[] ch : out) {
            for (int i = 0; i < ch.length; i++) assertEquals(0f, ch[i], 0f, effect + ": frame " + i);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("effects")
    void noNaNForFiniteInput(String effect) {
        EditList list = list(effect);
        qt().withExamples(3).forAll(longs().all()).checkAssert(seed -> {
            float[][] out = render(wild(seed), list, () -> 4096, () -> 4096);
            for (float[] ch : out) {
                for (int i = 0; i < ch.length; i++) assertFalse(Float.isNaN(ch[i]), effect + ", seed " + seed + ": NaN at frame " + i);
            }
        });
    }

    /** Stretches of noise at levels from −120 to +120 dBFS, plateaus, zeros and single huge samples. */
    private static float[][] wild(long seed) {
        Random r = new Random(seed);
        float[][] x = new float[2][RATE];
        for (float[] ch : x) {
            int at = 0;
            while (at < ch.length) {
                int len = Math.min(ch.length - at, 1 + r.nextInt(4000));
                int kind = r.nextInt(4);
                double scale = Math.pow(10, (r.nextDouble() * 240 - 120) / 20);
                for (int i = 0; i < len; i++) {
                    double v = switch (kind) {
                        case 0 -> r.nextGaussian() * scale;
                        case 1 -> scale;
                        case 2 -> 0;
                        default -> r.nextInt(50) == 0 ? (r.nextBoolean() ? 1e6 : -1e6) : r.nextGaussian() * 1e-3;
                    };
                    ch[at + i] = (float) Math.max(-1e6, Math.min(1e6, v));
                }
                at += len;
            }
        }
        return x;
    }
}
