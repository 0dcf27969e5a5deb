package org.headroom.edit;

import java.io.IOException;
import java.nio.file.Path;
import org.headroom.audio.AudioFiles;
import org.headroom.audio.AudioSource;

/**
 * Opens the source afresh, at its start. The renderer calls it when it must go back in the
 * source (a paste of earlier material) and for each pass of a two-pass effect, which is what
 * lets rendering stream instead of holding the file in memory.
 */
@FunctionalInterface
public interface SourceOpener {
    AudioSource open() throws IOException;

    static SourceOpener file(Path file) {
        return () -> AudioFiles.open(file);
    }
}
