package org.headroom.ui.editor;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javax.swing.SwingUtilities;
import org.headroom.audio.AudioPlayer;
import org.headroom.edit.EditList;
import org.headroom.edit.Renderer;
import org.headroom.edit.SourceOpener;

/**
 * The editor's transport: plays the edited programme (rendered by the engine, so crossfades,
 * fades and effects are heard) from the cursor, the selection, or in a loop. Rendering plans and
 * the sound device are dealt with on the player's thread; this class only starts and stops it
 * and reads its atomics.
 */
final class Playback {
    private final AudioPlayer player = new AudioPlayer();
    private final EditorSession session;
    private final Consumer<String> problem;
    /** The last plan, reused while the edit list is unchanged: normalisation measures the whole take. */
    private final AtomicReference<Planned> planned = new AtomicReference<>();
    private volatile String lastError;

    private record Planned(EditList edits, Renderer.Rendering rendering) {
    }

    /** @param problem told (on the EDT) when playback cannot run, e.g. no output device */
    Playback(EditorSession session, Consumer<String> problem) {
        this.session = session;
        this.problem = problem;
    }

    long playhead() {
        return player.playhead();
    }

    float[] peaks() {
        return player.peaks();
    }

    boolean isPlaying() {
        return player.isPlaying();
    }

    String lastError() {
        return lastError;
    }

    /** Plays [from, to) of the programme as it is now; loops when asked. */
    void play(long from, long to, boolean loop) {
        play(session.edits(), from, to, loop);
    }

    /** Plays [from, to) of the programme that {@code edits} make: an effect dialog's preview, with or without its effect. */
    void play(EditList edits, long from, long to, boolean loop) {
        if (to <= from) return;
        SourceOpener source = SourceOpener.file(session.audio());
        AudioPlayer.Programme programme = frame -> {
            Planned p = planned.get();
            if (p == null || !p.edits().equals(edits)) {
                p = new Planned(edits, Renderer.plan(source, edits));
                planned.set(p);
            }
            // found through the edit list: starting deep in a long programme does not render what comes before
            return p.rendering().openAt(frame);
        };
        lastError = null;
        player.play(programme, session.format(), from, to, loop, error -> {
            if (error == null) return;
            lastError = error;
            SwingUtilities.invokeLater(() -> problem.accept(error));
        });
    }

    void stop() {
        player.stop();
    }
}
