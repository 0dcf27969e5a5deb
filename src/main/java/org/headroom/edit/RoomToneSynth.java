package org.headroom.edit;

import java.io.IOException;
import java.util.Locale;
import org.headroom.audio.AudioSource;
import org.headroom.detect.NoiseAnalyzer;
import org.headroom.dsp.ShapedNoise;
import org.headroom.dsp.Spectrum;

/**
 * The room tone that silence fills and pauses are made of: noise with the averaged spectrum of a
 * stretch of the source ({@link ShapedNoise}), so a long fill never repeats audibly as a looped
 * sample would. The stretch is the edit list's {@link Edit.RoomTone}, or else the quietest second
 * of the source, found by the noise floor's rule (digital silence is not room tone).
 *
 * @param start  first source frame of the sample
 * @param end    end of the sample (exclusive)
 * @param chosen true when the edit list named the stretch, false for the quietest second
 */
record RoomToneSynth(ShapedNoise noise, long start, long end, int sampleRate, boolean chosen) {
    /** Seeds: the fills follow source positions, each pause has its own, so no two stretches are the same noise. */
    static final long FILL_SEED = 0x5EED_F111L;
    /** Frequency resolution of the shaping: about 43 ms frames, 23 Hz bins at 48 kHz. */
    private static final double FRAME_SECONDS = 0.043;
    static final double DEFAULT_SECONDS = 1.0;

    /** The sample [start, end) of the source, averaged into a spectrum. */
    static RoomToneSynth of(SourceOpener source, int channels, int sampleRate, long start, long end, boolean chosen)
            throws IOException {
        int frames = (int) Math.min(end - start, 60L * sampleRate); // a minute is plenty for an average
        float[][] sample = new float[channels][frames];
        try (AudioSource s = source.open()) {
            if (s.skip(start) < start) throw new IOException("the source ended before the room tone at frame " + start);
            int done = 0;
            float[][] block = new float[channels][Math.min(Renderer.BLOCK, frames)];
            while (done < frames) {
                int got = s.read(block);
                if (got == 0) break;
                int n = Math.min(got, frames - done);
                for (int c = 0; c < channels; c++) System.arraycopy(block[c], 0, sample[c], done, n);
                done += n;
            }
            frames = done;
        }
        int size = Spectrum.sizeFor(sampleRate, FRAME_SECONDS, 256, 8192);
        Spectrum spectrum = new Spectrum(size);
        return new RoomToneSynth(new ShapedNoise(ShapedNoise.measure(sample, Math.max(1, frames), spectrum), FILL_SEED),
                start, start + frames, sampleRate, chosen);
    }

    /** The quietest {@value #DEFAULT_SECONDS} s of the source, or its start when it is shorter or all digital silence. */
    static long[] quietestSecond(SourceOpener source, int channels, int sampleRate, long sourceFrames) throws IOException {
        long length = Math.min(sourceFrames, Math.round(DEFAULT_SECONDS * sampleRate));
        NoiseAnalyzer quiet = NoiseAnalyzer.quietestStretch(channels, sampleRate, DEFAULT_SECONDS);
        try (AudioSource s = source.open()) {
            float[][] block = new float[channels][Renderer.BLOCK];
            for (int n; (n = s.read(block)) > 0; ) quiet.accept(block, n);
        }
        long start = Math.max(0, quiet.quietestStartFrame());
        return new long[] {start, Math.min(sourceFrames, start + length)};
    }

    /** A generator for one stream (it keeps caches): the fills' noise, or with another seed a pause's own. */
    ShapedNoise noiseFor(long seed) {
        return noise.withSeed(seed);
    }

    /** What the result says about the room tone, e.g. "room tone: 12.340–13.340 s (the quietest second)". */
    String describe() {
        return String.format(Locale.ROOT, "room tone: %.3f-%.3f s (%s)", (double) start / sampleRate, (double) end / sampleRate,
                chosen ? "from the edit list" : "the quietest second of the source");
    }
}
