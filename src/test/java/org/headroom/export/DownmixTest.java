package org.headroom.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.headroom.audio.ChannelMixSource;
import org.headroom.audio.ChannelRole;
import org.headroom.audio.WavWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ITU-R BS.775 downmix of surround sources, checked sample by sample against the standard's
 * equations computed here, and speaker masks kept when the channels are kept.
 */
class DownmixTest {
    /** Float WAV out: the only error is float32 rounding of a sum of a few terms, far below 1e-6. */
    private static final double FLOAT_SUM = 1e-6;
    private static final double G = Math.sqrt(0.5);
    private static final int RATE = 48000;
    private static final int FRAMES = 4800;

    @TempDir
    Path dir;

    private static ExportSettings floatWav(Integer channels) {
        return new ExportSettings(Codec.WAV, null, channels, 32, true, null, false, null, null);
    }

    private static float[] tone(double hz, double amp, double phase) {
        float[] x = new float[FRAMES];
        for (int i = 0; i < FRAMES; i++) x[i] = (float) (amp * Math.sin(2 * Math.PI * hz * i / RATE + phase));
        return x;
    }

    /** L R C LFE Ls Rs, each a different tone so a channel in the wrong place shows. */
    private static float[][] fiveOne(boolean centreOnly) {
        float[] silence = new float[FRAMES];
        float[] centre = tone(1000, 0.5, 0);
        float[] lfe = tone(60, 0.5, 0);
        if (centreOnly) return new float[][] {silence, silence, centre, lfe, silence, silence};
        return new float[][] {tone(300, 0.2, 0), tone(500, 0.2, 1), centre, lfe, tone(700, 0.2, 2), tone(900, 0.2, 3)};
    }

    private Path source(String name, float[][] x, long mask) throws IOException {
        Path p = dir.resolve(name);
        try (WavWriter w = WavWriter.create(p, RATE, x.length, WavWriter.SampleFormat.FLOAT_32, new byte[0], mask)) {
            w.write(x, FRAMES);
        }
        return p;
    }

    @Test
    void centreOnlyDialogueSurvivesTheStereoDownmixAtMinusThreeDbInEachChannel() throws IOException {
        float[][] x = fiveOne(true);
        Path src = source("centre.wav", x, 0x3F);
        ExportResult r = new Exporter(floatWav(2)).export(src, dir.resolve("st.wav"), ExportTags.none(), ExportMonitor.NONE);
        ReadBack back = ReadBack.of(dir.resolve("st.wav"));
        assertEquals(2, back.format().channels());
        for (int i = 0; i < FRAMES; i++) {
            assertEquals(G * x[2][i], back.samples()[0][i], FLOAT_SUM, "L' at " + i);
            assertEquals(G * x[2][i], back.samples()[1][i], FLOAT_SUM, "R' at " + i);
        }
        assertTrue(r.notes().stream().anyMatch(n -> n.startsWith("LFE not included in the downmix")), r.notes().toString());
    }

    @Test
    void centreOnlyDialogueSurvivesTheMonoDownmixAsTheMeanOfTheStereoPair() throws IOException {
        float[][] x = fiveOne(true);
        Path src = source("centre.wav", x, 0x3F);
        ExportResult r = new Exporter(floatWav(1)).export(src, dir.resolve("mono.wav"), ExportTags.none(), ExportMonitor.NONE);
        ReadBack back = ReadBack.of(dir.resolve("mono.wav"));
        assertEquals(1, back.format().channels());
        double peak = 0;
        for (int i = 0; i < FRAMES; i++) {
            assertEquals(G * x[2][i], back.samples()[0][i], FLOAT_SUM, "M at " + i);
            peak = Math.max(peak, Math.abs(back.samples()[0][i]));
        }
        assertEquals(0.5 * G, peak, 1e-3, "a 0.5 centre tone peaks at 0.354 (-3 dB) in mono; 1e-3: the sampled sine's crest");
        assertTrue(r.notes().stream().anyMatch(n -> n.startsWith("LFE not included in the downmix")), r.notes().toString());
    }

    @Test
    void everyChannelGoesWhereBs775SaysAndTheLfeNowhere() throws IOException {
        float[][] x = fiveOne(false);
        for (long mask : new long[] {0x3F, 0x60F}) {
            Path src = source("full" + mask + ".wav", x, mask);
            Path out = dir.resolve("full" + mask + "-st.wav");
            new Exporter(floatWav(2)).export(src, out, ExportTags.none(), ExportMonitor.NONE);
            ReadBack back = ReadBack.of(out);
            for (int i = 0; i < FRAMES; i++) {
                double l = x[0][i] + G * x[2][i] + G * x[4][i];
                double rr = x[1][i] + G * x[2][i] + G * x[5][i];
                assertEquals(l, back.samples()[0][i], FLOAT_SUM, "mask " + mask + " L' at " + i);
                assertEquals(rr, back.samples()[1][i], FLOAT_SUM, "mask " + mask + " R' at " + i);
            }
        }
    }

    @Test
    void quadLcrAndFiveZeroFoldTheirChannelsByRole() {
        float g = (float) G;
        assertEquals(List.of(1f, 0f, g, 0f), row(ChannelMixSource.matrix(ChannelRole.defaultLayout(4), 2)[0]), "quad L'");
        assertEquals(List.of(0f, 1f, 0f, g), row(ChannelMixSource.matrix(ChannelRole.defaultLayout(4), 2)[1]), "quad R'");
        assertEquals(List.of(1f, 0f, g), row(ChannelMixSource.matrix(ChannelRole.defaultLayout(3), 2)[0]), "LCR L'");
        assertEquals(List.of(1f, 0f, g, g, 0f), row(ChannelMixSource.matrix(ChannelRole.defaultLayout(5), 2)[0]), "5.0 L'");
        assertEquals(List.of(0.5f, 0.5f, g, g / 2, g / 2), row(ChannelMixSource.matrix(ChannelRole.defaultLayout(5), 1)[0]), "5.0 mono");
        assertEquals(List.of(), ChannelMixSource.notes(ChannelRole.defaultLayout(5), 2), "no LFE, nothing to say");
    }

    private static List<Float> row(float[] r) {
        Float[] boxed = new Float[r.length];
        for (int i = 0; i < r.length; i++) boxed[i] = r[i];
        return List.of(boxed);
    }

    @Test
    void aSideSurroundFiveOneKeepsItsMaskInWavAndFlac() throws IOException {
        float[][] x = fiveOne(false);
        Path src = source("side.wav", x, 0x60F);
        Path wav = dir.resolve("side-out.wav");
        new Exporter(new ExportSettings(Codec.WAV, null, null, 24, false, null, false, null, null))
                .export(src, wav, ExportTags.none(), ExportMonitor.NONE);
        assertEquals(0x60F, rawWavMask(wav), "the extensible header's dwChannelMask as written");
        assertEquals(0x60F, ReadBack.of(wav).format().channelMask());
        Path flac = dir.resolve("side-out.flac");
        new Exporter(new ExportSettings(Codec.FLAC, null, null, 24, false, null, false, null, null))
                .export(src, flac, ExportTags.none(), ExportMonitor.NONE);
        ReadBack back = ReadBack.of(flac);
        assertEquals(0x60F, back.format().channelMask(), "read back from the FLAC's channel-mask comment");
        assertEquals(6, back.format().channels());
        assertTrue(new String(Files.readAllBytes(flac), 0, 200, java.nio.charset.StandardCharsets.ISO_8859_1)
                .contains("WAVEFORMATEXTENSIBLE_CHANNEL_MASK=0x060F"), "the comment other readers look for");
        assertFramesFollowTheLastMetadataBlock(flac);
        for (int c = 0; c < 6; c++) {
            for (int i = 0; i < FRAMES; i += 97) assertEquals(x[c][i], back.samples()[c][i], 1.0 / (1 << 22), "24-bit FLAC, channel " + c);
        }
    }

    @Test
    void aBackSurroundFiveOneKeepsItsMaskToo() throws IOException {
        Path src = source("back.wav", fiveOne(false), 0x3F);
        Path flac = dir.resolve("back.flac");
        new Exporter(new ExportSettings(Codec.FLAC, null, null, 16, false, null, false, null, null))
                .export(src, flac, ExportTags.none(), ExportMonitor.NONE);
        assertEquals(0x3F, ReadBack.of(flac).format().channelMask());
    }

    /**
     * The FLAC's metadata chain read from the bytes: blocks from offset 4, each with a 24-bit
     * length, until the one flagged last; the first audio frame's sync code (0xFFF8, fixed block
     * size) must start right there, or a strict decoder (flac -t) fails.
     */
    private static void assertFramesFollowTheLastMetadataBlock(Path flac) throws IOException {
        byte[] b = Files.readAllBytes(flac);
        int p = 4;
        int blocks = 0;
        boolean last;
        do {
            last = (b[p] & 0x80) != 0;
            int len = (b[p + 1] & 0xff) << 16 | (b[p + 2] & 0xff) << 8 | (b[p + 3] & 0xff);
            p += 4 + len;
            blocks++;
        } while (!last && blocks < 100);
        assertEquals(0xFF, b[p] & 0xff, "frame sync after " + blocks + " metadata blocks, at " + p);
        assertEquals(0xF8, b[p + 1] & 0xfe, "frame sync after " + blocks + " metadata blocks, at " + p);
    }

    /** dwChannelMask straight from the bytes: the fmt chunk WavWriter writes sits at offset 48 (after RIFF and a 28-byte JUNK). */
    private static long rawWavMask(Path wav) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(wav)).order(ByteOrder.LITTLE_ENDIAN);
        for (int p = 12; p + 8 <= b.limit(); ) {
            String id = new String(new byte[] {b.get(p), b.get(p + 1), b.get(p + 2), b.get(p + 3)}, java.nio.charset.StandardCharsets.US_ASCII);
            int size = b.getInt(p + 4);
            if (id.equals("fmt ")) return b.getInt(p + 8 + 20) & 0xffffffffL;
            p += 8 + size + (size & 1);
        }
        throw new AssertionError("no fmt chunk");
    }
}
