package org.headroom.ui.monitor;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.GridLayout;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;

import org.headroom.analysis.LiveSnapshot;
import org.headroom.preset.DeliveryPreset;
import org.headroom.ui.common.Readout;
import org.headroom.ui.common.ThemedLabel;
import org.headroom.ui.common.KeyTable;

/**
 * Loudness as a loudness meter shows it (EBU R 128 / BS.1770): momentary, short-term,
 * integrated and loudness range as big numbers coloured against the active delivery preset's
 * target, the highest true peak against its ceiling, a reset for integrated and LRA, and the
 * preset chooser.
 */
final class LoudnessPanel extends JPanel implements MeterView {
    private static final long serialVersionUID = 1L;

    private final ReadingTile momentary = new ReadingTile("Momentary \u00b7 0.4 s", "LUFS", 16f,
            "<html>Loudness of the last 0.4 s (EBU R 128 momentary). Jumps with every word;"
                    + "<br>green when near the preset's target, red when louder, amber when quieter.</html>");
    private final ReadingTile shortTerm = new ReadingTile("Short-term \u00b7 3 s", "LUFS", 16f,
            "<html>Loudness of the last 3 s (EBU R 128 short-term): how loud this passage feels.</html>");
    private final ReadingTile integrated = new ReadingTile("Integrated", "LUFS", 16f,
            "<html>Loudness of everything since the last reset, with silence gated out (BS.1770)."
                    + "<br>This is the number a delivery spec checks. Reset it at the start of a take.</html>");
    private final ReadingTile range = new ReadingTile("Range (LRA)", "LU", 16f,
            "<html>Loudness range (EBU Tech 3342): how much the loudness varies, quiet to loud passages."
                    + "<br>Speech is usually 3\u20138 LU; a large range means listeners reach for the volume.</html>");
    private final ReadingTile truePeak = new ReadingTile("True peak max", "dBTP", 16f,
            "<html>Highest true peak of any channel since the start (BS.1770 Annex 2):"
                    + "<br>red when above the preset's ceiling, which an encoder may turn into distortion.</html>");
    private final JLabel target = ThemedLabel.caption(" ");
    private final JComboBox<DeliveryPreset> presets = new JComboBox<>();
    private boolean filling;

    LoudnessPanel(MeterActions actions, Consumer<DeliveryPreset> presetChosen) {
        super(new BorderLayout(0, 8));
        setOpaque(false);
        JPanel tiles = new JPanel(new GridLayout(1, 5, 14, 0));
        tiles.setOpaque(false);
        for (ReadingTile t : List.of(momentary, shortTerm, integrated, range, truePeak)) tiles.add(t);
        add(tiles, BorderLayout.CENTER);

        presets.setName("preset");
        presets.setPrototypeDisplayValue(new DeliveryPreset("x", "Podcast, stereo (Apple) xx", null, null, null,
                null, null, null, null, null, java.util.Map.of(), ""));
        presets.setToolTipText("The delivery the programme is made for: its loudness target, tolerance and"
                + " true-peak ceiling colour the numbers.");
        presets.setRenderer(new DefaultListCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public java.awt.Component getListCellRendererComponent(JList<?> list, Object value, int index,
                                                                   boolean selected, boolean focus) {
                Object text = value instanceof DeliveryPreset p ? p.title() : value;
                return super.getListCellRendererComponent(list, text, index, selected, focus);
            }
        });
        presets.addActionListener(e -> {
            if (!filling && presets.getSelectedItem() instanceof DeliveryPreset p) presetChosen.accept(p);
        });
        JButton reset = new JButton("Reset I / LRA");
        reset.setName("reset-loudness");
        KeyTable.MONITOR.apply(reset, "resetLoudness");
        reset.setToolTipText("Start integrated loudness and loudness range again (" + KeyTable.MONITOR.hint("resetLoudness")
                + "), as at the start of a take.");
        reset.addActionListener(e -> actions.resetLoudness());
        JPanel bottom = new JPanel(new BorderLayout(12, 0));
        bottom.setOpaque(false);
        bottom.add(target, BorderLayout.CENTER);
        JPanel right = new JPanel(new FlowLayout(FlowLayout.RIGHT, 6, 0));
        right.setOpaque(false);
        JLabel presetLabel = ThemedLabel.caption("Delivery");
        presetLabel.setLabelFor(presets);
        presetLabel.setDisplayedMnemonic(KeyTable.MONITOR.mnemonic("delivery"));
        right.add(presetLabel);
        right.add(presets);
        right.add(reset);
        bottom.add(right, BorderLayout.EAST);
        add(bottom, BorderLayout.SOUTH);
    }

    void setPresets(List<DeliveryPreset> all, DeliveryPreset active) {
        filling = true;
        presets.removeAllItems();
        for (DeliveryPreset p : all) presets.addItem(p);
        presets.setSelectedItem(active);
        filling = false;
    }

    String integratedText() {
        return integrated.text();
    }

    @Override
    public void show(MeterFrame frame) {
        LiveSnapshot s = frame.snapshot();
        DeliveryPreset p = frame.preset();
        Double goal = p.integratedLufs();
        Double tol = p.toleranceLu();
        if (frame.inputLost()) {
            // the last 0.4 s and 3 s are over: no frozen "now" figures (integrated, LRA and true peak stand for the take)
            momentary.show(Readout.NONE, TargetVerdict.NONE);
            shortTerm.show(Readout.NONE, TargetVerdict.NONE);
        } else {
            momentary.show(Readout.db(s.momentaryLufs()), TargetVerdict.of(s.momentaryLufs(), goal, tol));
            shortTerm.show(Readout.db(s.shortTermLufs()), TargetVerdict.of(s.shortTermLufs(), goal, tol));
        }
        integrated.show(Readout.db(s.integratedLufs()), TargetVerdict.of(s.integratedLufs(), goal, tol));
        range.show(Readout.db(s.loudnessRangeLu()), TargetVerdict.NONE);
        double tp = Double.NEGATIVE_INFINITY;
        for (LiveSnapshot.ChannelMeters m : s.channels()) tp = Math.max(tp, m.truePeakDbtp());
        truePeak.show(Readout.db(tp), TargetVerdict.ofCeiling(tp, p.truePeakMaxDbtp()));
        String text = targetText(p);
        if (!text.equals(target.getText())) target.setText(text);
    }

    static String targetText(DeliveryPreset p) {
        StringBuilder b = new StringBuilder();
        if (p.integratedLufs() == null) {
            b.append("No loudness target");
        } else {
            b.append("Target ").append(Readout.db(p.integratedLufs())).append(" LUFS");
            b.append(p.toleranceLu() == null ? " (normalised; \u00b11 LU shown as a guide)"
                    : " \u00b1" + Readout.db(p.toleranceLu()) + " LU");
        }
        if (p.truePeakMaxDbtp() != null) b.append(" \u00b7 true peak \u2264 ").append(Readout.db(p.truePeakMaxDbtp())).append(" dBTP");
        return b.toString();
    }
}
