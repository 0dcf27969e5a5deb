package org.headroom.ui.editor;

import java.util.Locale;
import javax.swing.JOptionPane;
import org.headroom.edit.Edit;

/** The small questions the editor asks (a gain, an effect's figure) and the export dialog's opening. */
final class Dialogs {
    private Dialogs() {
    }

    /** Asks for a number; null when cancelled or not a number (said in the status line). */
    static Double number(EditorPane pane, String question, double suggestion) {
        Object answer = JOptionPane.showInputDialog(pane.window(), question, "Headroom editor", JOptionPane.QUESTION_MESSAGE, null, null,
                String.format(Locale.ROOT, "%.1f", suggestion));
        if (answer == null) return null;
        try {
            return Double.valueOf(answer.toString().trim().replace('\u2212', '-').replace(',', '.'));
        } catch (NumberFormatException e) {
            pane.say("Not a number: " + answer);
            return null;
        }
    }

    static void gain(EditorPane pane) {
        Double db = number(pane, pane.session().hasSelection() ? "Gain for the selection, dB:" : "Gain for the whole programme, dB:", -3);
        if (db != null) pane.report(guard(() -> pane.commands().gain(db)));
    }

    static void normalisePeak(EditorPane pane) {
        Double dbfs = number(pane, "Normalise the programme's peak to (dBFS):", -1);
        if (dbfs != null) pane.report(guard(() -> pane.commands().effect(new Edit.NormalisePeak(dbfs, false))));
    }

    static void normaliseLoudness(EditorPane pane) {
        Double lufs = number(pane, "Integrated loudness target (LUFS); a true-peak limiter holds −1 dBTP:", -16);
        if (lufs != null) pane.report(guard(() -> pane.commands().effect(new Edit.NormaliseLoudness(lufs, -1.0))));
    }

    static void highPass(EditorPane pane) {
        Double hz = number(pane, "High-pass cut-off (Hz), 24 dB/octave:", 80);
        if (hz != null) pane.report(guard(() -> pane.commands().effect(new Edit.HighPass(hz, 4))));
    }

    static void humNotch(EditorPane pane, double hz) {
        pane.report(guard(() -> pane.commands().effect(new Edit.HumNotch(hz, 4, 30))));
    }

    static void crossfade(EditorPane pane) {
        Double ms = number(pane, "Crossfade at the join nearest the cursor (ms):", 10);
        if (ms != null) pane.report(guard(() -> pane.commands().crossfade(ms, pane.controls().shape())));
    }

    /** Chooses a file and lays it in at the cursor; asks whether it should duck under speech (a music bed should). */
    static void insertSound(EditorPane pane) {
        javax.swing.JFileChooser c = new javax.swing.JFileChooser(pane.session().audio().getParent().toFile());
        c.setDialogTitle("Insert a sound at the cursor");
        if (c.showOpenDialog(pane.window()) != javax.swing.JFileChooser.APPROVE_OPTION) return;
        int duck = JOptionPane.showConfirmDialog(pane.window(), "Duck it under speech (for a music bed)?", "Headroom editor",
                JOptionPane.YES_NO_CANCEL_OPTION);
        if (duck == JOptionPane.CANCEL_OPTION || duck == JOptionPane.CLOSED_OPTION) return;
        java.nio.file.Path file = c.getSelectedFile().toPath();
        pane.report(guard(() -> pane.commands().insertSound(file, duck == JOptionPane.YES_OPTION)));
    }

    static void lengthenPause(EditorPane pane) {
        Double seconds = number(pane, "Room tone to insert at the cursor (seconds):", 0.5);
        if (seconds != null) pane.report(guard(() -> pane.commands().lengthenPause(seconds)));
    }

    /** Reads the export presets on a worker (they are files), then shows the dialog with them on the EDT. */
    static void export(EditorPane pane) {
        var edits = pane.session().edits();
        new javax.swing.SwingWorker<java.util.List<org.headroom.preset.ExportPreset>, Void>() {
            @Override
            protected java.util.List<org.headroom.preset.ExportPreset> doInBackground() throws Exception {
                return ExportDialog.presets(pane.presets());
            }

            @Override
            protected void done() {
                try {
                    new ExportDialog(pane.window(), pane.presets(), get(), pane.session().audio(), edits).setVisible(true);
                } catch (java.util.concurrent.ExecutionException e) {
                    pane.say("Cannot read the export presets: " + e.getCause().getMessage());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }.execute();
    }

    /** An edit's own range check ("db 90 is outside -120..60") becomes the message instead of an exception. */
    private static String guard(java.util.function.Supplier<String> edit) {
        try {
            return edit.get();
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }
}
