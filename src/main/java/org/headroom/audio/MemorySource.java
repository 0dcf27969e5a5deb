package org.headroom.audio;

/** An AudioSource over float arrays already in memory: generated signals, tests, clips. */
public final class MemorySource implements AudioSource {
    private final SourceFormat format;
    private final float[][] samples;
    private int position;

    /** @param samples {@code samples[channel][frame]}, all channels the same length; not copied */
    public MemorySource(SourceFormat format, float[][] samples) {
        if (samples.length != format.channels()) {
            throw new IllegalArgumentException(format.channels() + " channels in format, " + samples.length + " given");
        }
        this.samples = samples;
        this.format = format.withFrames(samples[0].length);
    }

    /** A 32-bit float source with the default layout, as a generator would give. */
    public static MemorySource of(int sampleRate, float[]... channels) {
        return new MemorySource(SourceFormat.pcm("generated", "IEEE float", sampleRate, channels.length, 32,
                channels[0].length), channels);
    }

    /** The arrays this source reads (not a copy): for opening the same audio again. */
    public float[][] samples() {
        return samples;
    }

    @Override
    public SourceFormat format() {
        return format;
    }

    @Override
    public int read(float[][] block) {
        int n = Math.min(block[0].length, samples[0].length - position);
        for (int ch = 0; ch < samples.length; ch++) {
            System.arraycopy(samples[ch], position, block[ch], 0, n);
        }
        position += n;
        return n;
    }

    @Override
    public long skip(long frames) {
        int n = (int) Math.min(Math.max(0, frames), samples[0].length - position);
        position += n;
        return n;
    }

    @Override
    public BitRate bitRate() {
        return BitRate.pcm(format.sampleRate(), format.bitsPerSample(), format.channels());
    }

    @Override
    public void close() {
        // nothing to release
    }
}
