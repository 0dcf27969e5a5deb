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

    /** The rates a device that leaves its rate open is offered and tried at, the most used first. */
    public static final java.util.List<Integer> COMMON_RATES = java.util.List.of(48000, 44100, 96000, 88200, 32000);

    /**
     * The concrete formats this one stands for: itself with open fields from {@code request}, and
     * when the rate is open, each of {@link #COMMON_RATES} as well (a device that takes any rate
     * can be asked for 96 kHz, not only the request's 48).
     */
    public java.util.List<CaptureFormat> concrete(CaptureFormat request) {
        java.util.Set<CaptureFormat> out = new java.util.LinkedHashSet<>();
        CaptureFormat filled = fillFrom(request);
        out.add(filled);
        if (sampleRate == ANY) for (int rate : COMMON_RATES) out.add(new CaptureFormat(rate, bits, filled.channels));
        return java.util.List.copyOf(out);
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
