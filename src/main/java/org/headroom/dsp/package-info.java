/** Pure DSP building blocks, each formula once: the windowed FFT power spectrum and its scale, the decimated low-band spectrum, decimation. */
package org.headroom.dsp;
