package org.headroom.audio;

import javazoom.jl.decoder.Obuffer;

/**
 * Receives jlayer's synthesis-filter output for one frame as floats. jlayer's own SampleBuffer
 * clips to 16-bit shorts; a QC tool must see a lossy file's overshoot above full scale, so the
 * float values are kept as they are, only rescaled.
 */
final class Mp3FloatBuffer extends Obuffer {
    /** jlayer's Decoder builds its synthesis filters with this output scale (not 32768). */
    static final float JLAYER_SCALE = 32700f;
    private static final float TO_UNIT = 1f / JLAYER_SCALE;
    private static final int MAX_FRAME_SAMPLES = 1152;

    final float[][] samples = new float[2][MAX_FRAME_SAMPLES];
    final int[] count = new int[2];

    @Override
    public void appendSamples(int channel, float[] f) {
        if (channel < 0 || channel > 1) return;
        float[] dst = samples[channel];
        int at = count[channel];
        int n = Math.min(32, Math.min(f.length, MAX_FRAME_SAMPLES - at));
        for (int i = 0; i < n; i++) {
            float v = f[i] * TO_UNIT;
            dst[at + i] = Float.isFinite(v) ? v : 0f; // a damaged frame must not put NaN into the meters
        }
        count[channel] = at + n;
    }

    @Override
    public void append(int channel, short value) {
        // Only reached through Obuffer.appendSamples, which we override.
    }

    @Override
    public void clear_buffer() {
        count[0] = 0;
        count[1] = 0;
    }

    @Override
    public void write_buffer(int val) {
        // The source copies the frame out after decodeFrame returns.
    }

    @Override
    public void close() {
        // nothing to release
    }

    @Override
    public void set_stop_flag() {
        // no playback thread to stop
    }
}
