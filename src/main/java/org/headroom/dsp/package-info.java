/**
 * Pure DSP building blocks, each formula in one place: the inter-sample-peak scanner and its
 * oversampling filter, the Kaiser window and windowed sinc, decimation, the windowed FFT power
 * spectrum with its stated scale (and its decimated low band, so hum and wind resolve the same
 * few hertz at every sample rate), the biquad (design, loop, response), float↔integer sample
 * conversion, the denormal policy and drift-free running sums, sample-rate conversion (the
 * polyphase resampler the exporter and the editor's layers share) and spectrum-shaped noise (the
 * editor's room tone). Arrays and numbers in, numbers
 * out: no I/O, no javax.sound, no Swing or AWT. Meters, detectors, the editor and the exporter
 * compute with these instead of keeping copies.
 */
package org.headroom.dsp;
