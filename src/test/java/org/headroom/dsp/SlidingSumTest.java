package org.headroom.dsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** A sliding sum over 10^8 pushes of mixed magnitudes equals a fresh exact sum of its window. */
class SlidingSumTest {
    private static final int WINDOW = 50;
    private static final long PUSHES = 100_000_000L;

    /** Loud (up to 1e3) for the first million pushes and every so often later, otherwise quiet (1e-9..1e-8). */
    private static double value(SplittableRandom r, long i) {
        boolean loud = i < 1_000_000 || i % 10_000_000 < 1_000;
        return loud ? r.nextDouble() * 1e3 : 1e-9 + r.nextDouble() * 9e-9;
    }

    private static double exact(double[] window) {
        BigDecimal s = BigDecimal.ZERO;
        for (double v : window) s = s.add(new BigDecimal(v));
        return s.doubleValue();
    }

    @Test
    void staysWithinOneInATrillionOfAFreshSum() {
        SplittableRandom r = new SplittableRandom(42);
        SlidingSum s = new SlidingSum(WINDOW);
        double[] last = new double[WINDOW];
        double naive = 0;
        double worst = 0;
        double naiveWorst = 0;
        for (long i = 0; i < PUSHES; i++) {
            double v = value(r, i);
            int slot = (int) (i % WINDOW);
            if (i >= WINDOW) naive -= last[slot];
            last[slot] = v;
            naive += v;
            s.push(v);
            // check at quiet moments, including just after a loud stretch has left the window
            if (i % 1_000_003 == 0 || i % 10_000_000 == 1_000 + WINDOW + 7) {
                if (i < WINDOW) continue;
                double fresh = exact(last);
                worst = Math.max(worst, Math.abs(s.sum() - fresh) / fresh);
                naiveWorst = Math.max(naiveWorst, Math.abs(naive - fresh) / fresh);
            }
        }
        assertTrue(worst <= 1e-12, "relative error " + worst);
        // the scenario does make a plain running sum drift: otherwise this test would prove nothing
        assertTrue(naiveWorst > 1e-9, "a plain running sum drifted only " + naiveWorst);
    }

    @Test
    void aWindowOfOnesSumsExactly() {
        SlidingSum s = SlidingSum.filledWith(241, 1.0);
        for (int i = 0; i < 10_000; i++) s.push(0.3 + (i % 7) * 0.1);
        for (int i = 0; i < 241; i++) s.push(1.0);
        assertEquals(241.0, s.sum(), 0, "the limiter's window back at unity gain reads exactly unity");
    }

    @Test
    void returnsTheValueThatLeaves() {
        SlidingSum s = new SlidingSum(2);
        assertTrue(Double.isNaN(s.push(1)));
        assertTrue(Double.isNaN(s.push(2)));
        assertEquals(1.0, s.push(3), 0);
        assertEquals(5.0, s.sum(), 0);
    }
}
