package org.headroom.export;

/** Told how an export goes, and asked whether to stop. Called on the exporting thread; return quickly. */
public interface ExportMonitor {
    ExportMonitor NONE = (stage, done, total) -> { };

    /**
     * @param stage "measuring", "checking the limiter" (the renderer's normalisation passes), "writing": one pass over the audio each
     * @param total frames in the pass, or -1 when not known
     */
    void progress(String stage, long framesDone, long framesTotal);

    /** Polled between blocks; true stops the export, deletes its temporary file and throws {@link ExportCancelledException}. */
    default boolean isCancelled() {
        return false;
    }
}
