package org.headroom.export;

import java.io.IOException;

/**
 * The loudness step of an export, pluggable: given a way to open the (converted) stream as
 * often as it needs, returns the stream to encode. {@link LoudnessNormaliser} is the two-pass
 * gain + true-peak limiter; the editor's normaliser can stand in for it.
 */
public interface Normaliser {
    /** Leaves the audio as it is. */
    Normaliser NONE = (input, monitor) -> new Normalised(input.open(), null);

    Normalised apply(StreamOpener input, ExportMonitor monitor) throws IOException;
}
