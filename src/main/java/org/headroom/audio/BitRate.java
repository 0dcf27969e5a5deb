package org.headroom.audio;

/**
 * A stream's bit rate.
 *
 * @param kbps average kilobits per second (1 kbit = 1000 bits)
 * @param mode PCM, CBR or VBR
 */
public record BitRate(double kbps, Mode mode) {
    public enum Mode { PCM, CBR, VBR }

    /** sample rate × bits × channels, the bit rate of uncompressed audio. */
    public static BitRate pcm(int sampleRate, int bitsPerSample, int channels) {
        return new BitRate((double) sampleRate * bitsPerSample * channels / 1000.0, Mode.PCM);
    }
}
