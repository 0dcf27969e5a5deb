package org.headroom.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.headroom.analysis.AnalysisSettings;
import org.headroom.analysis.FileAnalyzer;
import org.headroom.analysis.ProgressListener;
import org.headroom.audio.WavWriter;
import org.headroom.testsupport.TestSignals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * MP3 exports of bright material reach the loudness target: the encoder's low-pass takes the
 * top octave away after normalisation, so the export reads the encode back and encodes once
 * more with the gain corrected.
 */
class Mp3LoudnessCorrectionTest {
    private static final double TARGET_LUFS = -16.0;
    private static final double CEILING_DBTP = -2.0;
    /**
     * After the one correction the file must read within the check's own tolerance: the second
     * encode loses what the first did to within a few hundredths, as the low-pass does not move.
     */
    private static final double AFTER_CORRECTION_LU = EncodedLoudness.TOLERANCE_LU;
    private static final int RATE = 48_000;
    private static final double SECONDS = 8;

    @TempDir
    Path dir;

    /** Speech with white noise (cymbals, sibilance, a bright room) flat to 24 kHz: much of its weighted energy lies above LAME's low-pass. */
    private Path bright() throws IOException {
        float[] l = TestSignals.mix(TestSignals.speechLike(RATE, SECONDS, -24, 1), TestSignals.whiteNoise(RATE, SECONDS, -30, 2));
        float[] r = TestSignals.mix(TestSignals.speechLike(RATE, SECONDS, -24, 3), TestSignals.whiteNoise(RATE, SECONDS, -30, 4));
        Path src = dir.resolve("bright.wav");
        WavWriter.write(src, RATE, WavWriter.SampleFormat.FLOAT_32, new float[][] {l, r});
        return src;
    }

    private static ExportSettings mp3(int kbps) {
        return new ExportSettings(Codec.MP3, 44100, 2, 0, false, Mp3Settings.cbr(kbps), false, TARGET_LUFS, CEILING_DBTP);
    }

    private static double integrated(Path file) throws IOException {
        return new FileAnalyzer().analyze(file, new AnalysisSettings(3, 0, null, -1), ProgressListener.NONE, null)
                .loudness().integratedLufs();
    }

    @Test
    void aBrightProgrammeIsEncodedAgainAndReadsAtTheTarget() throws IOException {
        Path src = bright();
        Path out = dir.resolve("bright.mp3");
        ExportResult res = new Exporter(mp3(128)).withDitherSeed(1).export(src, out, ExportTags.none(), ExportMonitor.NONE);
        ExportResult.Normalisation n = res.normalisation();
        assertNotNull(n.encodedLufs(), "the encode was read back");
        assertTrue(n.encodedLufs() < TARGET_LUFS - EncodedLoudness.TOLERANCE_LU,
                "the material is bright enough to show the problem: first encode read " + n.encodedLufs());
        assertTrue(n.encoderCorrectionDb() > EncodedLoudness.TOLERANCE_LU, "and it was corrected: " + n.encoderCorrectionDb());
        double delivered = integrated(out);
        assertEquals(TARGET_LUFS, delivered, AFTER_CORRECTION_LU, "what the delivery check reads");
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(0, left.filter(p -> p.getFileName().toString().endsWith(".part")).count(), "no part file left behind");
        }
    }

    @Test
    void aProgrammeTheEncoderKeepsWholeIsEncodedOnce() throws IOException {
        // low-passed at 5 kHz and encoded at 320 kbit/s: nothing for the encoder to take (at 192 kbit/s
        // even this loses 0.26 LU, so the check is not only about the low-pass)
        float[] x = TestSignals.lowPass(TestSignals.speechLike(RATE, SECONDS, -24, 5), RATE, 5000);
        Path src = dir.resolve("dull.wav");
        WavWriter.write(src, RATE, WavWriter.SampleFormat.FLOAT_32, new float[][] {x, x});
        Path out = dir.resolve("dull.mp3");
        ExportResult.Normalisation n = new Exporter(mp3(320)).withDitherSeed(1).export(src, out, ExportTags.none(), ExportMonitor.NONE)
                .normalisation();
        assertEquals(0.0, n.encoderCorrectionDb(), "within " + EncodedLoudness.TOLERANCE_LU + " LU: read " + n.encodedLufs());
        assertEquals(n.encodedLufs(), integrated(out), 1e-9, "the check read the file that was committed");
    }

    @Test
    void aLosslessExportIsNotReadBack() throws IOException {
        Path src = bright();
        ExportSettings flac = new ExportSettings(Codec.FLAC, null, null, 24, false, null, false, TARGET_LUFS, CEILING_DBTP);
        ExportResult res = new Exporter(flac).withDitherSeed(1).export(src, dir.resolve("b.flac"), ExportTags.none(), ExportMonitor.NONE);
        assertEquals(null, res.normalisation().encodedLufs());
    }
}
