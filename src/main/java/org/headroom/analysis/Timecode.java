package org.headroom.analysis;

/** Times as people read them in a sound report: h:mm:ss.mmm, the editor's default {@link TimeFormat}. */
public final class Timecode {
    private Timecode() {
    }

    /** 83.5 → "0:01:23.500"; undefined or negative times → "—". */
    public static String format(double seconds) {
        return TimeFormat.clock(seconds);
    }
}
