package org.headroom.edit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.headroom.audio.WavWriter;
import org.headroom.dsp.Spectrum;
import org.headroom.testsupport.TestSignals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mixing edits against reference signals: a ducked bed, room-tone fills and pauses, a layer
 * that follows its material and one that is converted from another rate and channel count.
 */
class MixingTest {
    private static final int RATE = 48000;
    /** The tolerance for the duck: a 10 ms frame misread at a syllable's edge moves a ramp by that much, not the depth. */
    private static final double DUCK_TOLERANCE_DB = 1.0;
    /** The tolerances for room tone: random-phase noise over ~1.8 s scatters by a few tenths of a dB per octave. */
    private static final double TONE_LEVEL_TOLERANCE_DB = 2.0;
    private static final double TONE_BAND_TOLERANCE_DB = 3.0;

    @TempDir
    Path dir;

    private Path wav(String name, int rate, float[]... channels) throws IOException {
        Path file = dir.resolve(name);
        WavWriter.write(file, rate, WavWriter.SampleFormat.FLOAT_32, channels);
        return file;
    }

    private static int f(double seconds) {
        return (int) Math.round(seconds * RATE);
    }

    private static double rmsDb(float[] x, double from, double to) {
        double sum = 0;
        for (int i = f(from); i < f(to); i++) sum += (double) x[i] * x[i];
        return 10 * Math.log10(sum / (f(to) - f(from)));
    }

    /**
     * "Speech" by construction: 0.2 s bursts of noise at −20 dBFS with 0.1 s gaps from 0.2 s to
     * 3.0 s of each 5 s cycle, then a 2 s pause; in cycle 2 a 0.7 s pause (shorter than the
     * default envelope's 0.85 s) sits in the middle. Room noise at −65 dBFS throughout.
     */
    private static float[] speechWithPauses(int cycles) {
        float[] x = TestSignals.pinkNoise(RATE, 5.0 * cycles, -65, 11);
        for (int k = 0; k < cycles; k++) {
            for (double t = 0.2; t + 0.2 <= 3.0 + 1e-9; t += 0.3) {
                if (k == 2 && t > 1.0 && t < 1.6) continue; // the short pause: 1.0 .. 1.6 s
                float[] burst = TestSignals.whiteNoise(RATE, 0.2, -20, 100 * k + Math.round(t * 10));
                for (int i = 0; i < burst.length; i++) x[f(5.0 * k + t) + i] += burst[i];
            }
        }
        return x;
    }

    @Test
    void aDuckedBedSitsDepthLowerUnderSpeechThanInLongPausesAndStaysDownThroughShortOnes() throws IOException {
        int cycles = 4;
        float[] speech = speechWithPauses(cycles);
        Path bed = wav("bed.wav", RATE, TestSignals.sine(RATE, 5.0 * cycles, 1000, -20));
        SourceOpener source = Rendered.memory(RATE, speech);
        EditList list = EditList.of(new Edit.Layer(bed, 0, 0, Double.NaN, 0, 0, 0, false, Double.NaN, Edit.Duck.DEFAULT));
        float[] mixed = Rendered.render(source, list)[0];
        float[] layer = new float[mixed.length];
        for (int i = 0; i < mixed.length; i++) layer[i] = mixed[i] - speech[i]; // the mix is a sum: this is the bed as mixed
        double bedDb = TestSignals.rmsDbfs(TestSignals.sine(RATE, 1.0, 1000, -20));
        for (int k = 0; k < cycles; k++) {
            double t = 5.0 * k;
            // fully down from the first burst (the attack ends there) to the last; fully up from
            // 3.0 + hold 0.2 + release 0.5 s to the next attack at 5.05 s
            double down = rmsDb(layer, t + 0.25, t + 0.95);
            String where = "cycle " + k;
            assertEquals(bedDb - 10, down, DUCK_TOLERANCE_DB, where + ": under speech");
            if (k + 1 < cycles) {
                double up = rmsDb(layer, t + 3.75, t + 4.95);
                assertEquals(bedDb, up, DUCK_TOLERANCE_DB, where + ": in the 2 s pause");
                assertEquals(10, up - down, DUCK_TOLERANCE_DB, where + ": depth");
            }
        }
        assertEquals(bedDb - 10, rmsDb(layer, 11.05, 11.55), DUCK_TOLERANCE_DB, "the 0.7 s pause keeps the bed down");
        // the look-ahead: down before the first syllable, not after it
        assertEquals(bedDb, rmsDb(layer, 0.0, 0.04), DUCK_TOLERANCE_DB, "up before the attack (0.05 .. 0.2 s)");
        assertEquals(bedDb - 5, rmsDb(layer, 0.12, 0.13), DUCK_TOLERANCE_DB, "half way down in the middle of the attack");
        assertEquals(bedDb - 10, rmsDb(layer, 0.2, 0.21), DUCK_TOLERANCE_DB, "already down at the first syllable");
    }

    /** Room noise at −50 dBFS with speech bursts over [3, 5) and [8, 10). */
    private static float[] roomWithSpeech() {
        float[] x = TestSignals.pinkNoise(RATE, 12, -50, 5);
        for (double t : new double[] {3, 8}) {
            float[] burst = TestSignals.speechLike(RATE, 2.0, -18, 3);
            for (int i = 0; i < burst.length; i++) x[f(t) + i] += burst[i];
        }
        return x;
    }

    private static double[] octaves(float[] x, double from, double to) {
        Spectrum spectrum = new Spectrum(4096);
        double[] centres = {125, 250, 500, 1000, 2000, 4000, 8000};
        double[] bands = new double[centres.length];
        float[] frame = new float[4096];
        float[] power = new float[spectrum.bins()];
        int frames = 0;
        for (int s = f(from); s + 4096 <= f(to); s += 2048) {
            System.arraycopy(x, s, frame, 0, 4096);
            spectrum.transform(frame);
            spectrum.bandPower(frame, power);
            for (int b = 0; b < centres.length; b++) {
                for (int k = 1; k < power.length; k++) {
                    double hz = (double) k * RATE / 4096;
                    if (hz >= centres[b] / Math.sqrt(2) && hz < centres[b] * Math.sqrt(2)) bands[b] += power[k];
                }
            }
            frames++;
        }
        for (int b = 0; b < bands.length; b++) bands[b] = 10 * Math.log10(bands[b] / frames);
        return bands;
    }

    private static void assertLikeTheRoom(float[] out, double from, double to, float[] room, String what) {
        assertEquals(rmsDb(room, 0.2, 2.8), rmsDb(out, from, to), TONE_LEVEL_TOLERANCE_DB, what + ": level");
        double[] want = octaves(room, 0.2, 2.8);
        double[] got = octaves(out, from, to);
        for (int b = 0; b < want.length; b++) {
            assertEquals(want[b], got[b], TONE_BAND_TOLERANCE_DB, what + ": octave band " + (125 << b) + " Hz");
        }
        for (int s = f(from); s + 480 <= f(to); s += 480) {
            double e = 0;
            for (int i = s; i < s + 480; i++) e += (double) out[i] * out[i];
            assertTrue(e > 0, what + ": digital silence at " + s / (double) RATE + " s");
        }
    }

    @Test
    void aFilledSilenceHasTheRoomsLevelAndSpectrumAndIsNotALoop() throws IOException {
        float[] room = roomWithSpeech();
        EditList list = EditList.of(new Edit.Silence(8.0, 10.0, Edit.Silence.Fill.ROOM_TONE));
        Renderer.Rendering plan = Renderer.plan(Rendered.memory(RATE, room), list);
        assertTrue(plan.notes().get(0).contains("the quietest second"), plan.notes().toString());
        float[] out = Rendered.readAll(plan.open())[0];
        assertLikeTheRoom(out, 8.1, 9.9, room, "fill");
        // a looped 1 s sample would correlate fully with itself 1 s later; fresh noise does not
        double corr = 0;
        double e = 0;
        for (int i = f(8.1); i < f(8.9); i++) {
            corr += (double) out[i] * out[i + RATE];
            e += (double) out[i] * out[i];
        }
        assertTrue(Math.abs(corr / e) < 0.1, "correlation with itself one sample-length later: " + corr / e);
        // the material either side is untouched
        for (int i = 0; i < f(8.0); i++) assertEquals(room[i], out[i], 0f, "frame " + i);
    }

    @Test
    void aNamedRoomToneIsTheOneUsed() throws IOException {
        float[] room = roomWithSpeech();
        // a louder, brighter "room" over [10.5, 12): the fill must follow it, not the quietest second
        float[] hiss = TestSignals.whiteNoise(RATE, 1.5, -40, 8);
        for (int i = 0; i < hiss.length; i++) room[f(10.5) + i] += hiss[i];
        EditList list = EditList.of(new Edit.RoomTone(10.5, 12.0), new Edit.Silence(8.0, 10.0, Edit.Silence.Fill.ROOM_TONE));
        Renderer.Rendering plan = Renderer.plan(Rendered.memory(RATE, room), list);
        assertTrue(plan.notes().get(0).contains("10.500-12.000 s (from the edit list)"), plan.notes().toString());
        float[] out = Rendered.readAll(plan.open())[0];
        assertEquals(rmsDb(room, 10.5, 12.0), rmsDb(out, 8.1, 9.9), TONE_LEVEL_TOLERANCE_DB, "the named room's level");
    }

    @Test
    void aPauseInsertsRoomToneAndTheMaterialAfterItIsUntouched() throws IOException {
        float[] room = roomWithSpeech();
        EditList list = EditList.of(new Edit.Pause(6.0, 1.5));
        float[] out = Rendered.render(Rendered.memory(RATE, room), list)[0];
        assertEquals(room.length + f(1.5), out.length);
        assertLikeTheRoom(out, 6.02, 7.48, room, "pause");
        int crossfade = f(0.010) / 2 + 1;
        for (int i = 0; i < f(6.0) - crossfade; i++) assertEquals(room[i], out[i], 0f, "before, frame " + i);
        for (int i = f(6.0) + crossfade; i < room.length; i++) assertEquals(room[i], out[i + f(1.5)], 0f, "after, frame " + i);
    }

    @Test
    void aLayerMovesWithTheMaterialWhenEarlierMaterialIsCut() throws IOException {
        float[] click = new float[RATE / 10];
        click[0] = 0.5f;
        Path file = wav("click.wav", RATE, click);
        SourceOpener silence = Rendered.memory(RATE, new float[f(10)]);
        Edit.Layer at5 = new Edit.Layer(file, 5.0, 0, Double.NaN, 0, 0, 0, false, Double.NaN, null);
        Edit.Layer at1p5 = new Edit.Layer(file, 1.5, 0, Double.NaN, 0, 0, 0, false, Double.NaN, null);
        assertEquals(List.of(f(5.0)), clicks(Rendered.render(silence, EditList.of(at5))[0]));
        assertEquals(List.of(f(4.0)), clicks(Rendered.render(silence, EditList.of(at5, new Edit.Cut(1.0, 2.0)))[0]),
                "cut 1 s before it: one second earlier, to the frame");
        assertEquals(List.of(f(1.0), f(4.0)), clicks(Rendered.render(silence, EditList.of(at5, at1p5, new Edit.Cut(1.0, 2.0)))[0]),
                "a layer on cut material plays from the join");
    }

    @Test
    void aLayerAtAnotherRateLandsOnItsFrame() throws IOException {
        float[] click = new float[4410];
        click[0] = 0.5f;
        Path file = wav("click441.wav", 44100, click);
        float[] out = Rendered.render(Rendered.memory(RATE, new float[f(3)]),
                EditList.of(new Edit.Layer(file, 1.0, 0, Double.NaN, 0, 0, 0, false, Double.NaN, null)))[0];
        int peak = 0;
        for (int i = 0; i < out.length; i++) if (Math.abs(out[i]) > Math.abs(out[peak])) peak = i;
        assertEquals(f(1.0), peak, "the resampler is centred: no delay");
    }

    @Test
    void aLoopedLayerDoesNotClickAtItsSeams() throws IOException {
        // 0.5003 s of a 1 kHz sine: 500.3 periods, so the segment's ends do not meet
        Path file = wav("tone.wav", RATE, TestSignals.sine(RATE, 0.5003, 1000, -6));
        float[] out = Rendered.render(Rendered.memory(RATE, new float[f(4)]),
                EditList.of(new Edit.Layer(file, 0.5, 0, Double.NaN, 0, 0, 0, true, 3.5, null)))[0];
        double amplitude = TestSignals.amplitude(-6);
        double steepest = 2 * Math.PI * 1000.0 / RATE * amplitude; // the sine's own largest step
        double step = 0;
        for (int i = f(0.6); i < f(3.4); i++) step = Math.max(step, Math.abs(out[i] - out[i - 1]));
        // a butt-joined seam here jumps by about the amplitude (0.50 against 0.066); the 5 ms seam fades keep every step
        // within the sine's own slope (plus 5 % for the fade's own slope)
        assertTrue(step <= 1.05 * steepest, "largest step " + step + " against the sine's " + steepest);
    }

    private static List<Integer> clicks(float[] x) {
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < x.length; i++) if (x[i] != 0) at.add(i);
        return at;
    }

    @Test
    void aLayerAtAnotherRateAndChannelCountIsConvertedInTimeAndLevel() throws IOException {
        Path mono441 = wav("sfx.wav", 44100, TestSignals.sine(44100, 2.0, 1000, -20));
        SourceOpener stereo = Rendered.memory(RATE, new float[f(3)], new float[f(3)]);
        float[][] out = Rendered.render(stereo, EditList.of(new Edit.Layer(mono441, 0.5, 0, Double.NaN, -6, 0, 0, false, Double.NaN, null)));
        double want = TestSignals.rmsDbfs(TestSignals.sine(RATE, 1.0, 1000, -26));
        for (int c = 0; c < 2; c++) {
            // the export resampler's passband ripple is under 0.001 dB; 0.05 allows for the window edges
            assertEquals(want, rmsDb(out[c], 0.7, 2.3), 0.05, "channel " + c + " level");
            for (int i = 0; i < f(0.5) - 200; i++) assertEquals(0f, out[c][i], "channel " + c + " before the layer, frame " + i);
            int crossings = 0;
            for (int i = f(0.7); i < f(2.3); i++) if (out[c][i - 1] < 0 && out[c][i] >= 0) crossings++;
            assertEquals(1600, crossings, 1, "channel " + c + ": 1 kHz over 1.6 s");
        }
    }

    @Test
    void aLoopedLayerRepeatsItsSegmentUntilItsEndAndFades() throws IOException {
        float[] ramp = new float[RATE];
        for (int i = 0; i < ramp.length; i++) ramp[i] = i / (float) RATE;
        Path file = wav("ramp.wav", RATE, ramp);
        SourceOpener silence = Rendered.memory(RATE, new float[f(6)]);
        Edit.Layer loop = new Edit.Layer(file, 1.0, 0.25, 0.75, 0, 0, 0.5, true, 4.0, null);
        float[] out = Rendered.render(silence, EditList.of(loop))[0];
        for (int i = 0; i < f(1.0); i++) assertEquals(0f, out[i], "before, frame " + i);
        for (int i = f(4.0); i < out.length; i++) assertEquals(0f, out[i], "after until, frame " + i);
        // the third pass starts at 2.0 s with the segment's first frame (0.25 s into the file), faded in
        // over the 5 ms seam, then at full gain
        assertEquals(0f, out[f(2.0)], 1e-4f);
        assertEquals(0.26f, out[f(2.01)], 1e-6f);
        assertEquals(0.25f + 0.1f, out[f(2.1)], 1e-6f);
        // the fade-out's middle: 3.75 s is 0.5 s into pass 6, gain about 0.5
        assertEquals((0.25 + 0.25) * 0.5, out[f(3.75)], 0.002);
    }
}
