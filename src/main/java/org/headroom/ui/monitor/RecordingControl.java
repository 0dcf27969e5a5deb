package org.headroom.ui.monitor;

import java.io.IOException;
import java.nio.file.Path;

import org.headroom.audio.TakeInfo;

/**
 * What the window's Record button needs from the recorder. {@link #start} and {@link #stop}
 * create, finish and rename files, so they run in a SwingWorker; the readings are cheap and
 * safe to poll from the EDT's screen refresh.
 */
interface RecordingControl {
    /** Starts writing the running session's audio to {@code file}; the file is playable even after a crash. */
    void start(Path file, TakeInfo take) throws IOException;

    /** Stops and finalises the file (final header, renamed from {@code .recording}); returns the finished take. */
    Path stop() throws IOException;

    boolean isRecording();

    /** Seconds handed to the recorder so far in this take. */
    double recordedSeconds();

    /** Seconds of this format the disk still holds, as of the writer's last sync; +∞ when unknown or idle. */
    double secondsOfSpaceLeft();

    /** Why the writer gave up early (a full or failed disk), or null. */
    IOException failure();
}
