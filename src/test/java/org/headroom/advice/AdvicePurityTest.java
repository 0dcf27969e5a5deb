package org.headroom.advice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** House rule: the advisor is pure Java, so it runs headless and in tests without a sound card. */
class AdvicePurityTest {
    @Test
    void noSwingAwtOrSoundImports() throws Exception {
        Path dir = Path.of("src/main/java/org/headroom/advice");
        List<Path> sources;
        try (Stream<Path> s = Files.list(dir)) {
            sources = s.filter(p -> p.toString().endsWith(".java")).toList();
        }
        assertTrue(sources.size() > 5, "found the advice sources");
        List<String> offenders = sources.stream().filter(p -> {
            try {
                return Files.readAllLines(p).stream().anyMatch(l -> l.matches("\\s*import\\s+(static\\s+)?(javax\\.swing|java\\.awt|javax\\.sound)\\..*"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).map(p -> p.getFileName().toString()).toList();
        assertEquals(List.of(), offenders);
    }
}
