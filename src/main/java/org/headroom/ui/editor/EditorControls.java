package org.headroom.ui.editor;

import java.awt.event.ActionEvent;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JSpinner;
import javax.swing.JToggleButton;
import javax.swing.JToolBar;
import javax.swing.KeyStroke;
import javax.swing.SpinnerNumberModel;
import org.headroom.edit.FadeShape;
import org.headroom.ui.common.KeyTable;

/**
 * The editor's actions (shared by menus, toolbar and keys) and the toolbar's settings: fade
 * length and shape, snap to zero crossings (on by default), loop. Transport lives here too:
 * space plays the selection (or from the cursor to the end) and pauses at the playhead.
 */
final class EditorControls {

    private final EditorPane pane;
    private final Map<String, Action> actions = new LinkedHashMap<>();
    private final JSpinner fadeSeconds = new JSpinner(new SpinnerNumberModel(1.0, 0.0, 600.0, 0.1));
    private final JComboBox<FadeShape> shape = new JComboBox<>(FadeShape.values());
    private final JCheckBox snap = new JCheckBox("Snap to zero", true);
    private final JToggleButton loop = new JToggleButton("Loop");

    EditorControls(EditorPane pane) {
        this.pane = pane;
        EditCommands c = pane.commands();
        EditorSession s = pane.session();
        shape.setSelectedItem(FadeShape.EQUAL_POWER);
        shape.setRenderer(new javax.swing.DefaultListCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public java.awt.Component getListCellRendererComponent(javax.swing.JList<?> l, Object v, int i, boolean sel, boolean f) {
                return super.getListCellRendererComponent(l, v instanceof FadeShape fs ? fs.jsonName() : v, i, sel, f);
            }
        });
        shape.setToolTipText("Fade curve: linear, log, exp, equal-power, s-curve");
        snap.setFocusable(false);
        loop.setFocusable(false);
        shape.setName("fadeShape");
        fadeSeconds.setName("fadeSeconds");
        snap.setName("snap");
        loop.setName("loop");
        snap.setToolTipText("Move the ends of a selection to the nearest zero crossing (within 10 ms), so edits do not click");
        fadeSeconds.setToolTipText("Fade length in seconds, when the selection does not give one");
        add("play", "\u25B6  Play", this::togglePlay);
        add("stop", "\u25A0  Stop", () -> pane.playback().stop());
        add("cut", "Cut", () -> pane.report(c.cut()));
        add("copy", "Copy", s::copy);
        add("paste", "Paste", () -> pane.report(c.paste()));
        add("delete", "Delete", () -> pane.report(c.delete()));
        add("trim", "Trim", () -> pane.report(c.trim()));
        add("split", "Split", () -> pane.report(c.split()));
        add("silence", "Silence", () -> pane.report(c.silence()));
        add("gain", "Gain\u2026", () -> Dialogs.gain(pane));
        add("fadeIn", "Fade in", () -> fade(true));
        add("fadeOut", "Fade out", () -> fade(false));
        add("undo", "Undo", s::undo);
        add("redo", "Redo", s::redo);
        add("selectAll", "Select all", () -> s.select(0, s.map().frames()));
        add("zoomIn", "Zoom in", () -> pane.view().zoom(0.5, s.selStart()));
        add("zoomOut", "Zoom out", () -> pane.view().zoom(2, s.selStart()));
        add("fit", "Fit", () -> pane.view().fit());
        add("zoomSel", "Zoom to selection", () -> pane.view().show(s.selStart(), s.selEnd()));
        add("nextFinding", "Next finding", () -> pane.findings().step(1));
        add("prevFinding", "Previous finding", () -> pane.findings().step(-1));
        add("save", "Save project", pane::save);
        add("export", "Export\u2026", () -> Dialogs.export(pane));
    }

    /** An action under its id in {@link KeyTable#EDITOR}, which holds its shortcut. */
    private void add(String key, String name, Runnable r) {
        KeyStroke stroke = KeyTable.EDITOR.accelerator(key);
        Action a = new AbstractAction(name) {
            private static final long serialVersionUID = 1L;

            @Override
            public void actionPerformed(ActionEvent e) {
                r.run();
            }
        };
        if (stroke != null) a.putValue(Action.ACCELERATOR_KEY, stroke);
        a.putValue(Action.ACTION_COMMAND_KEY, key);
        actions.put(key, a);
    }

    Action action(String key) {
        return actions.get(key);
    }

    FadeShape shape() {
        return (FadeShape) shape.getSelectedItem();
    }

    boolean snap() {
        return snap.isSelected();
    }

    void setSnap(boolean on) {
        snap.setSelected(on);
    }

    boolean loop() {
        return loop.isSelected();
    }

    void fade(boolean in) {
        double seconds = pane.commands().fadeLength(in, ((Number) fadeSeconds.getValue()).doubleValue());
        pane.report(pane.commands().fade(in, seconds, shape()));
    }

    void togglePlay() {
        Playback p = pane.playback();
        EditorSession s = pane.session();
        if (p.isPlaying()) {
            long at = p.playhead();
            p.stop();
            if (at >= 0) s.select(at, at); // pause: the cursor waits where the sound stopped
            return;
        }
        long from = s.selStart();
        long to = s.hasSelection() ? s.selEnd() : s.map().frames();
        if (from >= to) from = 0;
        p.play(from, to, loop());
    }

    JToolBar toolbar() {
        JToolBar bar = new JToolBar();
        bar.setFloatable(false);
        for (String k : new String[] {"play", "stop"}) bar.add(button(k));
        bar.add(loop);
        bar.addSeparator();
        for (String k : new String[] {"cut", "delete", "trim", "split", "silence", "paste", "gain"}) bar.add(button(k));
        bar.addSeparator();
        bar.add(button("fadeIn"));
        bar.add(button("fadeOut"));
        bar.add(shape);
        bar.add(fadeSeconds);
        bar.add(new JLabel(" s "));
        bar.addSeparator();
        bar.add(button("undo"));
        bar.add(button("redo"));
        bar.addSeparator();
        bar.add(snap);
        bar.addSeparator();
        for (String k : new String[] {"zoomIn", "zoomOut", "fit"}) bar.add(button(k));
        bar.addSeparator();
        bar.add(button("export"));
        shape.setMaximumSize(shape.getPreferredSize());
        fadeSeconds.setMaximumSize(new java.awt.Dimension(80, fadeSeconds.getPreferredSize().height));
        return bar;
    }

    private JButton button(String key) {
        JButton b = new JButton(actions.get(key));
        b.setName(key);
        b.setFocusable(false);
        b.setToolTipText(tip(actions.get(key)));
        return b;
    }

    private static String tip(Action a) {
        KeyStroke k = (KeyStroke) a.getValue(Action.ACCELERATOR_KEY);
        String name = ((String) a.getValue(Action.NAME)).replace("\u25B6  ", "").replace("\u25A0  ", "");
        return k == null ? name : name + " (" + KeyTable.text(k) + ")";
    }

    /** Arrows move the cursor, shift+arrows nudge the selection's end, ctrl+shift+arrows its start. */
    void bindKeys(JComponent root) {
        EditorSession s = pane.session();
        nudge(root, "left", () -> {
            long f = s.selStart() - step();
            s.select(f, f);
        });
        nudge(root, "right", () -> {
            long f = s.selEnd() + step();
            s.select(f, f);
        });
        nudge(root, "endLeft", () -> s.select(s.selStart(), s.selEnd() - step()));
        nudge(root, "endRight", () -> s.select(s.selStart(), s.selEnd() + step()));
        nudge(root, "startLeft", () -> s.select(s.selStart() - step(), s.selEnd()));
        nudge(root, "startRight", () -> s.select(s.selStart() + step(), s.selEnd()));
        nudge(root, "home", () -> s.select(0, 0));
        nudge(root, "end", () -> s.select(s.map().frames(), s.map().frames()));
        for (Action a : actions.values()) {
            KeyStroke k = (KeyStroke) a.getValue(Action.ACCELERATOR_KEY);
            if (k == null) continue;
            String key = (String) a.getValue(Action.ACTION_COMMAND_KEY);
            root.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(k, key);
            root.getActionMap().put(key, a);
        }
    }

    /** Four pixels at the current zoom, at least one frame: fine when zoomed in, quick when zoomed out. */
    private long step() {
        return Math.max(1, Math.round(pane.view().fpp() * 4));
    }

    private static void nudge(JComponent root, String key, Runnable r) {
        KeyStroke k = KeyTable.EDITOR.accelerator(key);
        root.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(k, key);
        root.getActionMap().put(key, new AbstractAction() {
            private static final long serialVersionUID = 1L;

            @Override
            public void actionPerformed(ActionEvent e) {
                r.run();
            }
        });
    }

    /** Enables what makes sense now; called by the pane's timer. */
    void refresh() {
        EditorSession s = pane.session();
        actions.get("undo").setEnabled(s.history().canUndo());
        actions.get("redo").setEnabled(s.history().canRedo());
        actions.get("play").putValue(Action.NAME, pane.playback().isPlaying() ? "\u275A\u275A Pause" : "\u25B6  Play");
    }
}
