package org.headroom.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.headroom.detect.Finding;
import org.headroom.detect.FindingKind;
import org.headroom.export.AudioSink;
import org.headroom.export.AudioSinks;
import org.headroom.export.Codec;
import org.headroom.export.ExportTags;
import org.headroom.export.Mp3Settings;
import org.headroom.export.SinkFormat;
import org.headroom.testsupport.TestSignals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10: an MP3 of a clipped take read "Clipping none", because the decoded flat tops ripple
 * and no longer hold three equal samples. MP3s made by Headroom's own encoder from a clipped and
 * from a clean but loud speech-like signal, read back through Headroom's reader: the clipped one
 * is found by the plateau rule (and says so), the clean one stays clean.
 */
class LossyClippingTest {
    private static final int RATE = 44100;

    @TempDir
    Path dir;

    @Test
    void clippedSpeechInAnMp3IsFoundByThePlateauRule() throws IOException {
        float[] speech = TestSignals.speechLike(RATE, 8, -16, 41);
        float[] clipped = new float[speech.length];
        float peak = peak(speech);
        for (int i = 0; i < speech.length; i++) clipped[i] = Math.max(-1f, Math.min(1f, speech[i] / peak * 4f)); // +12 dB over full scale
        Report r = analyze(mp3("clipped.mp3", clipped));
        assertTrue(r.clipping().eventCount() > 20, "clipped runs found: " + r.clipping().eventCount());
        List<Finding> clips = r.findings().stream().filter(f -> f.kind() == FindingKind.CLIPPING).toList();
        assertTrue(!clips.isEmpty());
        for (Finding f : clips) assertTrue(f.rule().contains("plateau"), "the finding names the rule that fired: " + f.rule());
    }

    @Test
    void cleanLoudSpeechInAnMp3IsNotCalledClipped() throws IOException {
        float[] speech = TestSignals.speechLike(RATE, 8, -16, 41);
        float peak = peak(speech);
        float[] loud = new float[speech.length];
        for (int i = 0; i < speech.length; i++) loud[i] = speech[i] / peak * 0.989f; // -0.1 dBFS peak: as loud as a clean master gets
        Report r = analyze(mp3("loud.mp3", loud));
        assertEquals(0, r.clipping().eventCount(), () -> "false clips: " + r.clipping().events());
        assertTrue(r.findings().stream().noneMatch(f -> f.kind() == FindingKind.DROPOUT), () -> "no clicks in a clean decode: " + r.findings());
    }

    private static float peak(float[] x) {
        float p = 0;
        for (float v : x) p = Math.max(p, Math.abs(v));
        return p;
    }

    private Path mp3(String name, float[] mono) throws IOException {
        Path target = dir.resolve(name);
        SinkFormat f = new SinkFormat(Codec.MP3, RATE, 1, 0, false, Mp3Settings.cbr(128), false);
        try (AudioSink sink = AudioSinks.open(target, f, ExportTags.none())) {
            int block = 4096;
            float[][] b = new float[1][block];
            for (int at = 0; at < mono.length; at += block) {
                int n = Math.min(block, mono.length - at);
                System.arraycopy(mono, at, b[0], 0, n);
                sink.write(b, n);
            }
        }
        return target;
    }

    private static Report analyze(Path file) throws IOException {
        return new FileAnalyzer().analyze(file, new AnalysisSettings(3, 0.0, null, -1.0), (done, total) -> { }, null);
    }
}
