package org.headroom.edit;

/**
 * A suggested place to cut, found by {@link PauseFinder}.
 *
 * @param seconds       where to cut: the middle of the quiet stretch, on the source's timeline
 * @param levelDbfs     the stretch's RMS level (dBFS); −∞ for digital silence
 * @param lengthSeconds how long it stays quiet
 * @param kind          a pause between phrases, or a short dip between words
 */
public record EditPoint(double seconds, double levelDbfs, double lengthSeconds, Kind kind) {
    public enum Kind {
        /** At least {@link PauseFinder#MIN_PAUSE_SECONDS} quiet: a cut here lands between phrases. */
        PAUSE,
        /** A shorter quiet moment, typically between words. */
        DIP
    }
}
