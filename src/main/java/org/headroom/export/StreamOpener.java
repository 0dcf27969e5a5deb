package org.headroom.export;

import java.io.IOException;

import org.headroom.audio.AudioSource;

/** Opens a fresh copy of a stream from its start: one call per pass over the audio. */
@FunctionalInterface
public interface StreamOpener {
    AudioSource open() throws IOException;
}
