package org.headroom.advice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import org.junit.jupiter.api.Test;

/** The first-order closed forms against the figures published in reference §1.1 and §1.4. */
class PolarPatternTest {
    /** Exact algebra (1/3, arccos(−1/3)): only floating-point error is allowed. */
    private static final double EXACT = 1e-9;
    /** The reference table prints REE to three decimals. */
    private static final double REE_PRINTED = 0.0005;
    /** Angles in the reference are printed to the whole or half degree. */
    private static final double ANGLE_PRINTED = 0.6;
    /** HyperPhysics rounds acceptance angles to the degree and the −6 dB point of a cardioid sits at 179.7°. */
    private static final double ACCEPTANCE_PRINTED = 1.0;
    /** dB figures in the reference are printed to one decimal. */
    private static final double DB_PRINTED = 0.06;

    @Test
    void omniPicksUpTheWholeDiffuseField() {
        PolarPattern omni = PolarPattern.OMNI;
        assertEquals(1.0, omni.randomEnergyEfficiency(), EXACT);
        assertEquals(0.0, omni.directivityIndexDb(), EXACT);
        assertEquals(1.0, omni.distanceFactor(), EXACT);
        assertTrue(omni.nullAngleDegrees().isEmpty());
        assertEquals(360, omni.acceptanceAngleDegrees(3), EXACT);
        assertEquals(0.0, omni.frontToBackDb(), EXACT);
        assertEquals(0.0, omni.proximityBoostDb(0.05, 100), EXACT, "a pressure capsule has no proximity effect");
    }

    @Test
    void cardioidIsOneThirdWithItsNullBehind() {
        PolarPattern c = PolarPattern.CARDIOID;
        assertEquals(1.0 / 3, c.randomEnergyEfficiency(), EXACT);
        assertEquals(3.0, c.directivityFactor(), EXACT);
        assertEquals(4.77, c.directivityIndexDb(), 0.005);
        assertEquals(Math.sqrt(3), c.distanceFactor(), EXACT);
        assertEquals(180.0, c.nullAngleDegrees().orElseThrow(), EXACT);
        assertEquals(-6.02, c.responseDb(90), 0.005);
        assertEquals(Double.POSITIVE_INFINITY, c.frontToBackDb());
        assertEquals(131, c.acceptanceAngleDegrees(3), ACCEPTANCE_PRINTED);
        assertEquals(180, c.acceptanceAngleDegrees(6), ACCEPTANCE_PRINTED);
        assertEquals(8.5, c.frontToBackEnergyDb(), DB_PRINTED);
    }

    @Test
    void supercardioidMatchesTheTable() {
        PolarPattern s = PolarPattern.SUPERCARDIOID;
        assertEquals(0.366, s.a(), 0.0005);
        assertEquals(0.268, s.randomEnergyEfficiency(), REE_PRINTED);
        assertEquals(5.7, s.directivityIndexDb(), DB_PRINTED);
        assertEquals(1.9, s.distanceFactor(), 0.05);
        assertEquals(125.5, s.nullAngleDegrees().orElseThrow(), ANGLE_PRINTED);
        assertEquals(-8.7, s.responseDb(90), DB_PRINTED);
        assertEquals(-11.4, s.responseDb(180), DB_PRINTED);
        assertEquals(115, s.acceptanceAngleDegrees(3), ACCEPTANCE_PRINTED);
        assertEquals(155, s.acceptanceAngleDegrees(6), ACCEPTANCE_PRINTED);
        assertEquals(11.4, s.frontToBackEnergyDb(), DB_PRINTED);
    }

    @Test
    void hypercardioidMatchesTheTable() {
        PolarPattern h = PolarPattern.HYPERCARDIOID;
        assertEquals(0.25, h.randomEnergyEfficiency(), EXACT);
        assertEquals(6.02, h.directivityIndexDb(), 0.005);
        assertEquals(2.0, h.distanceFactor(), EXACT);
        assertEquals(Math.toDegrees(Math.acos(-1.0 / 3)), h.nullAngleDegrees().orElseThrow(), EXACT);
        assertEquals(109.5, h.nullAngleDegrees().orElseThrow(), ANGLE_PRINTED);
        assertEquals(-12.0, h.responseDb(90), DB_PRINTED);
        assertEquals(-6.0, h.responseDb(180), DB_PRINTED);
        assertEquals(105, h.acceptanceAngleDegrees(3), ACCEPTANCE_PRINTED);
        assertEquals(141, h.acceptanceAngleDegrees(6), ACCEPTANCE_PRINTED);
    }

    @Test
    void figureEightIsDeafAtTheSides() {
        PolarPattern f = PolarPattern.FIGURE_8;
        assertEquals(1.0 / 3, f.randomEnergyEfficiency(), EXACT);
        assertEquals(90.0, f.nullAngleDegrees().orElseThrow(), EXACT);
        assertTrue(f.responseDb(90) < -300, "cos 90° is 6e-17 in floating point, about -324 dB: a null");
        assertEquals(0.0, f.responseDb(180), EXACT);
        assertEquals(90, f.acceptanceAngleDegrees(3), ACCEPTANCE_PRINTED);
        assertEquals(120, f.acceptanceAngleDegrees(6), ACCEPTANCE_PRINTED);
        assertEquals(0.0, f.frontToBackEnergyDb(), EXACT);
    }

    @Test
    void wideCardioidHasNoNull() {
        PolarPattern w = PolarPattern.WIDE_CARDIOID;
        assertEquals(0.52, w.randomEnergyEfficiency(), REE_PRINTED);
        assertEquals(2.8, w.directivityIndexDb(), DB_PRINTED);
        assertTrue(w.nullAngleDegrees().isEmpty());
        assertEquals(-3.1, w.responseDb(90), DB_PRINTED);
        assertEquals(-8.0, w.responseDb(180), DB_PRINTED);
        assertEquals(3.7, w.frontToBackEnergyDb(), DB_PRINTED);
        assertEquals(360, w.acceptanceAngleDegrees(10), EXACT, "its rear never falls 10 dB");
    }

    @Test
    void proximityBoostMatchesTheWorkedValues() {
        // Reference §1.4 prints "≈ +15", "≈ +2.6" and "≈ +21": allow the rounding of those figures.
        assertEquals(15, PolarPattern.CARDIOID.proximityBoostDb(0.05, 100), 0.5);
        assertEquals(2.6, PolarPattern.CARDIOID.proximityBoostDb(0.30, 100), 0.05);
        assertEquals(21, PolarPattern.FIGURE_8.proximityBoostDb(0.05, 100), 0.5);
    }

    @Test
    void hypercardioidHasTheLeastDiffusePickupAndSupercardioidTheBestFrontBack() {
        // Sweep A over the family: the extremes must land on the named patterns.
        double bestRee = Double.MAX_VALUE, aAtBestRee = -1, bestFb = -1, aAtBestFb = -1;
        for (int i = 0; i <= 1000; i++) {
            PolarPattern p = new PolarPattern(i / 1000.0, 1 - i / 1000.0);
            if (p.randomEnergyEfficiency() < bestRee) { bestRee = p.randomEnergyEfficiency(); aAtBestRee = p.a(); }
            if (p.frontToBackEnergyDb() > bestFb) { bestFb = p.frontToBackEnergyDb(); aAtBestFb = p.a(); }
        }
        assertEquals(0.25, aAtBestRee, 0.001, "sweep step is 0.001");
        assertEquals(PolarPattern.SUPERCARDIOID.a(), aAtBestFb, 0.001, "sweep step is 0.001");
    }

    @Test
    void everyFirstOrderPatternIsOneOnAxisAndNeverAboveIt() {
        qt().forAll(doubles().between(0, 1), doubles().between(0, 180)).checkAssert((a, theta) -> {
            PolarPattern p = new PolarPattern(a, 1 - a);
            assertEquals(1.0, p.response(0), EXACT);
            assertTrue(Math.abs(p.response(theta)) <= 1 + EXACT);
            assertTrue(p.randomEnergyEfficiency() >= 0.25 - EXACT && p.randomEnergyEfficiency() <= 1 + EXACT);
            p.nullAngleDegrees().ifPresent(n -> assertEquals(0.0, p.response(n), 1e-9));
        });
    }

    @Test
    void coefficientsMustSumToOne() {
        var e = assertThrows(IllegalArgumentException.class, () -> new PolarPattern(0.6, 0.6));
        assertEquals("A + B must equal 1 (got 1.2)", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new PolarPattern(-0.1, 1.1));
    }
}
