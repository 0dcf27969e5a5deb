package org.headroom.ui.editor;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.headroom.audio.AudioFiles;
import org.headroom.audio.AudioSource;
import org.headroom.audio.SourceFormat;
import org.headroom.edit.Edit;
import org.headroom.edit.EditList;
import org.headroom.edit.Renderer;
import org.headroom.edit.SourceScan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Playback plans on its own thread when the edit list changes, so Play does not start the
 * measuring passes (a minute on a long take with everything on); no sound device is needed.
 */
class PlaybackPlanTest {
    private static final EditList NORMALISED = EditList.of(new Edit.NormaliseLoudness(-16, -1));
    private static final EditList LOUDER = EditList.of(new Edit.NormaliseLoudness(-12, -1));

    @TempDir
    Path temp;

    private Playback playback() throws Exception {
        Path take = Files.copy(EditorGui.DIALOGUE, temp.resolve("take.wav"));
        SourceFormat f;
        try (AudioSource s = AudioFiles.open(take)) {
            f = s.format();
        }
        EditorSession session = new EditorSession(take, f, new SourceScan(f), EditList.EMPTY, EditList.EMPTY);
        return new Playback(session, problem -> { });
    }

    @Test
    void aPlanIsMadeBeforePlayAndKeptWhileTheListStaysTheSame() throws Exception {
        Playback p = playback();
        CompletableFuture<Renderer.Rendering> plan = p.planOf(NORMALISED);
        Renderer.Rendering r = plan.get(120, TimeUnit.SECONDS);
        assertTrue(r.passes() >= 1, "normalisation measured the programme: " + r.passes() + " passes");
        assertSame(plan, p.planOf(NORMALISED), "an unchanged list is not planned again");
    }

    @Test
    void aNewerListStopsTheOlderPlanAtItsNextBlock() throws Exception {
        Playback p = playback();
        CompletableFuture<Renderer.Rendering> older = p.planOf(NORMALISED);
        CompletableFuture<Renderer.Rendering> newer = p.planOf(LOUDER);
        newer.get(120, TimeUnit.SECONDS);
        ExecutionException e = assertThrows(ExecutionException.class, () -> older.get(1, TimeUnit.SECONDS));
        assertInstanceOf(InterruptedIOException.class, e.getCause(), "the older plan gave up: " + e.getCause());
    }

    @Test
    void aClosedEditorPlansNothingAndSaysWhy() throws Exception {
        Playback p = playback();
        p.close();
        ExecutionException e = assertThrows(ExecutionException.class, () -> p.planOf(NORMALISED).get(1, TimeUnit.SECONDS));
        assertInstanceOf(InterruptedIOException.class, e.getCause());
    }
}
