package org.headroom.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.headroom.audio.PartFile;
import org.headroom.audio.WavWriter;
import org.headroom.testsupport.TestSignals;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every file Headroom writes gets the mode any program's new file gets in that folder (0666
 * less the umask), not 0600: the reference is a file made here with {@link Files#createFile},
 * to which the system applies this process's umask.
 */
class OutputModeTest {
    @TempDir
    Path dir;
    private Path speech;
    private Set<PosixFilePermission> expected;

    @BeforeEach
    void setUp() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "modes are a POSIX matter");
        Path probe = Files.createFile(dir.resolve("made-by-createFile"));
        expected = Files.getPosixFilePermissions(probe);
        assumeTrue(!expected.equals(PosixFilePermissions.fromString("rw-------")),
                "under umask 077 every file is 0600 and the test could not tell the difference");
        speech = dir.resolve("speech.wav");
        float[] x = TestSignals.speechLike(48000, 6, 3);
        for (int i = 0; i < x.length; i++) x[i] *= 0.3f;
        WavWriter.write(speech, 48000, WavWriter.SampleFormat.PCM_24, new float[][] {x, x});
    }

    private int run(String... args) {
        return HeadroomCommand.run(args, TestContexts.capturing(new StringWriter(), new StringWriter()));
    }

    private void assertMode(Path file) throws IOException {
        assertEquals(PosixFilePermissions.toString(expected), PosixFilePermissions.toString(Files.getPosixFilePermissions(file)),
                file.getFileName() + " as a file created in the same folder");
    }

    @Test
    void exportsInEveryCodecHaveTheUmasksMode() throws IOException {
        String[][] presets = {{"podcast-mp3-stereo", "mp3"}, {"broadcast-wav", "wav"}, {"archive-flac", "flac"}};
        for (String[] p : presets) {
            Path target = dir.resolve("out-" + p[0] + "." + p[1]);
            assertEquals(0, run("export", speech.toString(), "-o", target.toString(), "--preset", p[0]), p[0]);
            assertMode(target);
        }
    }

    @Test
    void theLoudnessLogHasTheUmasksMode() throws IOException {
        Path log = dir.resolve("loudness.csv");
        assertEquals(0, run("analyze", "--loudness-log", log.toString(), speech.toString()));
        assertMode(log);
    }

    @Test
    void writtenWavsAndTextFilesHaveTheUmasksMode() throws IOException {
        // speech.wav went through WavWriter and PartFile, as edit's output and the editor's export do
        assertMode(speech);
        Path project = dir.resolve("take.headroom-edl");
        PartFile.writeText(project, "x");
        assertMode(project);
    }
}
