package org.headroom.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.headroom.testsupport.TestSignals;
import org.junit.jupiter.api.Test;

class EditPointsTest {
    private static final int RATE = 48000;

    @Test
    void snapsToTheNearestSignChange() {
        float[] x = {0.5f, 0.4f, 0.1f, -0.2f, -0.5f, -0.4f, 0.3f, 0.6f};
        assertEquals(2, ZeroCrossings.nearest(x, 1, 4)); // between 0.1 and -0.2, 0.1 is nearer zero
        assertEquals(6, ZeroCrossings.nearest(x, 6, 4));
        assertEquals(5, ZeroCrossings.nearest(x, 5, 0) == 5 ? 5 : -1);
        assertEquals(7, ZeroCrossings.nearest(new float[] {1, 1, 1, 1, 1, 1, 1, 1}, 7, 3), "no crossing: unchanged");
    }

    @Test
    void aSnappedSineCutLandsWithinHalfASampleOfZero() {
        float[] x = TestSignals.sine(RATE, 0.1, 440, -6, 0.3);
        for (int f = 100; f < 4000; f += 97) {
            int z = ZeroCrossings.nearest(x, f, RATE / 440);
            assertTrue(Math.abs(x[z]) <= 0.5 * 2 * Math.PI * 440 / RATE, "frame " + z + " holds " + x[z]);
            assertTrue(Math.abs(z - f) <= RATE / 880 + 1);
        }
    }

    @Test
    void pausesBetweenPhrasesAreFoundAndRankedFirst() {
        float[] clean = TestSignals.speechLike(RATE, 30, -20, 5);
        float[] x = TestSignals.mix(clean, TestSignals.whiteNoise(RATE, 30, -65, 6));
        PauseFinder finder = new PauseFinder(RATE);
        finder.accept(new float[][] {x}, x.length);
        List<EditPoint> points = finder.suggestions();
        List<double[]> gaps = silentRuns(clean, 0.3);
        assertFalse(gaps.isEmpty());
        for (double[] gap : gaps) {
            assertTrue(points.stream().anyMatch(p -> p.kind() == EditPoint.Kind.PAUSE && p.seconds() > gap[0] && p.seconds() < gap[1]),
                    "pause " + gap[0] + "-" + gap[1] + " found");
        }
        for (EditPoint p : points) {
            int f = (int) (p.seconds() * RATE);
            assertEquals(0f, clean[f], "suggested " + p + " is inside speech");
            assertTrue(p.levelDbfs() < -55, p.toString());
        }
        assertEquals(EditPoint.Kind.PAUSE, points.get(0).kind());
        assertTrue(points.stream().anyMatch(p -> p.kind() == EditPoint.Kind.DIP), "gaps between words are suggested too");
    }

    @Test
    void silenceGivesOnePauseAndNothingGivesNothing() {
        PauseFinder finder = new PauseFinder(RATE);
        assertEquals(List.of(), finder.suggestions());
        finder.accept(new float[][] {new float[RATE]}, RATE);
        assertEquals(1, finder.suggestions().size());
    }

    private static List<double[]> silentRuns(float[] x, double minSeconds) {
        List<double[]> runs = new ArrayList<>();
        int i = 0;
        while (i < x.length) {
            if (x[i] != 0) {
                i++;
                continue;
            }
            int s = i;
            while (i < x.length && x[i] == 0) i++;
            if (i - s >= minSeconds * RATE && s > 0 && i < x.length) runs.add(new double[] {(double) s / RATE, (double) i / RATE});
        }
        return runs;
    }
}
