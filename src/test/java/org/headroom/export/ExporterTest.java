package org.headroom.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.headroom.analysis.AnalysisSettings;
import org.headroom.analysis.FileAnalyzer;
import org.headroom.analysis.ProgressListener;
import org.headroom.analysis.Report;
import org.headroom.audio.WavWriter;
import org.headroom.testsupport.TestSignals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExporterTest {
    @TempDir
    Path dir;

    private static ExportSettings plain(Codec codec, int bits) {
        return new ExportSettings(codec, null, null, bits, false, null, false, null, null);
    }

    private Path wav(String name, int rate, WavWriter.SampleFormat f, float[]... ch) throws IOException {
        Path p = dir.resolve(name);
        WavWriter.write(p, rate, f, ch);
        return p;
    }

    private static float[] codes(Random r, int n, int bits) {
        float[] x = new float[n];
        double scale = 1L << (bits - 1);
        for (int i = 0; i < n; i++) x[i] = (float) ((r.nextInt(1 << bits) - (1 << (bits - 1))) / scale);
        return x;
    }

    /** Property: a PCM source exported to WAV or FLAC of the same depth, untouched, reads back bit for bit. */
    @Test
    void untouchedPcmExportsAreBitExact() {
        AtomicInteger run = new AtomicInteger();
        qt().withExamples(24).forAll(integers().between(1, 2), integers().between(0, 3), integers().between(1, 30_000), longs().all())
                .checkAssert((channels, kind, frames, seed) -> {
                    try {
                        boolean flac = (kind & 1) == 1;
                        int bits = (kind & 2) == 0 ? 16 : 24;
                        Random r = new Random(seed);
                        float[][] x = new float[channels][];
                        for (int c = 0; c < channels; c++) x[c] = codes(r, frames, bits);
                        int rate = new int[] {44100, 48000, 96000}[r.nextInt(3)];
                        Path src = wav("s" + run.incrementAndGet() + ".wav", rate, bits == 16 ? WavWriter.SampleFormat.PCM_16 : WavWriter.SampleFormat.PCM_24, x);
                        Path out = dir.resolve("o" + run.get() + (flac ? ".flac" : ".wav"));
                        ExportResult res = new Exporter(plain(flac ? Codec.FLAC : Codec.WAV, bits)).export(src, out, ExportTags.none(), ExportMonitor.NONE);
                        assertFalse(res.dithered());
                        ReadBack back = ReadBack.of(out);
                        assertEquals(rate, back.format().sampleRate());
                        for (int c = 0; c < channels; c++) assertArrayEquals(x[c], back.samples()[c]);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    @Test
    void sixteenBitSourceIntoTwentyFourBitFlacIsBitExactToo() throws IOException {
        float[] x = codes(new Random(5), 10_000, 16);
        Path src = wav("s16.wav", 48000, WavWriter.SampleFormat.PCM_16, x);
        Path out = dir.resolve("o.flac");
        ExportResult res = new Exporter(plain(Codec.FLAC, 24)).export(src, out, ExportTags.none(), ExportMonitor.NONE);
        assertFalse(res.dithered());
        assertArrayEquals(x, ReadBack.of(out).samples()[0]);
    }

    @Test
    void reducingBitDepthDithersOntoTheGrid() throws IOException {
        float[] x = TestSignals.sine(48000, 1, 1000, -40);
        Path src = wav("f.wav", 48000, WavWriter.SampleFormat.FLOAT_32, x);
        Path out = dir.resolve("o16.wav");
        ExportResult res = new Exporter(plain(Codec.WAV, 16)).withDitherSeed(1).export(src, out, ExportTags.none(), ExportMonitor.NONE);
        assertTrue(res.dithered());
        float[] y = ReadBack.of(out).samples()[0];
        double err = 0;
        for (int i = 0; i < x.length; i++) err += Math.pow((y[i] - x[i]) * 32768, 2);
        assertEquals(0.25, err / x.length, 0.02, "TPDF error power in LSB²");
    }

    /** Normalisation lands on target within ±0.1 LU, true peak at or under the ceiling, both measured by the analysis engine. */
    @Test
    void normalisationHitsTheTargetUnderTheCeiling() throws IOException {
        Object[][] cases = {
                // source level, target, ceiling, codec, rate
                {-30.0, -23.0, -1.0, Codec.WAV, 48000},   // gain only
                {-30.0, -16.0, -1.0, Codec.WAV, 44100},   // gain and resampling
                {-12.0, -14.0, -1.0, Codec.FLAC, 48000},  // turned down
                {-30.0, -9.0, -1.0, Codec.WAV, 48000},    // the limiter has to work hard
        };
        for (Object[] c : cases) {
            float[] l = scaled(TestSignals.speechLike(48000, 30, 11), (double) c[0]);
            float[] r = scaled(TestSignals.speechLike(48000, 30, 12), (double) c[0]);
            Path src = wav("n.wav", 48000, WavWriter.SampleFormat.FLOAT_32, l, r);
            Path out = dir.resolve("n-out." + ((Codec) c[3]).extension());
            ExportSettings s = new ExportSettings((Codec) c[3], (Integer) c[4], null, 24, false, null, false, (Double) c[1], (Double) c[2]);
            new Exporter(s).export(src, out, ExportTags.none(), ExportMonitor.NONE);
            Report rep = analyse(out);
            String what = "source " + c[0] + " -> " + c[1] + " LUFS, " + c[3] + " " + c[4];
            assertEquals((double) c[1], rep.loudness().integratedLufs(), 0.1, what);
            assertTrue(rep.levels().truePeakDbtp() <= (double) c[2], what + ": true peak " + rep.levels().truePeakDbtp());
        }
    }

    private static float[] scaled(float[] x, double rmsDbfs) {
        double s = 0;
        for (float v : x) s += v * v;
        double k = Math.pow(10, rmsDbfs / 20) / Math.sqrt(s / x.length);
        float[] y = new float[x.length];
        for (int i = 0; i < x.length; i++) y[i] = (float) (x[i] * k);
        return y;
    }

    private static Report analyse(Path file) throws IOException {
        return new FileAnalyzer().analyze(file, new AnalysisSettings(3, 0, null, -1), ProgressListener.NONE, null);
    }

    @Test
    void mp3ExportReadsBackWithTheSourceDuration() throws IOException {
        for (int frames : new int[] {48000 * 7 + 123, 1000}) {
            float[] x = java.util.Arrays.copyOf(TestSignals.speechLike(48000, 8, 3), frames);
            Path src = wav("m.wav", 48000, WavWriter.SampleFormat.PCM_24, x, x);
            Path out = dir.resolve("m.mp3");
            ExportSettings s = new ExportSettings(Codec.MP3, 44100, 2, 0, false, Mp3Settings.cbr(192), false, -16.0, -1.5);
            ExportResult res = new Exporter(s).export(src, out, ExportTags.none(), ExportMonitor.NONE);
            long expected = (long) Math.ceil(frames * 44100.0 / 48000);
            assertEquals(expected, res.frames());
            ReadBack back = ReadBack.of(out);
            assertTrue(Math.abs(back.frames() - expected) <= 1152, back.frames() + " frames read, " + expected + " written");
        }
    }

    @Test
    void refusesToOverwriteItsSource() throws IOException {
        Path src = wav("same.wav", 48000, WavWriter.SampleFormat.PCM_16, codes(new Random(1), 1000, 16));
        byte[] before = Files.readAllBytes(src);
        Exporter e = new Exporter(plain(Codec.WAV, 16));
        assertThrows(TargetIsSourceException.class, () -> e.export(src, src, ExportTags.none(), ExportMonitor.NONE));
        assertThrows(TargetIsSourceException.class,
                () -> e.export(src, dir.resolve("x/../same.wav"), ExportTags.none(), ExportMonitor.NONE));
        Path link = Files.createSymbolicLink(dir.resolve("link.wav"), src);
        assertThrows(TargetIsSourceException.class, () -> e.export(src, link, ExportTags.none(), ExportMonitor.NONE));
        assertArrayEquals(before, Files.readAllBytes(src));
    }

    @Test
    void cancellingLeavesNoFileUnderTheTargetName() throws IOException {
        Path src = wav("c.wav", 48000, WavWriter.SampleFormat.PCM_16, TestSignals.speechLike(48000, 5, 1));
        for (Codec codec : Codec.values()) {
            Path out = dir.resolve("c-out." + codec.extension());
            ExportSettings s = new ExportSettings(codec, null, null, 16, false, codec == Codec.MP3 ? Mp3Settings.cbr(128) : null,
                    false, -16.0, -1.0);
            ExportMonitor cancelWhileWriting = new ExportMonitor() {
                boolean writing;

                @Override
                public void progress(String stage, long done, long total) {
                    writing = stage.equals("writing") && done > 48000;
                }

                @Override
                public boolean isCancelled() {
                    return writing;
                }
            };
            assertThrows(ExportCancelledException.class, () -> new Exporter(s).export(src, out, ExportTags.none(), cancelWhileWriting));
            assertFalse(Files.exists(out));
            try (Stream<Path> files = Files.list(dir)) {
                assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".part")), codec + " left a .part");
            }
        }
    }

    @Test
    void silenceIsExportedUntouched() throws IOException {
        Path src = wav("z.wav", 48000, WavWriter.SampleFormat.PCM_16, new float[48000]);
        Path out = dir.resolve("z-out.wav");
        ExportSettings s = new ExportSettings(Codec.WAV, null, null, 16, false, null, false, -23.0, -1.0);
        ExportResult res = new Exporter(s).export(src, out, ExportTags.none(), ExportMonitor.NONE);
        assertNull(res.normalisation().measuredLufs());
        assertEquals(48000, ReadBack.of(out).frames());
    }
}
