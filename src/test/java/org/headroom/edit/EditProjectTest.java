package org.headroom.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EditProjectTest {
    @TempDir
    Path dir;

    private static final EditList LIST = EditList.of(new Edit.Cut(5.0, 7.5), new Edit.FadeIn(1.0, FadeShape.EQUAL_POWER),
            new Edit.FadeOut(2.0, FadeShape.LINEAR), new Edit.Gain(-3.0), new Edit.Gain(2.0, 1.0, 2.0),
            new Edit.Insert(3.0, 8.0, 9.0), new Edit.Split(4.0), new Edit.Silence(0.1, 0.2), new Edit.Trim(0, -0.5),
            new Edit.Crossfade(5.0, 25, FadeShape.S_CURVE), new Edit.HighPass(80, 4), new Edit.HumNotch(60, 5, 40),
            new Edit.NormaliseLoudness(-16, -1), new Edit.NormalisePeak(-1, true));

    @Test
    void theProjectSitsNextToTheAudioAndReadsBackEqual() throws Exception {
        Path audio = dir.resolve("take.wav");
        EditProject.save(audio, LIST);
        assertTrue(Files.exists(dir.resolve("take.wav.headroom.json")));
        EditProject.Opened opened = EditProject.open(audio);
        assertEquals(LIST, opened.saved());
        assertTrue(opened.recovered().isEmpty());
        assertEquals(LIST, EdlFormat.read(EditProject.projectFile(audio)), "a project file is also an EDL");
    }

    @Test
    void aNewerAutosaveIsOfferedAndAnExplicitSaveRetiresIt() throws Exception {
        Path audio = dir.resolve("take.wav");
        EditProject.save(audio, EditList.of(new Edit.Gain(-1)));
        Thread.sleep(2);
        try (ProjectAutosaver saver = new ProjectAutosaver(audio, Duration.ofMillis(10))) {
            saver.changed(LIST.with(new Edit.Gain(1)));
            saver.changed(LIST);
        }
        assertEquals(LIST, EditProject.open(audio).recovered().orElseThrow());
        EditProject.save(audio, LIST);
        assertFalse(Files.exists(EditProject.autosaveFile(audio)));
        assertTrue(EditProject.open(audio).recovered().isEmpty());
    }

    @Test
    void aDamagedAutosaveIsIgnoredButADamagedProjectIsAnError() throws Exception {
        Path audio = dir.resolve("take.wav");
        Files.writeString(EditProject.autosaveFile(audio), "{\"edits\": [");
        assertTrue(EditProject.open(audio).recovered().isEmpty());
        Files.writeString(EditProject.projectFile(audio), "{\"edits\": 3}");
        EdlException e = assertThrows(EdlException.class, () -> EditProject.open(audio));
        assertEquals("take.wav.headroom.json: \"edits\" must be a list", e.getMessage());
    }
}
