package org.headroom.edit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import org.headroom.audio.AudioFiles;
import org.headroom.audio.AudioSource;
import org.headroom.audio.MemorySource;
import org.headroom.audio.WavWriter;
import org.headroom.meter.Decibels;
import org.headroom.testsupport.TestSignals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RendererTest {
    private static final int RATE = 48000;

    @TempDir
    Path dir;

    /** A ramp makes every frame's source position readable from its value. */
    private static float[] ramp(int n) {
        float[] x = new float[n];
        for (int i = 0; i < n; i++) x[i] = i / 1_000_000f;
        return x;
    }

    @Test
    void anEmptyListGivesTheSourceBitForBit() throws Exception {
        float[] x = TestSignals.speechLike(RATE, 2, 3);
        assertArrayEquals(x, Rendered.render(Rendered.memory(RATE, x), EditList.EMPTY)[0]);
    }

    @Test
    void aButtCutRemovesExactlyItsRange() throws Exception {
        float[] x = ramp(3 * RATE);
        EditList list = EditList.of(new Edit.Cut(1.0, 2.0)).withCrossfade(0, FadeShape.LINEAR);
        float[] y = Rendered.render(Rendered.memory(RATE, x), list)[0];
        assertEquals(2 * RATE, y.length);
        assertArrayEquals(Arrays.copyOfRange(x, 0, RATE), Arrays.copyOfRange(y, 0, RATE));
        assertArrayEquals(Arrays.copyOfRange(x, 2 * RATE, 3 * RATE), Arrays.copyOfRange(y, RATE, 2 * RATE));
    }

    @Test
    void aCrossfadedCutKeepsTheLengthAndTouchesOnlyTheJoin() throws Exception {
        float[] x = TestSignals.whiteNoise(RATE, 3, -20, 1);
        float[] y = Rendered.render(Rendered.memory(RATE, x), EditList.of(new Edit.Cut(1.0, 2.0)))[0];
        assertEquals(2 * RATE, y.length);
        int half = 240; // 10 ms
        assertArrayEquals(Arrays.copyOfRange(x, 0, RATE - half), Arrays.copyOfRange(y, 0, RATE - half));
        assertArrayEquals(Arrays.copyOfRange(x, 2 * RATE + half, 3 * RATE), Arrays.copyOfRange(y, RATE + half, 2 * RATE));
    }

    @Test
    void insertPastesBeforeItsAnchorAndTrimCountsFromTheEnd() throws Exception {
        float[] x = ramp(4 * RATE);
        EditList list = EditList.of(new Edit.Trim(0.5, -0.5), new Edit.Insert(2.0, 3.0, 3.25)).withCrossfade(0, FadeShape.LINEAR);
        float[] y = Rendered.render(Rendered.memory(RATE, x), list)[0];
        assertEquals(3 * RATE + RATE / 4, y.length);
        assertEquals(x[RATE / 2], y[0]);
        assertEquals(x[2 * RATE - 1], y[3 * RATE / 2 - 1]);
        assertEquals(x[3 * RATE], y[3 * RATE / 2]);
        assertEquals(x[2 * RATE], y[3 * RATE / 2 + RATE / 4]);
        assertEquals(x[4 * RATE - RATE / 2 - 1], y[y.length - 1]);
    }

    @Test
    void aSplitChangesNothing() throws Exception {
        float[] x = TestSignals.whiteNoise(RATE, 1, -20, 2);
        assertArrayEquals(x, Rendered.render(Rendered.memory(RATE, x), EditList.of(new Edit.Split(0.3)))[0]);
    }

    @Test
    void silenceIsSilentInsideItsRampsAndLeavesTheRestAlone() throws Exception {
        float[] x = TestSignals.whiteNoise(RATE, 2, -20, 3);
        float[] y = Rendered.render(Rendered.memory(RATE, x), EditList.of(new Edit.Silence(0.5, 1.5)))[0];
        assertArrayEquals(Arrays.copyOfRange(x, 0, RATE / 2), Arrays.copyOfRange(y, 0, RATE / 2));
        for (int i = RATE / 2 + 480; i < 3 * RATE / 2 - 480; i++) assertEquals(0f, Math.abs(y[i]));
        assertArrayEquals(Arrays.copyOfRange(x, 3 * RATE / 2, 2 * RATE), Arrays.copyOfRange(y, 3 * RATE / 2, 2 * RATE));
    }

    @Test
    void aFileRendersAsTheSameMemoryDoesAndOpensOnceWhenMovingForward() throws Exception {
        float[] x = TestSignals.quantise(TestSignals.speechLike(RATE, 6, 4), 24);
        Path file = dir.resolve("take.wav");
        WavWriter.write(file, RATE, WavWriter.SampleFormat.PCM_24, new float[][] {x});
        EditList list = EditList.of(new Edit.Cut(1.0, 1.5), new Edit.Cut(3.0, 4.2), new Edit.FadeOut(0.5, FadeShape.S_CURVE));
        float[] decoded = Rendered.readAll(AudioFiles.open(file))[0]; // the file holds +0 where quantise made -0
        assertArrayEquals(Rendered.render(Rendered.memory(RATE, decoded), list)[0], Rendered.render(SourceOpener.file(file), list)[0]);
        Timeline t = Renderer.plan(SourceOpener.file(file), list).timeline();
        try (SpliceSource s = new SpliceSource(SourceOpener.file(file), MemorySource.of(RATE, x).format(), t)) {
            Rendered.readAll(s);
            assertEquals(1, s.sourceOpens());
        }
    }

    @Test
    void highPassRemovesRumbleAndKeepsTheVoiceBand() throws Exception {
        float[] rumble = TestSignals.sine(RATE, 2, 20, -6);
        float[] voice = TestSignals.sine(RATE, 2, 1000, -6);
        EditList list = EditList.of(new Edit.HighPass(80, 4));
        float[] r = Rendered.render(Rendered.memory(RATE, rumble), list)[0];
        float[] v = Rendered.render(Rendered.memory(RATE, voice), list)[0];
        double rumbleDrop = TestSignals.rmsDbfs(Arrays.copyOfRange(r, RATE, 2 * RATE)) - TestSignals.rmsDbfs(rumble);
        double voiceDrop = TestSignals.rmsDbfs(Arrays.copyOfRange(v, RATE, 2 * RATE)) - TestSignals.rmsDbfs(voice);
        assertTrue(rumbleDrop < -45, "4th order at 80 Hz: 20 Hz is two octaves down, about -48 dB: " + rumbleDrop);
        assertEquals(0.0, voiceDrop, 0.01);
    }

    @Test
    void humNotchRemovesMainsAndItsHarmonicsButNotTheVoice() throws Exception {
        float[] hum = TestSignals.hum(RATE, 4, 50, -30, -6, -10, -14);
        float[] voice = TestSignals.sine(RATE, 4, 440, -12);
        EditList list = EditList.of(new Edit.HumNotch(50, 4, 30));
        float[] h = Rendered.render(Rendered.memory(RATE, hum), list)[0];
        float[] v = Rendered.render(Rendered.memory(RATE, voice), list)[0];
        double humLeft = TestSignals.rmsDbfs(Arrays.copyOfRange(h, 2 * RATE, 4 * RATE));
        assertTrue(humLeft < -80, "hum after the notches: " + humLeft);
        assertEquals(TestSignals.rmsDbfs(voice), TestSignals.rmsDbfs(Arrays.copyOfRange(v, 2 * RATE, 4 * RATE)), 0.05);
    }

    @Test
    void normalisePeakLandsOnItsTarget() throws Exception {
        float[] x = TestSignals.speechLike(RATE, 3, 5);
        float[] y = Rendered.render(Rendered.memory(RATE, x), EditList.of(new Edit.NormalisePeak(-1.0, false)))[0];
        double peak = 0;
        for (float v : y) peak = Math.max(peak, Math.abs(v));
        assertEquals(-1.0, Decibels.fromAmplitude(peak), 0.001);
    }

    @Test
    void editsThatDoNotFitTheSourceSayWhichAndWhy() {
        float[] x = new float[RATE];
        EdlException e = assertThrows(EdlException.class,
                () -> Renderer.plan(Rendered.memory(RATE, x), EditList.of(new Edit.Gain(1), new Edit.Cut(2.0, 3.0))));
        assertEquals("edit 2 (cut): start 2.0 is outside the source (1.000 s long)", e.getMessage());
        assertThrows(EdlException.class, () -> Renderer.plan(Rendered.memory(RATE, x), EditList.of(new Edit.Trim(0.2, 0.3), new Edit.Cut(0.1, 0.4))));
    }

    @Test
    void multiChannelSourcesKeepTheirChannels() throws Exception {
        float[] l = TestSignals.whiteNoise(RATE, 2, -20, 6);
        float[] r = TestSignals.whiteNoise(RATE, 2, -20, 7);
        try (AudioSource s = Renderer.render(Rendered.memory(RATE, l, r), EditList.of(new Edit.Cut(0.5, 1.0)))) {
            assertEquals(2, s.format().channels());
            assertEquals(3 * RATE / 2, s.format().frames());
        }
    }
}
