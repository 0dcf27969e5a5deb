package org.headroom.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DetectionThresholdsTest {

    @Test
    void limitsNameEveryFieldInTheRecordsOrder() {
        assertEquals(Arrays.stream(DetectionThresholds.class.getRecordComponents()).map(RecordComponent::getName).toList(),
                DetectionThresholds.LIMITS.stream().map(DetectionThresholds.Limit::name).toList());
    }

    /** Also proves the constructor checks each value against its own field's limit, not a neighbour's. */
    @Test
    void everyFieldIsCheckedAgainstItsOwnLimit() {
        for (DetectionThresholds.Limit limit : DetectionThresholds.LIMITS) {
            for (double bad : new double[] {limit.max() + 1, limit.min() - 1, Double.NaN}) {
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                        () -> DetectionThresholds.DEFAULTS.with(Map.of(limit.name(), bad)), limit.name() + " = " + bad);
                assertTrue(e.getMessage().startsWith(limit.name() + " must be between "), e.getMessage());
            }
        }
    }

    @Test
    void outOfRangeMessageSaysWhatIsAllowed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DetectionThresholds.DEFAULTS.with(Map.of("dcOffsetLimit", 0.7)));
        assertEquals("dcOffsetLimit must be between 0.0001 and 0.5, not 0.7", e.getMessage());
    }

    @Test
    void snrErrorLevelMayNotBeAboveTheWarningLevel() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DetectionThresholds.DEFAULTS.with(Map.of("snrWarnDb", 15.0, "snrErrorDb", 18.0)));
        assertEquals("snrErrorDb (18) must not be above snrWarnDb (15): the error is the worse case", e.getMessage());
    }

    @Test
    void withChangesOnlyTheNamedFieldAndRefusesUnknownNames() {
        DetectionThresholds t = DetectionThresholds.DEFAULTS.with(Map.of("hissFloorDbfs", -50.0));
        assertEquals(-50.0, t.hissFloorDbfs());
        assertEquals(DetectionThresholds.DEFAULTS, t.with(Map.of("hissFloorDbfs", -75.0)));
        assertEquals(DetectionThresholds.DEFAULTS, DetectionThresholds.DEFAULTS.with(Map.of()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DetectionThresholds.DEFAULTS.with(Map.of("hissFloor", -50.0)));
        assertEquals("no detection threshold named 'hissFloor'", e.getMessage());
    }

    @Test
    void figuresInRulesAreShownAsGiven() {
        assertEquals("-120", DetectionThresholds.show(-120));
        assertEquals("0.005", DetectionThresholds.show(0.005));
        assertEquals("30", DetectionThresholds.show(100 * 0.3));
        assertEquals("1.5", DetectionThresholds.show(1.5));
    }
}
