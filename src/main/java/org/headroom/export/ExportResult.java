package org.headroom.export;

import java.nio.file.Path;

/**
 * What an export wrote.
 *
 * @param target        the file, now complete under its name
 * @param format        its format
 * @param frames        frames written
 * @param dithered      whether TPDF dither was added on the way to integer samples
 * @param normalisation what the normaliser measured and did, or null when it did nothing
 */
public record ExportResult(Path target, SinkFormat format, long frames, boolean dithered,
                           Normalised.Normalisation normalisation) {
}
