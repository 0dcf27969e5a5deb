/**
 * The effects and clean-up algorithms of the editor, pure like the rest of dsp (arrays and numbers
 * in and out, java.* and TarsosDSP only): noise reduction, clip repair, compressor, speech
 * leveller and reverberation. Each runs on blocks of any size and gives the same samples however
 * a stream is cut into blocks; one that must look ahead says how far ({@link
 * org.headroom.dsp.effects.BlockEffect#latency()}) so its caller can put every sample back where it was.
 */
package org.headroom.dsp.effects;
