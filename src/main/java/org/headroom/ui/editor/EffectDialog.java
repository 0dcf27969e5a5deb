package org.headroom.ui.editor;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSpinner;
import javax.swing.SpinnerNumberModel;
import org.headroom.edit.Edit;
import org.headroom.edit.EditList;

/**
 * One effect's dialog: its settings, Preview (plays the selection, or the first ten seconds,
 * in a loop, through the whole chain with the effect added), a Bypass box that switches the
 * preview to the programme without it (so the difference can be heard on the same words),
 * Apply and Cancel. What the settings mean is the edit list's: the dialog only builds the edit.
 * Everything runs on the EDT except the rendering, which the player's thread does.
 */
final class EffectDialog extends JDialog {
    /** How much a preview plays when nothing is selected. */
    static final double PREVIEW_SECONDS = 10;

    private final transient EditorPane pane;
    private final transient Function<EffectDialog, Edit> build;
    private final JPanel form = new JPanel(new GridBagLayout());
    private final Map<String, JComponent> fields = new LinkedHashMap<>();
    private final JCheckBox bypass = new JCheckBox("Bypass");
    private final JCheckBox onlySelection = new JCheckBox("Only the selection");
    private final JLabel problem = new JLabel(" ");
    private boolean previewing;

    private EffectDialog(EditorPane pane, String title, Function<EffectDialog, Edit> build) {
        super(pane.window(), title, ModalityType.MODELESS);
        this.pane = pane;
        this.build = build;
        form.setBorder(BorderFactory.createEmptyBorder(10, 12, 6, 12));
    }

    private EffectDialog number(String key, String label, double value, double min, double max, double step) {
        JSpinner spinner = new JSpinner(new SpinnerNumberModel(value, min, max, step));
        spinner.setName(key);
        spinner.addChangeListener(e -> changed());
        return row(key, label, spinner);
    }

    private EffectDialog choice(String key, String label, List<String> values, String selected) {
        JComboBox<String> box = new JComboBox<>(values.toArray(new String[0]));
        box.setName(key);
        box.setSelectedItem(selected);
        box.addActionListener(e -> changed());
        return row(key, label, box);
    }

    private EffectDialog row(String key, String label, JComponent field) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridy = fields.size();
        c.insets = new Insets(3, 4, 3, 4);
        c.anchor = GridBagConstraints.WEST;
        form.add(new JLabel(label), c);
        c.gridx = 1;
        c.fill = GridBagConstraints.HORIZONTAL;
        c.weightx = 1;
        form.add(field, c);
        fields.put(key, field);
        return this;
    }

    double number(String key) {
        return ((Number) ((JSpinner) fields.get(key)).getValue()).doubleValue();
    }

    String choice(String key) {
        return (String) ((JComboBox<?>) fields.get(key)).getSelectedItem();
    }

    /** The selection's ends in source seconds, when the box is ticked and there is one; else null. */
    Double[] range() {
        EditorSession s = pane.session();
        if (!onlySelection.isSelected() || !s.hasSelection()) return new Double[] {null, null};
        return new Double[] {s.map().sourceSeconds(s.selStart()), s.map().sourceSeconds(s.selEnd())};
    }

    /** The edit the settings describe, or null (the reason shown) when they do not make one. */
    private Edit edit() {
        try {
            Edit e = build.apply(this);
            problem.setText(" ");
            return e;
        } catch (IllegalArgumentException ex) {
            problem.setText(ex.getMessage());
            return null;
        }
    }

    private void changed() {
        if (previewing) preview();
    }

    private void preview() {
        Edit e = edit();
        EditorSession s = pane.session();
        EditList list = bypass.isSelected() || e == null ? s.edits() : s.edits().with(e);
        long from = s.hasSelection() ? s.selStart() : 0;
        long to = s.hasSelection() ? s.selEnd() : Math.min(s.map().frames(), Math.round(PREVIEW_SECONDS * s.format().sampleRate()));
        pane.playback().stop();
        pane.playback().play(list, from, to, true);
        previewing = true;
    }

    private void close(boolean apply) {
        if (previewing) pane.playback().stop();
        previewing = false;
        if (apply) {
            Edit e = edit();
            if (e == null) return;
            pane.report(pane.commands().effect(e));
        }
        dispose();
    }

    private EffectDialog open(boolean ranged) {
        JPanel south = new JPanel(new BorderLayout());
        problem.setBorder(BorderFactory.createEmptyBorder(0, 14, 0, 14));
        south.add(problem, BorderLayout.NORTH);
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT));
        if (ranged) {
            onlySelection.setSelected(pane.session().hasSelection());
            onlySelection.setEnabled(pane.session().hasSelection());
            onlySelection.addActionListener(e -> changed());
            buttons.add(onlySelection);
        }
        JButton preview = new JButton("Preview");
        preview.addActionListener(e -> preview());
        bypass.addActionListener(e -> changed());
        bypass.setToolTipText("Preview without this effect, to hear the difference on the same words");
        JButton apply = new JButton("Apply");
        apply.addActionListener(e -> close(true));
        JButton cancel = new JButton("Cancel");
        cancel.addActionListener(e -> close(false));
        buttons.add(preview);
        buttons.add(bypass);
        buttons.add(apply);
        buttons.add(cancel);
        south.add(buttons, BorderLayout.SOUTH);
        getContentPane().add(form, BorderLayout.CENTER);
        getContentPane().add(south, BorderLayout.SOUTH);
        getRootPane().setDefaultButton(apply);
        addWindowListener(new java.awt.event.WindowAdapter() {
            @Override
            public void windowClosing(java.awt.event.WindowEvent e) {
                close(false);
            }
        });
        pack();
        setLocationRelativeTo(pane.window());
        setVisible(true);
        return this;
    }

    // ---- the dialogs

    static final List<String> EQ_PRESETS = List.of("(bands below)", "telephone", "radio", "warm", "presence");
    static final List<String> BAND_TYPES = List.of("peak", "lowShelf", "highShelf", "highPass", "lowPass", "notch");

    static EffectDialog equaliser(EditorPane pane) {
        return new EffectDialog(pane, "Equaliser", d -> {
            Double[] r = d.range();
            String preset = d.choice("preset");
            if (!preset.equals(EQ_PRESETS.get(0))) return new Edit.Eq(null, preset, r[0], r[1]);
            Edit.BandType type = Edit.BandType.parse(d.choice("type"));
            return new Edit.Eq(List.of(new Edit.Eq.Band(type, d.number("hz"), d.number("gainDb"), d.number("q"))), null, r[0], r[1]);
        }).choice("preset", "Preset:", EQ_PRESETS, EQ_PRESETS.get(0)).choice("type", "Band:", BAND_TYPES, "peak")
                .number("hz", "Frequency (Hz):", 3000, 10, 20000, 10).number("gainDb", "Gain (dB):", 3, -30, 30, 0.5)
                .number("q", "Q:", 1, 0.1, 100, 0.1).enabling("type", "preset", EQ_PRESETS.get(0)).enabling("hz", "preset", EQ_PRESETS.get(0))
                .enabling("gainDb", "preset", EQ_PRESETS.get(0)).enabling("q", "preset", EQ_PRESETS.get(0)).open(true);
    }

    static EffectDialog compressor(EditorPane pane) {
        return new EffectDialog(pane, "Compressor", d -> new Edit.Compress(d.number("t"), d.number("r"), d.number("a"), d.number("rel"),
                d.number("k"), d.number("m")))
                .number("t", "Threshold (dBFS):", -20, -80, 0, 1).number("r", "Ratio:", 3, 1, 100, 0.5)
                .number("a", "Attack (ms):", 10, 0.1, 1000, 1).number("rel", "Release (ms):", 150, 1, 5000, 10)
                .number("k", "Knee (dB):", 6, 0, 24, 1).number("m", "Make-up gain (dB):", 0, -20, 40, 0.5).open(false);
    }

    static EffectDialog leveller(EditorPane pane) {
        return new EffectDialog(pane, "Speech leveller", d -> new Edit.Level(d.number("t"), d.number("g"), d.number("w")))
                .number("t", "Target speech level (dBFS RMS):", -20, -50, -6, 1).number("g", "Most gain either way (dB):", 12, 0, 40, 1)
                .number("w", "Window (s):", 3, 0.5, 30, 0.5).open(false);
    }

    /** @param profile a noise profile's source range to preselect (a noise finding's stretch), or null for the quietest tenth */
    static EffectDialog noiseReduction(EditorPane pane, double[] profile) {
        List<String> from = new ArrayList<>(List.of("the quietest tenth of the take"));
        EditorSession s = pane.session();
        double[] selection = s.hasSelection() ? new double[] {s.map().sourceSeconds(s.selStart()), s.map().sourceSeconds(s.selEnd())} : null;
        if (selection != null) from.add("the selection");
        if (profile != null) from.add(String.format(java.util.Locale.ROOT, "the finding's stretch (%.2f–%.2f s)", profile[0], profile[1]));
        return new EffectDialog(pane, "Noise reduction", d -> {
            String p = d.choice("profile");
            double[] r = p.startsWith("the selection") ? selection : p.startsWith("the finding") ? profile : null;
            return new Edit.Denoise(d.number("db"), r == null ? null : r[0], r == null ? null : r[1]);
        }).number("db", "Reduction (dB):", 12, 1, 40, 1).choice("profile", "Noise profile from:", from, from.get(from.size() - 1)).open(false);
    }

    static EffectDialog declip(EditorPane pane) {
        return new EffectDialog(pane, "Declip", d -> new Edit.Declip(d.number("ms")))
                .number("ms", "Longest clipped run to rebuild (ms):", 5, 0.1, 50, 0.5).open(false);
    }

    static EffectDialog reverb(EditorPane pane) {
        List<String> rooms = new ArrayList<>(List.of("(RT60 below)"));
        try {
            for (org.headroom.advice.Environment env : org.headroom.advice.AdvicePresets.environments(
                    pane.presets().folder(org.headroom.advice.AdvicePresets.ENVIRONMENTS))) {
                if (env.room().isPresent()) rooms.add(env.id());
            }
        } catch (org.headroom.preset.PresetException e) {
            pane.say("Rooms unavailable: " + e.getMessage());
        }
        return new EffectDialog(pane, "Reverb", d -> {
            Double[] r = d.range();
            String room = d.choice("room");
            boolean byRoom = !room.equals(rooms.get(0));
            return new Edit.Reverb(byRoom ? null : d.number("rt60"), d.number("pre"), d.number("mix") / 100, byRoom ? room : null, null, r[0], r[1]);
        }).choice("room", "Room:", rooms, rooms.get(0)).number("rt60", "RT60 (s):", 0.8, 0.05, 20, 0.05)
                .number("pre", "Pre-delay (ms):", 10, 0, 500, 1).number("mix", "Wet share (%):", 25, 0, 100, 1)
                .enabling("rt60", "room", rooms.get(0)).open(true);
    }

    /** Field {@code key} is only enabled while choice {@code by} reads {@code value} (a room's RT60 replaces the figure). */
    private EffectDialog enabling(String key, String by, String value) {
        JComponent field = fields.get(key);
        JComboBox<?> box = (JComboBox<?>) fields.get(by);
        Runnable update = () -> field.setEnabled(value.equals(box.getSelectedItem()));
        box.addActionListener(e -> update.run());
        update.run();
        return this;
    }
}
