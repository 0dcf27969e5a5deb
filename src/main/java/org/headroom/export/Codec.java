package org.headroom.export;

import java.util.Locale;

/** The file types an export writes. */
public enum Codec {
    WAV("wav"), FLAC("flac"), MP3("mp3");

    private final String extension;

    Codec(String extension) {
        this.extension = extension;
    }

    /** The file name extension without the dot, e.g. "flac". */
    public String extension() {
        return extension;
    }

    /** "wav", "WAV", "flac", "mp3"; null for anything else. */
    public static Codec parse(String name) {
        for (Codec c : values()) {
            if (c.name().equals(name.toUpperCase(Locale.ROOT))) return c;
        }
        return null;
    }
}
