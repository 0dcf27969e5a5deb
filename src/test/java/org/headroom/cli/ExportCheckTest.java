package org.headroom.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import org.headroom.analysis.AnalysisSettings;
import org.headroom.analysis.FileAnalyzer;
import org.headroom.analysis.ProgressListener;
import org.headroom.analysis.Report;
import org.headroom.audio.AudioFiles;
import org.headroom.audio.AudioSource;
import org.headroom.audio.WavWriter;
import org.headroom.export.Codec;
import org.headroom.export.ExportMonitor;
import org.headroom.export.ExportSettings;
import org.headroom.export.ExportTags;
import org.headroom.export.Exporter;
import org.headroom.export.Mp3Settings;
import org.headroom.testsupport.TestSignals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The export's own check and the provenance flags on lossy files, on MP3s made here by the
 * project's own MP3 export (no fixture, no external encoder).
 */
class ExportCheckTest {
    private static final int RATE = 48000;

    @TempDir
    Path dir;

    private Path mp3From(float[] x, String name) throws IOException {
        Path wav = dir.resolve(name + ".wav");
        WavWriter.write(wav, RATE, WavWriter.SampleFormat.FLOAT_32, new float[][] {x, x});
        Path mp3 = dir.resolve(name + ".mp3");
        new Exporter(new ExportSettings(Codec.MP3, null, null, 0, false, new Mp3Settings(false, 128, 4, 5), false, null, null))
                .export(wav, mp3, ExportTags.none(), ExportMonitor.NONE);
        return mp3;
    }

    private static Report analyze(Path file) throws IOException {
        return new FileAnalyzer().analyze(file, new AnalysisSettings(3, 0, null, -1), ProgressListener.NONE, null);
    }

    private static boolean upsampled(Report r) {
        return r.findings().stream().anyMatch(f -> f.kind().name().equals("UPSAMPLED"));
    }

    @Test
    void anMp3IsNotFlaggedForItsOwnBandLimitButItsDecodeInAWavIs() throws IOException {
        // full-band noise: the 128 kbit/s encoder's low-pass (~17 kHz) is the only cliff in it
        Path mp3 = mp3From(TestSignals.whiteNoise(RATE, 8, -24, 41), "noise");
        assertFalse(upsampled(analyze(mp3)), "an MP3's band limit is its format's, not a past");
        Path decoded = dir.resolve("decoded.wav");
        new Exporter(new ExportSettings(Codec.WAV, null, null, 24, false, null, false, null, null))
                .export(mp3, decoded, ExportTags.none(), ExportMonitor.NONE);
        assertTrue(upsampled(analyze(decoded)), "a lossless file with a lossy past is what the flag is for");
    }

    @Test
    void anArchiveExportThatClipsFailsItsCheck() throws IOException {
        // +2.45 dBFS peaks: the MP3 encoder takes 16-bit input, so the MP3 holds a sine clipped at full
        // scale, whose decode rings over it; the archive FLAC is integer PCM and cuts that flat
        float[] x = TestSignals.sine(RATE, 4, 440, 2.45);
        Path mp3 = mp3From(x, "hot");
        float peak = 0;
        try (AudioSource s = AudioFiles.open(mp3)) {
            float[][] b = new float[2][4096];
            for (int n; (n = s.read(b)) > 0; ) for (int i = 0; i < n; i++) peak = Math.max(peak, Math.abs(b[0][i]));
        }
        assertTrue(peak > 1.0f, "the decoded MP3 really is over full scale: " + peak);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Path flac = dir.resolve("hot.flac");
        int status = HeadroomCommand.run(new String[] {"export", mp3.toString(), "-o", flac.toString(), "--preset", "archive-flac",
                "--json"}, TestContexts.capturing(out, err));
        assertEquals(ExitCode.CHECK_FAILED, status, out + " " + err);
        JsonNode json = new ObjectMapper().readTree(out.toString().lines().findFirst().orElseThrow());
        assertFalse(json.get("passed").asBoolean());
        JsonNode clipping = null;
        for (JsonNode item : json.get("format")) if (item.get("figure").asText().equals("clipping")) clipping = item;
        assertTrue(clipping != null && !clipping.get("passed").asBoolean(), json.get("format").toString());
    }
}
