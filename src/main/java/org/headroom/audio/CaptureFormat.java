package org.headroom.audio;

import java.util.Locale;

/**
 * A PCM capture format as a person asks for it: {@code 48000:24:2}. Devices may leave the rate
 * or the channel count open ({@link #ANY}); a request never does.
 *
 * @param sampleRate frames per second, or {@link #ANY}
 * @param bits       16, 24 or 32 (signed integer PCM)
 * @param channels   channel count, or {@link #ANY}
 */
public record CaptureFormat(int sampleRate, int bits, int channels) {
    /** The device accepts any value here (javax.sound's NOT_SPECIFIED). */
    public static final int ANY = -1;

    /** What the live monitor asks for when the preset says nothing else. */
    public static final CaptureFormat DEFAULT = new CaptureFormat(48000, 24, 2);

    public CaptureFormat {
        if (bits != 16 && bits != 24 && bits != 32) {
            throw new IllegalArgumentException("bits must be 16, 24 or 32: " + bits);
        }
        if (sampleRate <= 0 && sampleRate != ANY) throw new IllegalArgumentException("bad sample rate: " + sampleRate);
        if (channels <= 0 && channels != ANY) throw new IllegalArgumentException("bad channel count: " + channels);
    }

    /** Parses {@code RATE:BITS:CHANNELS}, the form of {@code --format}. */
    public static CaptureFormat parse(String text) {
        String[] parts = text.trim().split(":");
        if (parts.length != 3) {
            throw new IllegalArgumentException("format must be RATE:BITS:CHANNELS, e.g. 48000:24:2, not '" + text + "'");
        }
        try {
            int rate = Integer.parseInt(parts[0].trim());
            int bits = Integer.parseInt(parts[1].trim());
            int channels = Integer.parseInt(parts[2].trim());
            if (rate <= 0 || channels <= 0) {
                throw new IllegalArgumentException("format needs a positive rate and channel count: '" + text + "'");
            }
            return new CaptureFormat(rate, bits, channels);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("format must be RATE:BITS:CHANNELS in whole numbers, not '" + text + "'", e);
        }
    }

    public boolean isConcrete() {
        return sampleRate != ANY && channels != ANY;
    }

    /** This format with open fields taken from {@code request}. */
    public CaptureFormat fillFrom(CaptureFormat request) {
        return new CaptureFormat(sampleRate == ANY ? request.sampleRate : sampleRate, bits,
                channels == ANY ? request.channels : channels);
    }

    /** "48 kHz/24-bit", the way the notices and the format chooser say it. */
    public String rateAndBits() {
        return rateText() + "/" + bits + "-bit";
    }

    private String rateText() {
        if (sampleRate == ANY) return "any rate";
        double khz = sampleRate / 1000.0;
        return (khz == Math.rint(khz) ? String.valueOf((int) khz) : String.format(Locale.ROOT, "%.1f", khz)) + " kHz";
    }

    @Override
    public String toString() {
        return (sampleRate == ANY ? "any" : String.valueOf(sampleRate)) + ":" + bits + ":"
                + (channels == ANY ? "any" : String.valueOf(channels));
    }
}
