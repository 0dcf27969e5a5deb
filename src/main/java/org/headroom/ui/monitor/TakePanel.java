package org.headroom.ui.monitor;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JSpinner;
import javax.swing.JTextField;
import javax.swing.SpinnerNumberModel;
import org.headroom.ui.common.Card;
import org.headroom.ui.common.Look;
import org.headroom.ui.common.Readout;
import org.headroom.ui.common.ThemedLabel;
import org.headroom.ui.common.KeyTable;

/**
 * The take strip under the toolbar, laid out like a field recorder's home screen: the Record
 * button, the running time, the file being written, scene / take / notes, the folder and the
 * recording time the disk still holds. A view only: {@link TakeRecording} decides what it shows.
 * EDT only.
 */
final class TakePanel extends Card {
    private static final long serialVersionUID = 1L;

    enum State { IDLE, BUSY, RECORDING }

    private final JButton record = new JButton();
    private final JLabel time = new ThemedLabel("0:00:00", "Headroom.verdict.none", 9f, Font.BOLD);
    private final JLabel timeCaption = ThemedLabel.caption("READY");
    private final JLabel file = new ThemedLabel(Readout.NONE, "Label.foreground", 1f, Font.BOLD);
    private final JLabel folder = ThemedLabel.caption(" ");
    private final JTextField scene = new JTextField(5);
    private final JSpinner take = new JSpinner(new SpinnerNumberModel(1, 1, TakeName.MAX_TAKE, 1));
    private final JTextField notes = new JTextField(24);
    private final JButton chooseFolder = new JButton("Folder\u2026");
    private final JLabel space = new ThemedLabel(Readout.NONE, "Headroom.verdict.none", 5f, Font.BOLD);
    private State state = State.IDLE;
    private String spaceColour = "Headroom.verdict.none";

    TakePanel(Runnable toggle, Runnable folderChooser) {
        super(new GridBagLayout());
        record.setName("record");
        KeyTable.MONITOR.apply(record, "record");
        record.setFocusable(true);
        record.addActionListener(e -> toggle.run());
        record.setFont(Look.font(2f, Font.BOLD));
        record.setPreferredSize(new Dimension(124, 38));
        time.setName("rec-time");
        time.setFont(new Font(Font.MONOSPACED, Font.BOLD, time.getFont().getSize()));
        time.setToolTipText("Length of the take being recorded (h:mm:ss).");
        file.setName("rec-file");
        folder.setName("rec-folder-path");
        scene.setName("scene");
        scene.setToolTipText("Scene name or number: the file is named S<scene>-T<take>.wav and the scene is written"
                + " into the file's bext metadata (sSCENE), as field recorders do.");
        take.setName("take");
        take.setToolTipText("Take number: goes up by one after every stop; a number already used moves on to the next free one.");
        ((JSpinner.DefaultEditor) take.getEditor()).getTextField().setColumns(3);
        notes.setName("notes");
        notes.setToolTipText("A line of notes for the sound report, written into the file (sNOTE).");
        chooseFolder.setName("rec-folder");
        KeyTable.MONITOR.apply(chooseFolder, "folder");
        chooseFolder.setToolTipText("Choose the folder takes are recorded into (" + KeyTable.MONITOR.hint("folder") + ").");
        chooseFolder.addActionListener(e -> folderChooser.run());
        space.setName("rec-space");
        space.setToolTipText("<html>Recording time the disk still holds at this input's format (h:mm).<br>"
                + "A warning appears at 10 and at 2 minutes left.</html>");

        int x = 0;
        place(record, x++, 0, 2, 0, new Insets(0, 0, 0, 14));
        place(timeCaption, x, 0, 1, 0, new Insets(0, 0, 0, 18));
        place(time, x++, 1, 1, 0, new Insets(0, 0, 0, 18));
        JComponent where = stack(file, folder);
        place(ThemedLabel.caption("FILE"), x, 0, 1, 0, new Insets(0, 0, 0, 18));
        place(where, x++, 1, 1, 0, new Insets(0, 0, 0, 18));
        x = field("SCENE", "scene", scene, x, 0);
        x = field("TAKE", "take", take, x, 0);
        x = field("NOTES", "notes", notes, x, 1);
        place(new JLabel(), x, 0, 1, 0, new Insets(0, 0, 0, 12));
        place(chooseFolder, x++, 1, 1, 0, new Insets(0, 0, 0, 18));
        place(ThemedLabel.caption("DISK LEFT"), x, 0, 1, 0, new Insets(0, 0, 0, 0));
        place(space, x, 1, 1, 0, new Insets(0, 0, 0, 0));
        show(State.IDLE);
    }

    private int field(String caption, String key, JComponent input, int x, double weight) {
        JLabel label = ThemedLabel.caption(caption);
        label.setDisplayedMnemonic(KeyTable.MONITOR.mnemonic(key));
        label.setLabelFor(input instanceof JSpinner s ? ((JSpinner.DefaultEditor) s.getEditor()).getTextField() : input);
        label.setToolTipText(input.getToolTipText() + " (" + KeyTable.MONITOR.hint(key) + ")");
        place(label, x, 0, 1, weight, new Insets(0, 0, 2, 10));
        place(input, x, 1, 1, weight, new Insets(0, 0, 0, 10));
        return x + 1;
    }

    /**
     * File name over folder, at a fixed width: the strip must not jump as names change, and a
     * long folder is cut with "..." (the whole path on hover).
     */
    private static JComponent stack(JComponent top, JComponent bottom) {
        javax.swing.JPanel p = new javax.swing.JPanel(new GridBagLayout()) {
            private static final long serialVersionUID = 1L;

            @Override
            public Dimension getPreferredSize() {
                return new Dimension(260, super.getPreferredSize().height);
            }

            @Override
            public Dimension getMinimumSize() {
                return new Dimension(160, super.getMinimumSize().height);
            }
        };
        p.setOpaque(false);
        GridBagConstraints g = new GridBagConstraints();
        g.gridx = 0;
        g.anchor = GridBagConstraints.WEST;
        g.weightx = 1;
        g.fill = GridBagConstraints.HORIZONTAL;
        p.add(top, g);
        p.add(bottom, g);
        return p;
    }

    private void place(JComponent c, int x, int y, int h, double wx, Insets insets) {
        GridBagConstraints g = new GridBagConstraints();
        g.gridx = x;
        g.gridy = y;
        g.gridheight = h;
        g.weightx = wx;
        g.anchor = h == 2 ? GridBagConstraints.CENTER : y == 0 ? GridBagConstraints.SOUTHWEST : GridBagConstraints.WEST;
        g.fill = wx > 0 || c.getMinimumSize().width < c.getPreferredSize().width
                ? GridBagConstraints.HORIZONTAL : GridBagConstraints.NONE;
        g.insets = insets;
        add(c, g);
    }

    /** Button text, colours and which fields can change: scene, take and notes go into the file when it starts. */
    void show(State s) {
        state = s;
        boolean idle = s == State.IDLE;
        record.setEnabled(s != State.BUSY);
        record.setText(s == State.RECORDING ? "\u25a0  Stop" : "\u25cf  Record");
        record.setToolTipText(s == State.RECORDING ? "Stop and finish the take (R or Alt+R)."
                : "Record the input to a new take in the folder shown (R or Alt+R). The file stays playable"
                + " if the computer crashes.");
        timeCaption.setText(s == State.RECORDING ? "\u25cf REC" : s == State.BUSY ? "\u2026" : "READY");
        // read-only rather than disabled: what goes into the file stays legible while it records
        scene.setEditable(idle);
        scene.setFocusable(idle);
        take.setEnabled(idle);
        notes.setEditable(idle);
        notes.setFocusable(idle);
        chooseFolder.setEnabled(idle);
        restyleRecord();
    }

    State state() {
        return state;
    }

    void showFile(String name, String where) {
        if (!name.equals(file.getText())) file.setText(name);
        if (!where.equals(folder.getText())) folder.setText(where);
        folder.setToolTipText(where);
    }

    void showTime(double seconds) {
        String t = Readout.hms(seconds);
        if (!t.equals(time.getText())) time.setText(t);
    }

    /** Recording time the disk holds; amber under ten minutes, red under two, as the warnings say. */
    void showSpace(double seconds) {
        String t = Readout.hoursMinutes(seconds);
        if (!t.equals(space.getText())) space.setText(t);
        spaceColour = !Double.isFinite(seconds) ? "Headroom.verdict.none"
                : seconds <= 120 ? "Headroom.verdict.loud" : seconds <= 600 ? "Headroom.verdict.quiet" : "Headroom.verdict.ok";
        Color c = Look.colour(spaceColour);
        if (!c.equals(space.getForeground())) space.setForeground(c);
    }

    /** Sets the fields at once, as a user would type them (screenshots and tests). */
    void fill(String sceneText, int takeNumber, String notesText) {
        scene.setText(sceneText);
        setTake(takeNumber);
        notes.setText(notesText);
    }

    String scene() {
        return scene.getText().strip();
    }

    int take() {
        try {
            take.commitEdit(); // a number typed but not yet confirmed with Enter counts
        } catch (java.text.ParseException e) {
            // keep the last valid number
        }
        return (Integer) take.getValue();
    }

    /** The take number as shown, without committing what is being typed (the refresh must not move the caret). */
    int takeShown() {
        return (Integer) take.getValue();
    }

    void setTake(int t) {
        take.setValue(Math.max(1, Math.min(TakeName.MAX_TAKE, t)));
    }

    String notes() {
        return notes.getText().strip();
    }

    @Override
    public void updateUI() {
        super.updateUI();
        // after the children: a theme switch restyles them after their parent, and would undo the colours
        if (record != null) javax.swing.SwingUtilities.invokeLater(this::restyleRecord);
    }

    private void restyleRecord() {
        boolean on = state == State.RECORDING;
        // plain Colors, not the theme's UIResources, which the next theme switch would replace; null is the theme's own
        record.setBackground(on ? own("Headroom.record.on") : null);
        record.setForeground(own(on ? "Headroom.record.text" : "Headroom.record.on"));
        timeCaption.setForeground(own(on ? "Headroom.record.on" : "Headroom.text.dim"));
    }

    private static Color own(String key) {
        return new Color(Look.colour(key).getRGB(), true);
    }
}
