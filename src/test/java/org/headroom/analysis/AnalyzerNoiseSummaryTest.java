package org.headroom.analysis;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.headroom.audio.SourceFormat;
import org.headroom.testsupport.TestSignals;
import org.junit.jupiter.api.Test;

/** What the report's noise summary says, from the Analyzer's own detectors. */
class AnalyzerNoiseSummaryTest {
    /** An 8 kHz file cannot hold hiss (judged above 4 kHz): the report says "not measured", never "no". */
    @Test
    void hissAtEightKilohertzIsReportedAsNotMeasured() throws Exception {
        int rate = 8000;
        float[] x = TestSignals.mix(TestSignals.speechLike(rate, 10, -20, 3), TestSignals.whiteNoise(rate, 10, -40, 4));
        SourceFormat format = SourceFormat.pcm("WAV", "IEEE float", rate, 1, 32, x.length);
        Analyzer analyzer = new Analyzer(format, new AnalysisSettings(3, 0.0, null, -1.0));
        analyzer.accept(new float[][] {x}, x.length);
        Report report = analyzer.report("call-8k.wav", format, null, List.of());
        assertNull(report.noise().hiss());
        java.io.StringWriter out = new java.io.StringWriter();
        new TextReportWriter(out).write(report);
        String text = out.toString();
        assertTrue(text.contains("hiss not measured"), text);
    }
}
