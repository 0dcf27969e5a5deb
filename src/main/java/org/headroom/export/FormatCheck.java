package org.headroom.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.headroom.audio.SourceFormat;

/**
 * The format half of an export's delivery check: does the written file, as the readers see
 * it, have the codec, rate, channels, bit depth and bit rate the export asked for, and is it
 * free of clipping? An export that clips fails whatever its loudness: a lossy source that
 * peaked over full scale, written to integer PCM, is cut flat at full scale. (The loudness half
 * is the delivery preset's check on the analysed file.)
 */
public final class FormatCheck {
    /** A CBR file's measured average counts as its nominal rate within this much (headers and the tag frame). */
    static final double BITRATE_TOLERANCE = 0.02;

    /** One figure: what was asked, what the file has. */
    public record Item(String figure, String expected, String actual, boolean passed) {
    }

    private FormatCheck() {
    }

    /**
     * @param container   the written file's container as the reader names it ("WAV", "BWF", "RF64", "FLAC", "MP3")
     * @param encoding    "PCM", "IEEE float", "FLAC", "MP3"
     * @param bits        bits per sample, null for lossy files
     * @param kbps        measured bit rate, or null
     * @param bitRateMode "PCM", "CBR" or "VBR", or null
     * @param clipEvents  clip events the analysis of the written file found
     * @param clippedSamples samples in them
     */
    public static List<Item> check(SinkFormat want, String container, String encoding, int sampleRate, int channels,
                                   Integer bits, Double kbps, String bitRateMode, int clipEvents, long clippedSamples) {
        List<Item> items = new ArrayList<>();
        String actualCodec = SourceFormat.codecName(container, encoding, " ");
        items.add(new Item("codec", describe(want), actualCodec, codecMatches(want, container, encoding)));
        items.add(new Item("sampleRate", want.sampleRate() + " Hz", sampleRate + " Hz", want.sampleRate() == sampleRate));
        items.add(new Item("channels", Integer.toString(want.channels()), Integer.toString(channels), want.channels() == channels));
        if (want.codec() != Codec.MP3) {
            items.add(new Item("bitsPerSample", Integer.toString(want.bitsPerSample()), bits == null ? "none" : bits.toString(),
                    bits != null && bits == want.bitsPerSample()));
        } else {
            Mp3Settings m = want.mp3();
            String mode = bitRateMode == null ? "?" : bitRateMode;
            if (m.vbr()) {
                items.add(new Item("bitRate", "VBR -V" + m.vbrQuality(), mode + (kbps == null ? "" : String.format(Locale.ROOT, " %.0f kbit/s", kbps)),
                        "VBR".equals(bitRateMode)));
            } else {
                boolean near = kbps != null && Math.abs(kbps - m.bitrateKbps()) <= m.bitrateKbps() * BITRATE_TOLERANCE;
                items.add(new Item("bitRate", "CBR " + m.bitrateKbps() + " kbit/s",
                        mode + (kbps == null ? "" : String.format(Locale.ROOT, " %.1f kbit/s", kbps)), "CBR".equals(bitRateMode) && near));
            }
        }
        items.add(new Item("clipping", "none", clipEvents == 0 ? "none"
                : String.format(Locale.ROOT, "%d events, %d samples", clipEvents, clippedSamples), clipEvents == 0));
        return items;
    }

    static String describe(SinkFormat f) {
        switch (f.codec()) {
            case WAV: return (f.bwf() ? "BWF" : "WAV") + (f.floatSamples() ? " IEEE float" : " PCM");
            case FLAC: return "FLAC";
            default: return "MP3";
        }
    }

    private static boolean codecMatches(SinkFormat f, String container, String encoding) {
        switch (f.codec()) {
            case WAV:
                boolean wav = f.bwf() ? container.equals("BWF") || container.equals("RF64") : container.equals("WAV") || container.equals("BWF") || container.equals("RF64");
                return wav && encoding.equals(f.floatSamples() ? "IEEE float" : "PCM");
            case FLAC: return container.equals("FLAC");
            default: return container.equals("MP3") && encoding.equals("MP3");
        }
    }
}
