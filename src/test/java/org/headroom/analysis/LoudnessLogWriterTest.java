package org.headroom.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoudnessLogWriterTest {
    @TempDir
    Path dir;

    @Test
    void writesHeaderAndOneRowPerStepWithEmptyCellsForUndefined() throws Exception {
        Path log = dir.resolve("loud.csv");
        try (LoudnessLogWriter w = LoudnessLogWriter.open(log, 1)) {
            w.step(0.01, Double.NaN, Double.NaN);
            w.step(0.40, -23.456, Double.NEGATIVE_INFINITY);
            w.step(3.00, -23.0, -22.999);
            w.commit();
        }
        assertEquals(List.of("time_s,momentary_lufs,short_term_lufs", "0.01,,", "0.40,-23.46,", "3.00,-23,-23"),
                Files.readAllLines(log));
    }

    @Test
    void largerStepKeepsEveryKthRow() throws Exception {
        Path log = dir.resolve("loud.csv");
        int k = LoudnessLogWriter.stepsFor(0.1);
        assertEquals(10, k);
        try (LoudnessLogWriter w = LoudnessLogWriter.open(log, k)) {
            for (int i = 1; i <= 35; i++) w.step(i * 0.01, -20, -21);
            w.commit();
        }
        assertEquals(List.of("time_s,momentary_lufs,short_term_lufs", "0.10,-20,-21", "0.20,-20,-21", "0.30,-20,-21"),
                Files.readAllLines(log));
    }

    @Test
    void stepMustBeAMultipleOfTenMilliseconds() {
        assertEquals(1, LoudnessLogWriter.stepsFor(0.01));
        assertEquals(50, LoudnessLogWriter.stepsFor(0.5));
        assertThrows(IllegalArgumentException.class, () -> LoudnessLogWriter.stepsFor(0.015));
        assertThrows(IllegalArgumentException.class, () -> LoudnessLogWriter.stepsFor(0.0));
        assertThrows(IllegalArgumentException.class, () -> LoudnessLogWriter.stepsFor(-0.1));
        assertThrows(IllegalArgumentException.class, () -> LoudnessLogWriter.stepsFor(Double.NaN));
    }

    @Test
    void withoutCommitTheOldLogStaysAndNoTempFileIsLeft() throws Exception {
        Path log = dir.resolve("loud.csv");
        Files.writeString(log, "old\n");
        try (LoudnessLogWriter w = LoudnessLogWriter.open(log, 1)) {
            w.step(0.01, -20, -20);
        }
        assertEquals("old\n", Files.readString(log));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(log), files.toList());
        }
    }

    @Test
    void commitReplacesTheOldLogInOneStep() throws Exception {
        Path log = dir.resolve("loud.csv");
        Files.writeString(log, "old\n");
        try (LoudnessLogWriter w = LoudnessLogWriter.open(log, 1)) {
            w.step(0.01, -20, -20);
            assertEquals("old\n", Files.readString(log), "nothing visible before the commit");
            w.commit();
        }
        assertFalse(Files.readString(log).contains("old"));
    }
}
