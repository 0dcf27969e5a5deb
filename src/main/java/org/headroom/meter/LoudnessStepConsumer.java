package org.headroom.meter;

/** Receives the loudness history one 10 ms step at a time (see {@link LoudnessMeter#drainSteps}). */
@FunctionalInterface
public interface LoudnessStepConsumer {
    /**
     * @param endSeconds    time of the end of the step from the start of the stream
     * @param momentaryLufs momentary loudness of the 400 ms ending there, NaN when undefined
     * @param shortTermLufs short-term loudness of the 3 s ending there, NaN when undefined
     */
    void step(double endSeconds, double momentaryLufs, double shortTermLufs);
}
