/** Exporting: encoders as sinks (WAV/BWF, FLAC, MP3), loudness normalisation with a true-peak limiter, resampling, dither, atomic writing. */
package org.headroom.export;
