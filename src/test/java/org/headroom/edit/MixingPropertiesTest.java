package org.headroom.edit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.headroom.audio.MemorySource;
import org.headroom.audio.WavWriter;
import org.headroom.testsupport.PartitionedSource;
import org.headroom.testsupport.TestSignals;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Properties of the mixing edits, each over the whole chain: a layer at another rate and channel
 * count, looped, faded and ducked; a silence filled with room tone; a pause.
 * <ul>
 *   <li>Block partition: any source and reader block sizes give the same samples, bit for bit
 *   (tolerance 0: the room tone and the duck are functions of the frame, the layer's file is read
 *   from where its frame says).</li>
 *   <li>A seek ({@code openAt}) gives the samples a full read gives from there, bit for bit: nothing
 *   added here remembers the past, so no pre-roll is needed.</li>
 *   <li>Silence in, silence out: digital silence everywhere gives digital silence (its room tone is silence).</li>
 *   <li>No NaN or infinity for any finite input up to 60 dB over full scale.</li>
 * </ul>
 */
class MixingPropertiesTest {
    private static final int RATE = 48000;
    private static Path folder;
    private static Path bed;
    private static Path silentBed;
    private static EditList edits;

    @BeforeAll
    static void files() throws IOException {
        folder = Files.createTempDirectory("mixing-props");
        bed = folder.resolve("bed.wav");
        // mono 44.1 kHz into a stereo 48 kHz programme: both converters run
        WavWriter.write(bed, 44100, WavWriter.SampleFormat.FLOAT_32, new float[][] {TestSignals.pinkNoise(44100, 0.7, -20, 2)});
        silentBed = folder.resolve("silent.wav");
        WavWriter.write(silentBed, 44100, WavWriter.SampleFormat.FLOAT_32, new float[][] {new float[44100]});
        edits = list(bed);
    }

    @AfterAll
    static void clean() throws IOException {
        for (Path p : new Path[] {bed, silentBed, folder}) Files.deleteIfExists(p);
    }

    private static EditList list(Path layer) {
        return EditList.of(new Edit.Cut(0.3, 0.4),
                new Edit.Layer(layer, 0.1, 0.05, 0.6, -3, 0.2, 0.3, true, 2.3, new Edit.Duck(12, 50, 200, 100, Double.NaN)),
                new Edit.Silence(1.2, 1.6, Edit.Silence.Fill.ROOM_TONE), new Edit.Pause(2.0, 0.35), new Edit.RoomTone(0, 0.2));
    }

    private static float[][] source(long seed, double gainDb) {
        float[] l = TestSignals.speechLike(RATE, 2.5, -20, seed);
        float[] r = TestSignals.speechLike(RATE, 2.5, -23, seed + 1);
        float[] noise = TestSignals.whiteNoise(RATE, 2.5, -60, seed + 2);
        float g = (float) Math.pow(10, gainDb / 20);
        for (int i = 0; i < l.length; i++) {
            l[i] = (l[i] + noise[i]) * g;
            r[i] = (r[i] + noise[i]) * g;
        }
        return new float[][] {l, r};
    }

    private static final float[][] SOURCE = source(7, 0);

    private static float[][] render(EditList list, float[][] source, java.util.function.IntSupplier sourceBlocks,
                                    java.util.function.IntSupplier readBlocks) {
        try {
            SourceOpener opener = () -> new PartitionedSource(MemorySource.of(RATE, source), sourceBlocks);
            return PartitionedSource.readAll(Renderer.render(opener, list), readBlocks);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void anyPartitionGivesTheSameSamples() {
        float[][] whole = render(edits, SOURCE, () -> 1 << 20, () -> Renderer.BLOCK);
        qt().withExamples(12).forAll(longs().all()).checkAssert(seed -> {
            float[][] cut = render(edits, SOURCE, PartitionedSource.random(seed), PartitionedSource.random(~seed));
            for (int c = 0; c < whole.length; c++) assertArrayEquals(whole[c], cut[c], 0f, "channel " + c + ", seed " + seed);
        });
    }

    @Test
    void aSeekGivesTheSamplesAFullReadGivesFromThere() throws IOException {
        Renderer.Rendering plan = Renderer.plan(Rendered.memory(RATE, SOURCE), edits);
        float[][] whole = Rendered.readAll(plan.open());
        Random random = new Random(3);
        for (int k = 0; k < 8; k++) {
            int start = random.nextInt(whole[0].length - 1);
            float[][] tail = PartitionedSource.readAll(plan.openAt(start), () -> 777);
            for (int c = 0; c < 2; c++) {
                assertArrayEquals(java.util.Arrays.copyOfRange(whole[c], start, whole[c].length), tail[c], 0f,
                        "channel " + c + " from frame " + start);
            }
        }
    }

    @Test
    void silenceInGivesSilenceOut() {
        float[][] silent = {new float[(int) (2.5 * RATE)], new float[(int) (2.5 * RATE)]};
        float[][] out = render(list(silentBed), silent, () -> 4096, () -> 1000);
        for (float[] ch : out) {
            for (int i = 0; i < ch.length; i++) assertEquals(0f, ch[i], "frame " + i);
        }
    }

    @Test
    void noNanForAnyFiniteInput() {
        qt().withExamples(10).forAll(longs().all(), doubles().between(-120, 60)).checkAssert((seed, gainDb) -> {
            float[][] out = render(edits, source(seed, gainDb), () -> 8192, () -> 8192);
            for (float[] ch : out) {
                for (int i = 0; i < ch.length; i++) assertTrue(Float.isFinite(ch[i]), "frame " + i + " is " + ch[i] + " at " + gainDb + " dB");
            }
        });
    }
}
