package org.headroom.export;

import org.headroom.dsp.Resampler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.headroom.testsupport.TestSignals;

/**
 * Encoder speed, not a unit test: a generated programme (speech-like, stereo) pushed through
 * each sink, timed, as multiples of real time, then a whole normalised MP3 export. Arguments:
 * seconds (default 600), rate (48000), and "export" for the whole export alone.
 * Run: mvn -q -o test-compile && java -cp target/test-classes:target/classes:$(deps) org.headroom.export.ExportBench
 */
public final class ExportBench {
    private ExportBench() {
    }

    /**
     * A whole export as the podcast preset makes it (-16 LUFS, -2 dBTP, MP3 CBR 192): measuring
     * passes, limiter, encode and, since the encode is read back, the check and any second encode.
     * The programme is bright (speech over white noise), the case where the check corrects.
     */
    private static void normalisedMp3(Path dir, int seconds, int rate) throws Exception {
        float[] noiseL = TestSignals.whiteNoise(rate, 60, -30, 3);
        float[] noiseR = TestSignals.whiteNoise(rate, 60, -30, 4);
        float[] l = TestSignals.mix(TestSignals.speechLike(rate, 60, -24, 1), noiseL);
        float[] r = TestSignals.mix(TestSignals.speechLike(rate, 60, -24, 2), noiseR);
        float[][] all = new float[2][seconds * rate];
        for (int at = 0; at < all[0].length; at += l.length) {
            int n = Math.min(l.length, all[0].length - at);
            System.arraycopy(l, 0, all[0], at, n);
            System.arraycopy(r, 0, all[1], at, n);
        }
        Path src = dir.resolve("bright.wav");
        org.headroom.audio.WavWriter.write(src, rate, org.headroom.audio.WavWriter.SampleFormat.PCM_24, all);
        all = null;
        Path target = dir.resolve("bright.mp3");
        ExportSettings settings = new ExportSettings(Codec.MP3, 44100, 2, 0, false, new Mp3Settings(false, 192, 4, 5), false, -16.0, -2.0);
        long t0 = System.nanoTime();
        new Exporter(settings).withDitherSeed(1).export(src, target, ExportTags.none(), ExportMonitor.NONE);
        double s = (System.nanoTime() - t0) / 1e9;
        double lufs = new org.headroom.analysis.FileAnalyzer().analyze(target, new org.headroom.analysis.AnalysisSettings(3, 0, null, -2),
                org.headroom.analysis.ProgressListener.NONE, null).loudness().integratedLufs();
        System.out.printf(Locale.ROOT, "export MP3 192 to -16 LUFS %6.1f s for %d s of bright stereo = %6.1f x real time, reads %.2f LUFS%n",
                s, seconds, seconds / s, lufs);
        Files.delete(src);
        Files.delete(target);
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 600;
        int rate = args.length > 1 ? Integer.parseInt(args[1]) : 48000;
        if (args.length > 2 && args[2].equals("export")) { // only the whole normalised MP3 export
            Path dir = Files.createTempDirectory("headroom-bench");
            normalisedMp3(dir, seconds, rate);
            Files.delete(dir);
            return;
        }
        // one minute of material, repeated: generating ten minutes would dominate the run
        float[][] minute = {TestSignals.speechLike(rate, 60, 1), TestSignals.speechLike(rate, 60, 2)};
        Path dir = Files.createTempDirectory("headroom-bench");
        SinkFormat[] formats = {
                new SinkFormat(Codec.WAV, rate, 2, 24, false, null, false),
                new SinkFormat(Codec.FLAC, rate, 2, 16, false, null, false),
                new SinkFormat(Codec.FLAC, rate, 2, 24, false, null, false),
                new SinkFormat(Codec.MP3, rate, 2, 0, false, new Mp3Settings(false, 192, 4, 2), false),
                new SinkFormat(Codec.MP3, rate, 2, 0, false, new Mp3Settings(false, 192, 4, 5), false),
                new SinkFormat(Codec.MP3, rate, 2, 0, false, new Mp3Settings(false, 192, 4, 7), false),
                new SinkFormat(Codec.MP3, rate, 2, 0, false, new Mp3Settings(true, 128, 4, 5), false),
        };
        for (SinkFormat f : formats) {
            Path target = dir.resolve("bench." + f.codec().extension());
            float[][] block = new float[2][4096];
            TpdfDither dither = f.isIntegerPcm() ? new TpdfDither(f.bitsPerSample(), 1) : null;
            long t0 = System.nanoTime();
            try (AudioSink sink = AudioSinks.open(target, f, ExportTags.none())) {
                long total = (long) seconds * rate;
                for (long done = 0; done < total; ) {
                    int n = (int) Math.min(4096, total - done);
                    int at = (int) (done % minute[0].length);
                    n = Math.min(n, minute[0].length - at);
                    for (int c = 0; c < 2; c++) System.arraycopy(minute[c], at, block[c], 0, n);
                    if (dither != null) dither.process(block, n);
                    sink.write(block, n);
                    done += n;
                }
            }
            double s = (System.nanoTime() - t0) / 1e9;
            String what = f.codec() + (f.mp3() == null ? " " + f.bitsPerSample() + "-bit" : f.mp3().vbr() ? " VBR -V" + f.mp3().vbrQuality() + " -q" + f.mp3().encoderQuality() : " CBR " + f.mp3().bitrateKbps() + " -q" + f.mp3().encoderQuality());
            System.out.printf(Locale.ROOT, "%-24s %6.1f s for %d s of %d Hz stereo = %6.1f x real time, %.1f MB%n",
                    what, s, seconds, rate, seconds / s, Files.size(target) / 1e6);
            Files.delete(target);
        }
        float[][] in = {minute[0], minute[1]};
        for (int out : new int[] {44100, 96000}) {
            Resampler r = new Resampler(rate, out, 2);
            float[][] o = new float[2][r.maxOutput(4096)];
            float[][] b = new float[2][4096];
            long t0 = System.nanoTime();
            for (int at = 0; at + 4096 <= in[0].length; at += 4096) {
                for (int c = 0; c < 2; c++) System.arraycopy(in[c], at, b[c], 0, 4096);
                r.process(b, 4096, o);
            }
            double s = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "resample %d -> %d       %6.1f x real time%n", rate, out, 60 / s);
        }
        normalisedMp3(dir, seconds, rate);
        // the true-peak limiter's speed is measured by org.headroom.edit.RenderBench, where it now lives
        Files.delete(dir);
    }
}
