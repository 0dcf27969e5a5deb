package org.headroom.analysis;

/**
 * Receives the loudness trace of a file while it is analysed: one call per 10 ms of audio,
 * in order, with {@code endSeconds} the end of the measuring window (0.01, 0.02, ...).
 * NaN means undefined: the window is not full yet, or it is digital silence.
 */
public interface LoudnessLogSink {
    void step(double endSeconds, double momentaryLufs, double shortTermLufs);
}
