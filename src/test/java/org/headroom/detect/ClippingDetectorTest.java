package org.headroom.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import org.headroom.testsupport.TestSignals;
import org.junit.jupiter.api.Test;

class ClippingDetectorTest {
    private static final int RATE = 48000;
    private static final float POS16 = 32767f / 32768f;

    private static float[] quietSineWith(int at, int length, float value) {
        float[] x = TestSignals.quantise(TestSignals.sine(RATE, 0.1, 440, -20), 16);
        for (int i = 0; i < length; i++) x[at + i] = value;
        return x;
    }

    @Test
    void threeSamplesAtPositiveFullScaleIn16BitAreAClip() {
        float[] x = quietSineWith(1000, 3, POS16);
        ClippingDetector d = Blocks.feed(new ClippingDetector(1, RATE, 16), x, 512);
        assertEquals(List.of(new ClipEvent(0, 1000, 3, 1)), d.events());
        assertEquals(3, d.clippedSamples());
        Finding f = d.findings().get(0);
        assertEquals(FindingKind.CLIPPING, f.kind());
        assertEquals(1000, f.startFrame());
        assertTrue(f.message().startsWith("Channel 1 clipped for 3 samples at 0:00:00.021"), f.message());
        assertEquals("\u22653 consecutive samples at full scale", f.rule());
    }

    @Test
    void twoSamplesAreNotAClip() {
        ClippingDetector d = Blocks.feed(new ClippingDetector(1, RATE, 16), quietSineWith(1000, 2, POS16), 512);
        assertEquals(0, d.clippedSamples());
        assertTrue(d.findings().isEmpty());
    }

    @Test
    void negativeRailIsFoundToo() {
        ClippingDetector d = Blocks.feed(new ClippingDetector(1, RATE, 16), quietSineWith(2000, 5, -1f), 512);
        assertEquals(List.of(new ClipEvent(0, 2000, 5, -1)), d.events());
    }

    @Test
    void runsAcrossBlockBoundariesAreFoundWithBlocksOfOneSample() {
        float[] x = quietSineWith(100, 4, -1f);
        for (int i = 0; i < 6; i++) x[3000 + i] = POS16;
        ClippingDetector d = Blocks.feed(new ClippingDetector(1, RATE, 16), x, 1);
        assertEquals(List.of(new ClipEvent(0, 100, 4, -1), new ClipEvent(0, 3000, 6, 1)), d.events());
    }

    @Test
    void aRunOpenAtTheEndIsCountedWithoutClosingIt() {
        float[] x = quietSineWith(4795, 5, POS16);
        ClippingDetector d = Blocks.feed(new ClippingDetector(1, RATE, 16), x, 4796);
        assertEquals(5, d.clippedSamples(), "mid-stream query sees the open run");
        assertEquals(1, d.findings().size());
    }

    @Test
    void polarityFlipSplitsTheRun() {
        float[] x = quietSineWith(500, 2, POS16);
        x[502] = -1f;
        x[503] = -1f;
        ClippingDetector d = Blocks.feed(new ClippingDetector(1, RATE, 16), x, 512);
        assertEquals(0, d.clippedSamples(), "2 up then 2 down are two runs of 2, neither a clip");
    }

    @Test
    void twentyFourBitFullScaleCodeIsItsOwn() {
        float pos24 = (float) (8388607.0 / 8388608.0);
        float[] x = TestSignals.quantise(TestSignals.sine(RATE, 0.1, 440, -20), 24);
        for (int i = 0; i < 3; i++) x[10 + i] = POS16; // 16-bit full scale is not 24-bit full scale
        for (int i = 0; i < 3; i++) x[900 + i] = pos24;
        ClippingDetector d = Blocks.feed(new ClippingDetector(1, RATE, 24), x, 256);
        assertEquals(List.of(new ClipEvent(0, 900, 3, 1)), d.events());
    }

    @Test
    void thresholdRuleCatchesRunsBelowFullScale() {
        float[] x = quietSineWith(700, 3, 0.95f); // -0.45 dBFS
        ClippingDetector d = Blocks.feed(new ClippingDetector(1, RATE, 16, new ClipRule(3, -1.0)), x, 64);
        assertEquals(3, d.clippedSamples());
        assertTrue(d.findings().get(0).rule().contains("-1.0 dBFS"));
    }

    @Test
    void floatNeedsAFlatTopNotJustLoudSamples() {
        float[] x = TestSignals.sine(RATE, 0.1, 440, -20);
        x[100] = 1.2f;
        x[101] = 1.3f;
        x[102] = 1.25f; // loud but not flat: float can hold it, nothing was lost
        for (int i = 0; i < 4; i++) x[2000 + i] = 1.0f; // flat top: clipped upstream
        ClippingDetector d = Blocks.feed(new ClippingDetector(1, RATE, null), x, 128);
        assertEquals(List.of(new ClipEvent(0, 2000, 4, 1)), d.events());
    }

    @Test
    void channelsAreIndependentAndNearbyClipsGroupIntoOneFinding() {
        float[] left = TestSignals.quantise(TestSignals.sine(RATE, 1.0, 100, -20), 16);
        float[] right = left.clone();
        for (int k = 0; k < 5; k++) for (int i = 0; i < 3; i++) right[10000 + k * 480 + i] = -1f;
        ClippingDetector d = Blocks.feed(new ClippingDetector(2, RATE, 16), TestSignals.stereo(left, right), 1000);
        List<Finding> f = d.findings();
        assertEquals(1, f.size());
        assertEquals(1, f.get(0).channel());
        assertEquals(15, f.get(0).value());
        assertTrue(f.get(0).message().contains("clipped 5 times"), f.get(0).message());
    }

    @Test
    void storedEventsAreCappedButCountingGoesOn() {
        float[] x = new float[(ClippingDetector.MAX_EVENTS + 50) * 4];
        for (int i = 0; i < x.length; i++) x[i] = (i % 4 == 3) ? 0f : -1f;
        ClippingDetector d = Blocks.feed(new ClippingDetector(1, RATE, 16), x, 4096);
        assertEquals(ClippingDetector.MAX_EVENTS, d.events().size());
        assertEquals(ClippingDetector.MAX_EVENTS + 50, d.eventCount());
        assertEquals(3L * (ClippingDetector.MAX_EVENTS + 50), d.clippedSamples());
    }

    @Test
    void blockSizeNeverChangesWhatIsFound() {
        float[] x = TestSignals.quantise(TestSignals.sine(RATE, 0.5, 50, 3), 16); // overdriven: clips each half cycle
        List<ClipEvent> reference = Blocks.feed(new ClippingDetector(1, RATE, 16), x, x.length).events();
        assertTrue(reference.size() > 20);
        qt().withExamples(30).forAll(integers().between(1, 5000)).checkAssert(size ->
                assertEquals(reference, Blocks.feed(new ClippingDetector(1, RATE, 16), x, size).events()));
    }

    /**
     * Issue 10: a 3 s 1 kHz sine clipped all the way through, the same on both channels, made
     * 12 000 runs; a 10 000-event cap shared by the channels cut one channel's finding at 2.611 s
     * and the other's at 2.389 s, and the findings summed 150 000 samples against 180 000. Each
     * channel's finding must hold that channel's exact runs and samples, counted here
     * independently from the signal, and end where the signal ends.
     */
    @Test
    void countsAreExactPerChannelWhateverTheListCap() {
        float[] x = TestSignals.sine(RATE, 3.0, 1000, 12); // +12 dB: each half cycle sits on the rail for about 15 samples
        for (int i = 0; i < x.length; i++) x[i] = x[i] >= POS16 ? POS16 : x[i] <= -1f ? -1f : x[i];
        long runs = 0;
        long samples = 0;
        long lastEnd = 0;
        for (int i = 0; i < x.length; ) {
            int j = i;
            while (j < x.length && (x[j] == POS16 || x[j] == -1f) && x[j] == x[i]) j++;
            if (j - i >= 3) {
                runs++;
                samples += j - i;
                lastEnd = j;
            }
            i = Math.max(j, i + 1);
        }
        assertTrue(runs * 2 > ClippingDetector.MAX_EVENTS, "the signal must overflow the list to test this: " + runs);
        ClippingDetector d = Blocks.feed(new ClippingDetector(2, RATE, 16), new float[][] {x, x.clone()}, 4096);
        assertEquals(2 * samples, d.clippedSamples());
        assertEquals(2 * runs, d.eventCount());
        List<Finding> f = d.findings();
        assertEquals(2, f.size(), "one passage per channel: " + f);
        double total = 0;
        for (int c = 0; c < 2; c++) {
            Finding one = f.get(c);
            assertEquals(c, one.channel());
            assertEquals(samples, one.value(), 0.0, "channel " + (c + 1) + " samples, exact");
            assertEquals(lastEnd, one.endFrame(), "channel " + (c + 1) + " ends where its last clip ends");
            assertTrue(one.message().contains("clipped " + runs + " times (" + samples + " samples"), one.message());
            total += one.value();
        }
        assertEquals(d.clippedSamples(), total, 0.0, "findings and summary agree");
    }

    /** Past the listed passages a channel's remaining clips are summed into one finding; nothing is lost. */
    @Test
    void passagesBeyondTheListAreSummedExactly() {
        int passages = ClippingDetector.MAX_PASSAGES_LISTED + 7;
        int spacing = RATE; // 1 s apart: farther than the 0.5 s grouping gap, so each run is its own passage
        float[] x = new float[passages * spacing];
        for (int p = 0; p < passages; p++) for (int k = 0; k < 4; k++) x[p * spacing + k] = -1f;
        ClippingDetector d = Blocks.feed(new ClippingDetector(1, RATE, 16), x, 8192);
        List<Finding> f = d.findings();
        assertEquals(ClippingDetector.MAX_PASSAGES_LISTED + 1, f.size());
        Finding rest = f.get(f.size() - 1);
        assertEquals(7 * 4, rest.value(), 0.0);
        assertTrue(rest.message().contains("7 more passages") && rest.message().contains("7 times, 28 samples"), rest.message());
        assertEquals(4L * passages, (long) f.stream().mapToDouble(Finding::value).sum());
    }
}
