package org.headroom.export;

import java.nio.file.Path;
import org.headroom.testsupport.TestSignals;

/** Scratch: writes probe files for hand checks with ffmpeg and flac. */
public final class Mp3Probe {
    public static void main(String[] a) throws Exception {
        int frames = 44100 * 5;
        float[][] x = TestSignals.channels(TestSignals.sine(44100, 5, 1000, -6), 2);
        for (int ch = 1; ch <= 2; ch++) {
            float[][] y = ch == 1 ? new float[][] {x[0]} : x;
            try (AudioSink s = AudioSinks.open(Path.of("/tmp/probe" + ch + ".mp3"), new SinkFormat(Codec.MP3, 44100, ch, 0, false, Mp3Settings.cbr(192), false), ExportTags.none())) {
                s.write(y, frames);
            }
        }
        float[][] r = new float[2][48000 * 3];
        java.util.Random rnd = new java.util.Random(1);
        for (float[] c : r) for (int i = 0; i < c.length; i++) c[i] = (float) (Math.rint((rnd.nextDouble() * 2 - 1) * 8388607) / 8388608.0 * 0.5);
        try (AudioSink s = AudioSinks.open(Path.of("/tmp/probe24.flac"), new SinkFormat(Codec.FLAC, 48000, 2, 24, false, null, false), ExportTags.none())) {
            s.write(r, r[0].length);
        }
    }
}
