/**
 * Pure DSP building blocks, each formula in one place: the inter-sample-peak scanner and its
 * oversampling filter, the Kaiser window and windowed sinc, the biquad (design, loop,
 * response), float↔integer sample conversion, the denormal policy and drift-free running sums.
 * Arrays and numbers in, numbers out: no I/O, no javax.sound, no Swing or AWT. Meters, detectors,
 * the editor and the exporter compute with these instead of keeping copies.
 */
package org.headroom.dsp;
