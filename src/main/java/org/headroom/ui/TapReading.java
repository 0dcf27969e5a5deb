package org.headroom.ui;

/**
 * What the capture-side tap adds to a session's snapshot, published by swapping one reference:
 * both PPM types (so switching ballistics needs no restart) and the latest spectrum.
 *
 * @param frames   frames read so far when this was made
 * @param ppmI     PPM Type I reading per channel, dBFS
 * @param ppmIIa   PPM Type IIa reading per channel, dBFS
 * @param spectrum dB per FFT bin (bin k at k·sampleRate/4096 Hz), null before the first
 * @param binHz    width of one bin
 */
record TapReading(long frames, double[] ppmI, double[] ppmIIa, float[] spectrum, double binHz) {
}
