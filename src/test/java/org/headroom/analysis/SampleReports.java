package org.headroom.analysis;

import java.util.List;
import java.util.Map;
import org.headroom.detect.Finding;
import org.headroom.detect.FindingKind;
import org.headroom.detect.Severity;

/** Hand-built reports with known values, for testing writers, preset checks and the command line. */
public final class SampleReports {
    private SampleReports() {
    }

    /**
     * A 90 s, 48 kHz/24-bit stereo WAV: integrated -16.4 LUFS, true peak NaN (as a meter gives
     * for no data), a DC offset of -infinity on channel 2 (nonsense on purpose: must come out
     * null), one clip on channel 1 at 1.5 s with its finding.
     */
    public static Report podcast(String file) {
        return withLoudness(file, -16.4);
    }

    public static Report withLoudness(String file, double integratedLufs) {
        Report.FormatInfo format = new Report.FormatInfo("WAV", "PCM", 48000, 24, 2, 4_320_000L, 90.0, 2304.0, "PCM");
        Report.Levels levels = Report.Levels.of(-0.5, Double.NaN, -20.123, 24, List.of(
                Report.ChannelLevels.of(-0.5, -0.3, -20.0, 0.0001),
                Report.ChannelLevels.of(-1.25, Double.NaN, -20.25, Double.NEGATIVE_INFINITY)));
        Report.Loudness loudness = Report.Loudness.of(integratedLufs, 5.2, -10.0, -12.345);
        Report.Clipping clipping = new Report.Clipping("3+ consecutive samples at full scale", 4,
                List.of(new Report.ClipEventInfo(0, 72_000, 1.5, 4, Report.Polarity.POSITIVE)));
        Report.Noise noise = Report.Noise.of(-65.0, 44.6, new Report.HumInfo(50.0, -71.234), false, true);
        Finding clip = Finding.at(FindingKind.CLIPPING, Severity.ERROR, 0, 72_000, 72_004, 48000, 4,
                "3+ consecutive samples at full scale", "4 samples clipped at the top of the wave.");
        return new Report(file, format, levels, loudness, clipping, noise, List.of(clip),
                Map.of("bext.originator", "Recorder, \"field\" unit"), null);
    }

    /** Digital silence: every level undefined. */
    public static Report silent(String file) {
        Report.FormatInfo format = new Report.FormatInfo("FLAC", "FLAC", 44100, 16, 1, 441_000L, 10.0, 12.3, "VBR");
        double ninf = Double.NEGATIVE_INFINITY;
        return new Report(file, format,
                Report.Levels.of(ninf, ninf, ninf, 0, List.of(Report.ChannelLevels.of(ninf, ninf, ninf, 0.0))),
                Report.Loudness.of(Double.NaN, Double.NaN, ninf, ninf),
                new Report.Clipping("3+ consecutive samples at full scale", 0, List.of()),
                Report.Noise.of(ninf, Double.NaN, null, false, false), List.of(), Map.of(), null);
    }
}
