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

    /**
     * The demo take as a looping, real-time source. Each loop is cut to a whole number of 10 ms
     * steps (the grid the loudness meter and the detectors frame audio on), so every loop is
     * framed exactly as {@code analyze} frames the take and says the same: the take is
     * 471 484 frames, and looping all of them shifted the grid by 124 samples a loop, which
     * tipped the click rule on the shout into a DROPOUT on the second loop.
     */
    public static AudioSource open() throws IOException {
        MemorySource take = oneLoop();
        return new PacedSource(() -> new MemorySource(take.format(), take.samples()), true);
    }

    /** One loop of the demo as {@link #open()} plays it, unpaced. */
    public static MemorySource oneLoop() throws IOException {
        return wholeSteps(extracted());
    }

    private static MemorySource wholeSteps(Path file) throws IOException {
        try (AudioSource in = AudioFiles.open(file)) {
            SourceFormat f = in.format();
            int step = Math.max(1, f.sampleRate() / 100);
            int frames = (int) (f.frames() / step * step);
            float[][] samples = new float[f.channels()][frames];
            float[][] block = new float[f.channels()][step];
            for (int at = 0; at < frames; at += step) {
                int n = in.read(block);
                if (n < step) throw new IOException("the demo take ended early at frame " + (at + n));
                for (int c = 0; c < samples.length; c++) System.arraycopy(block[c], 0, samples[c], at, step);
            }
            return new MemorySource(f, samples);
        }
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
