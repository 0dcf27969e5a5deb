package org.headroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * House rule: the measuring, detecting, analysing, advising and editing packages are pure
 * Java, so they run headless, in tests and on the capture thread without a screen or a sound
 * card. Only audio/ may touch javax.sound and only ui/ Swing and AWT.
 */
class PurePackagesTest {
    private static final Pattern FORBIDDEN =
            Pattern.compile("\\s*import\\s+(static\\s+)?(javax\\.swing|java\\.awt|javax\\.sound)\\..*");

    @ParameterizedTest
    @ValueSource(strings = {"dsp", "meter", "detect", "analysis", "advice", "edit"})
    void importsNoSwingAwtOrSound(String pkg) throws IOException {
        Path dir = Path.of("src/main/java/org/headroom", pkg);
        List<Path> sources;
        try (Stream<Path> s = Files.walk(dir)) {
            sources = s.filter(p -> p.toString().endsWith(".java")).toList();
        }
        assertTrue(sources.size() > 3, "found the " + pkg + " sources");
        List<String> offenders = sources.stream().filter(PurePackagesTest::importsForbidden)
                .map(p -> p.getFileName().toString()).toList();
        assertEquals(List.of(), offenders);
    }

    private static boolean importsForbidden(Path source) {
        try {
            return Files.readAllLines(source).stream().anyMatch(l -> FORBIDDEN.matcher(l).matches());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
