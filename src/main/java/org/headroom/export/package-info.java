/**
 * Exporting: encoders as sinks (WAV/BWF, FLAC, MP3), resampling, dither, delivery presets.
 * Loudness normalisation is the editor's {@code NormaliseLoudness} edit rendered by
 * {@code edit.Renderer}: export uses edit, never the other way round.
 */
package org.headroom.export;
