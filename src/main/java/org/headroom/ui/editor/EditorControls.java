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

/**
 * The editor's actions (shared by menus, toolbar and keys) and the toolbar's settings: fade
 * length and shape, snap to zero crossings (on by default), loop. Transport lives here too:
 * space plays the selection (or from the cursor to the end) and pauses at the playhead.
 */
final class EditorControls {
    static final int MENU = java.awt.Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx();

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
        add("play", "\u25B6  Play", KeyStroke.getKeyStroke(KeyEvent.VK_SPACE, 0), this::togglePlay);
        add("stop", "\u25A0  Stop", null, () -> pane.playback().stop());
        add("cut", "Cut", KeyStroke.getKeyStroke(KeyEvent.VK_X, MENU), () -> pane.report(c.cut()));
        add("copy", "Copy", KeyStroke.getKeyStroke(KeyEvent.VK_C, MENU), s::copy);
        add("paste", "Paste", KeyStroke.getKeyStroke(KeyEvent.VK_V, MENU), () -> pane.report(c.paste()));
        add("delete", "Delete", KeyStroke.getKeyStroke(KeyEvent.VK_DELETE, 0), () -> pane.report(c.delete()));
        add("trim", "Trim", KeyStroke.getKeyStroke(KeyEvent.VK_T, MENU), () -> pane.report(c.trim()));
        add("split", "Split", KeyStroke.getKeyStroke(KeyEvent.VK_I, MENU), () -> pane.report(c.split()));
        add("silence", "Silence", KeyStroke.getKeyStroke(KeyEvent.VK_L, MENU), () -> pane.report(c.silence()));
        add("gain", "Gain\u2026", KeyStroke.getKeyStroke(KeyEvent.VK_G, MENU), () -> Dialogs.gain(pane));
        add("fadeIn", "Fade in", null, () -> fade(true));
        add("fadeOut", "Fade out", null, () -> fade(false));
        add("undo", "Undo", KeyStroke.getKeyStroke(KeyEvent.VK_Z, MENU), s::undo);
        add("redo", "Redo", KeyStroke.getKeyStroke(KeyEvent.VK_Z, MENU | InputEvent.SHIFT_DOWN_MASK), s::redo);
        add("selectAll", "Select all", KeyStroke.getKeyStroke(KeyEvent.VK_A, MENU), () -> s.select(0, s.map().frames()));
        add("zoomIn", "Zoom in", KeyStroke.getKeyStroke(KeyEvent.VK_1, MENU), () -> pane.view().zoom(0.5, s.selStart()));
        add("zoomOut", "Zoom out", KeyStroke.getKeyStroke(KeyEvent.VK_3, MENU), () -> pane.view().zoom(2, s.selStart()));
        add("fit", "Fit", KeyStroke.getKeyStroke(KeyEvent.VK_F, MENU), () -> pane.view().fit());
        add("zoomSel", "Zoom to selection", KeyStroke.getKeyStroke(KeyEvent.VK_E, MENU), () -> pane.view().show(s.selStart(), s.selEnd()));
        add("nextFinding", "Next finding", KeyStroke.getKeyStroke(KeyEvent.VK_F3, 0), () -> pane.findings().step(1));
        add("prevFinding", "Previous finding", KeyStroke.getKeyStroke(KeyEvent.VK_F3, InputEvent.SHIFT_DOWN_MASK), () -> pane.findings().step(-1));
        add("save", "Save project", KeyStroke.getKeyStroke(KeyEvent.VK_S, MENU), pane::save);
        add("export", "Export\u2026", KeyStroke.getKeyStroke(KeyEvent.VK_E, MENU | InputEvent.SHIFT_DOWN_MASK), () -> Dialogs.export(pane));
    }

    private void add(String key, String name, KeyStroke stroke, Runnable r) {
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
        return k == null ? name : name + " (" + KeyEvent.getModifiersExText(k.getModifiers()).replace("+", "+")
                + (k.getModifiers() == 0 ? "" : "+") + KeyEvent.getKeyText(k.getKeyCode()) + ")";
    }

    /** Arrows move the cursor, shift+arrows nudge the selection's end, ctrl+shift+arrows its start. */
    void bindKeys(JComponent root) {
        EditorSession s = pane.session();
        nudge(root, "left", KeyStroke.getKeyStroke(KeyEvent.VK_LEFT, 0), () -> {
            long f = s.selStart() - step();
            s.select(f, f);
        });
        nudge(root, "right", KeyStroke.getKeyStroke(KeyEvent.VK_RIGHT, 0), () -> {
            long f = s.selEnd() + step();
            s.select(f, f);
        });
        nudge(root, "endLeft", KeyStroke.getKeyStroke(KeyEvent.VK_LEFT, InputEvent.SHIFT_DOWN_MASK), () -> s.select(s.selStart(), s.selEnd() - step()));
        nudge(root, "endRight", KeyStroke.getKeyStroke(KeyEvent.VK_RIGHT, InputEvent.SHIFT_DOWN_MASK), () -> s.select(s.selStart(), s.selEnd() + step()));
        nudge(root, "startLeft", KeyStroke.getKeyStroke(KeyEvent.VK_LEFT, MENU | InputEvent.SHIFT_DOWN_MASK), () -> s.select(s.selStart() - step(), s.selEnd()));
        nudge(root, "startRight", KeyStroke.getKeyStroke(KeyEvent.VK_RIGHT, MENU | InputEvent.SHIFT_DOWN_MASK), () -> s.select(s.selStart() + step(), s.selEnd()));
        nudge(root, "home", KeyStroke.getKeyStroke(KeyEvent.VK_HOME, 0), () -> s.select(0, 0));
        nudge(root, "end", KeyStroke.getKeyStroke(KeyEvent.VK_END, 0), () -> s.select(s.map().frames(), s.map().frames()));
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

    private static void nudge(JComponent root, String key, KeyStroke k, Runnable r) {
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
