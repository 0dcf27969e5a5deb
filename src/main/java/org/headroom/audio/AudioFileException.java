package org.headroom.audio;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A file that cannot be read as audio. The message is one line a user can act on and always
 * starts with the file's name: {@code "interview.wav: not a WAV file (starts with 'ID3')"}.
 */
public class AudioFileException extends IOException {
    private static final long serialVersionUID = 1L;

    public AudioFileException(Path file, String reason) {
        super(file.getFileName() + ": " + reason);
    }

    public AudioFileException(Path file, String reason, Throwable cause) {
        super(file.getFileName() + ": " + reason, cause);
    }
}
