package org.headroom.ui.monitor;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;

import org.headroom.analysis.LiveSession;
import org.headroom.audio.Recorder;
import org.headroom.audio.SourceFormat;
import org.headroom.audio.TakeInfo;
import org.headroom.audio.WavWriter;

/**
 * Records one live session: a {@link Recorder} on the session's block tap, the way
 * {@code headroom monitor --record} does. The capture thread meets this class only through
 * {@link Recorder#offer} and {@link #lostFrames}. start and stop block on the disk and are
 * called from SwingWorkers, one at a time.
 */
final class SessionRecorder implements RecordingControl, LiveSession.BlockTap {
    private final LiveSession session;
    private volatile Recorder recorder;
    /**
     * Frames lost by earlier takes of this session. The session remembers the highest loss its
     * tap ever reported, so a new take's count must continue from there or its dropouts go unseen.
     */
    private volatile long lostBefore;
    /** Set by a stop that found nothing to stop (the window closing mid-start): no take may begin after it. */
    private boolean finished;

    SessionRecorder(LiveSession session) {
        this.session = session;
    }

    @Override
    public synchronized void start(Path file, TakeInfo take) throws IOException {
        if (recorder != null) throw new IllegalStateException("already recording " + recorder.target());
        if (finished) throw new IOException("the monitor is closing; no new take");
        SourceFormat f = session.format();
        recorder = Recorder.start(file, f.sampleRate(), f.channels(), WavWriter.SampleFormat.keeping(f), take,
                LocalDateTime.now(), Recorder.DEFAULT_QUEUE_SECONDS, Recorder.DEFAULT_SYNC_SECONDS);
        session.setTap(this);
    }

    @Override
    public synchronized Path stop() throws IOException {
        Recorder r = recorder;
        if (r == null) {
            finished = true;
            return null;
        }
        session.setTap(null);
        try {
            r.close(); // takes no more blocks, writes what is queued, final header, rename
        } finally {
            recorder = null; // before adding its loss: counting it twice for a moment would log a dropout that is not there
            lostBefore += r.droppedFrames();
        }
        return r.target();
    }

    @Override
    public void offer(float[][] block, int frames) {
        Recorder r = recorder;
        if (r != null) r.offer(block, frames);
    }

    @Override
    public long lostFrames() {
        Recorder r = recorder;
        return lostBefore + (r == null ? 0 : r.droppedFrames());
    }

    @Override
    public boolean isRecording() {
        return recorder != null;
    }

    @Override
    public double recordedSeconds() {
        Recorder r = recorder;
        return r == null ? 0 : (double) r.framesOffered() / r.sampleRate();
    }

    @Override
    public double secondsOfSpaceLeft() {
        Recorder r = recorder;
        return r == null ? Double.POSITIVE_INFINITY : r.secondsOfSpaceLeft();
    }

    @Override
    public IOException failure() {
        Recorder r = recorder;
        return r == null ? null : r.failure();
    }
}
