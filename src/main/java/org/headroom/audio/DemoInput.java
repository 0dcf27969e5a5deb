package org.headroom.audio;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The demo input: a bundled take (speech, pauses, a clipped shout and mains hum) played in
 * real time, looping, as if it came from a sound card. The monitor opens on it where no
 * capture device exists, so it always shows working meters.
 */
public final class DemoInput {
    public static final String NAME = "Demo input (bundled take, played live)";
    /** What a recording of the demo says in its bext description, so no one takes it for a take of theirs. */
    public static final String TAKE_DESCRIPTION = "Headroom demo take (bundled audio played as if live), not a recording of this session";
    static final String RESOURCE = "/demo/dialogue-clipped-hum-48000-2-24.wav";

    private DemoInput() {
    }

    /** The demo take as a looping, real-time source. */
    public static AudioSource open() throws IOException {
        Path file = extracted();
        return new PacedSource(() -> AudioFiles.open(file), true);
    }

    /**
     * The readers work on files, so the take is copied out of the jar once per run into a
     * temporary file that is deleted when the JVM exits.
     */
    private static synchronized Path extracted() throws IOException {
        if (extractedFile != null && Files.isRegularFile(extractedFile)) return extractedFile;
        try (InputStream in = DemoInput.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IOException("the demo take is missing from this build (" + RESOURCE + ")");
            Path tmp = Files.createTempFile("headroom-demo-", ".wav");
            tmp.toFile().deleteOnExit();
            Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            extractedFile = tmp;
            return tmp;
        }
    }

    private static Path extractedFile;
}
