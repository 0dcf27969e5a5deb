package org.headroom.detect;

/**
 * Mains hum found in a recording.
 *
 * @param frequencyHz fundamental, near 50 or 60 Hz
 * @param levelDbfs   RMS of the fundamental and its harmonics together
 */
public record Hum(double frequencyHz, double levelDbfs) {
}
