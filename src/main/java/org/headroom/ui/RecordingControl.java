package org.headroom.ui;

import java.io.IOException;
import java.nio.file.Path;

/**
 * What the window's Record button needs from the recorder (package audio, built alongside).
 * Until an implementation lands the button stays disabled and says why; the window never
 * fakes a recording.
 */
interface RecordingControl {
    /** Starts writing the running session's audio to {@code file}; the file is playable even after a crash. */
    void start(Path file) throws IOException;

    /** Stops and finalises the file. */
    void stop() throws IOException;

    boolean isRecording();

    /** Seconds written so far. */
    double recordedSeconds();
}
