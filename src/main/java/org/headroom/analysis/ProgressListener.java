package org.headroom.analysis;

/** Told how far a long analysis has got; called from the analysing thread, should return quickly. */
public interface ProgressListener {
    ProgressListener NONE = (done, total) -> { };

    /** @param framesTotal the frame count, or -1 when the file does not say before it is read */
    void progress(long framesDone, long framesTotal);
}
