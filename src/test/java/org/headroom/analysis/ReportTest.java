package org.headroom.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import org.junit.jupiter.api.Test;

class ReportTest {

    @Test
    void undefinedMeterValuesBecomeNull() {
        assertNull(Report.defined(Double.NaN));
        assertNull(Report.defined(Double.NEGATIVE_INFINITY));
        assertNull(Report.defined(Double.POSITIVE_INFINITY));
        assertEquals(-23.0, Report.defined(-23.0));
    }

    @Test
    void everyFiniteValueIsKeptExactly() {
        qt().forAll(doubles().any()).checkAssert(v -> {
            Double d = Report.defined(v);
            if (Double.isFinite(v)) assertEquals(v, d); else assertNull(d);
        });
    }

    @Test
    void recordsRefuseNanSoNoWriterCanPrintIt() {
        assertThrows(IllegalArgumentException.class, () -> new Report.Loudness(Double.NaN, null, null, null));
        assertThrows(IllegalArgumentException.class, () -> new Report.ChannelLevels(null, Double.NEGATIVE_INFINITY, null, null));
    }

    @Test
    void silentReportHasNullLevels() {
        Report r = SampleReports.silent("s.flac");
        assertNull(r.loudness().integratedLufs());
        assertNull(r.levels().truePeakDbtp());
        assertNull(r.noise().noiseFloorDbfs());
    }

    @Test
    void timecodesReadHoursMinutesSecondsMillis() {
        assertEquals("0:00:00.000", Timecode.format(0));
        assertEquals("0:01:23.500", Timecode.format(83.5));
        assertEquals("1:00:00.001", Timecode.format(3600.001));
        assertEquals("—", Timecode.format(Double.NaN));
    }
}
