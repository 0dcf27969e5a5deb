package org.headroom.ui.monitor;

import java.awt.Font;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingConstants;

import org.headroom.analysis.LiveSnapshot;
import org.headroom.audio.SourceFormat;
import org.headroom.preset.DeliveryPreset;
import org.headroom.ui.common.Look;
import org.headroom.ui.common.Readout;
import org.headroom.ui.common.ThemedLabel;

/**
 * The level section: per channel a held-peak number (click resets), the bar, the channel
 * name, the clip light, true peak and RMS, in aligned columns beside the dBFS ruler. Rebuilt
 * when an input with another channel count arrives.
 */
final class LevelsPanel extends JPanel implements MeterView {
    private static final long serialVersionUID = 1L;

    private final UiPresets presets;
    private final MeterActions actions;
    private final LongConsumer painted;
    private final List<LevelMeter> bars = new ArrayList<>();
    private final List<JButton> held = new ArrayList<>();
    private final List<ClipLed> leds = new ArrayList<>();
    private final List<JLabel> truePeaks = new ArrayList<>();
    private final List<JLabel> rms = new ArrayList<>();
    private Ballistics shownBallistics;
    private boolean compact;
    /** What the RMS figure reads once the input is gone. */
    static final String NO_INPUT = "no input";
    /** Above this many channels the columns go narrow: smaller figures, the clip light's count alone. */
    static final int COMPACT_ABOVE = 8;
    /** The widest figure a column shows; each column is made at least this wide so none reads "…". */
    private static final String WIDEST = "\u2212100.0";

    LevelsPanel(UiPresets presets, MeterActions actions, LongConsumer painted) {
        super(new GridBagLayout());
        this.presets = presets;
        this.actions = actions;
        this.painted = painted;
        setOpaque(false);
    }

    int channelCount() {
        return bars.size();
    }

    List<ClipLed> leds() {
        return leds;
    }

    /** Lays out one column per channel of the new input. */
    void rebuild(SourceFormat format, String clipRule, Ballistics ballistics) {
        removeAll();
        bars.clear();
        held.clear();
        leds.clear();
        truePeaks.clear();
        rms.clear();
        int n = format.channels();
        compact = n > COMPACT_ABOVE;
        float figures = compact ? -3f : -1f;
        addCell(ThemedLabel.caption("Held"), 0, 0, 0);
        addCell(new ScaleRuler(presets), 0, 1, 1);
        addCell(ThemedLabel.caption("Clip"), 0, 3, 0);
        addCell(ThemedLabel.caption("TP"), 0, 4, 0);
        addCell(ThemedLabel.caption("RMS"), 0, 5, 0);
        for (int ch = 0; ch < n; ch++) {
            String name = ChannelNames.of(format, ch);
            int col = ch + 1;
            JButton peak = heldPeakButton(name, compact);
            held.add(peak);
            addCell(peak, col, 0, 0);
            LevelMeter bar = new LevelMeter(presets, barTip(name, ballistics));
            bar.setName("bar-" + name);
            if (ch == 0) bar.onPainted(painted);
            bars.add(bar);
            addCell(bar, col, 1, 1);
            JLabel label = new ThemedLabel(name, "Label.foreground", compact ? -2f : 0f, Font.BOLD);
            label.setHorizontalAlignment(SwingConstants.CENTER);
            addCell(label, col, 2, 0);
            ClipLed led = new ClipLed(name, clipRule);
            led.setCompact(compact);
            int channel = ch;
            led.addActionListener(e -> {
                actions.resetClips(channel);
                led.clearNow();
            });
            leds.add(led);
            addCell(led, col, 3, 0);
            truePeaks.add(readout(figures, "True peak of channel " + name + " since the start, in dBTP: the peak between"
                    + " samples that a converter or a lossy encoder will produce. Keep it under the preset's ceiling."));
            addCell(truePeaks.get(ch), col, 4, 0);
            rms.add(readout(figures, "RMS of channel " + name + " over the last 0.3 s: the average level, nearer to how loud"
                    + " it sounds than the peak. Dialogue usually sits around \u221220 to \u221218 dBFS."));
            rms.get(ch).setName("rms-" + name);
            truePeaks.get(ch).setName("tp-" + name);
            addCell(rms.get(ch), col, 5, 0);
        }
        shownBallistics = ballistics;
        revalidate();
        repaint();
    }

    private JButton heldPeakButton(String name, boolean compact) {
        JButton b = new WholeTextButton(WIDEST);
        b.setName("held-" + name);
        b.putClientProperty("JButton.buttonType", "borderless");
        b.setFont(Look.font(compact ? -3f : 0f, Font.BOLD));
        b.setMargin(new Insets(1, 0, 1, 0));
        b.setToolTipText("<html>Highest sample peak since the last reset, in dBFS.<br>"
                + "Click (or Space) to reset the held peaks of all channels.</html>");
        b.addActionListener(e -> actions.resetHeldPeaks());
        return b;
    }

    private static JLabel readout(float sizeDelta, String tip) {
        JLabel l = new WholeTextLabel(WIDEST, sizeDelta);
        l.setHorizontalAlignment(SwingConstants.CENTER);
        l.setToolTipText(tip);
        return l;
    }

    private static String barTip(String name, Ballistics b) {
        return "<html><b>Level of channel " + name + "</b> \u2014 " + b.label + "<br>" + b.explanation
                + "<br>Green is safe, yellow is loud (above \u221212 dBFS), red is close to clipping (above \u22126)."
                + "<br>The bright line is the peak hold: the highest recent peak, held for a moment.</html>";
    }

    private void addCell(JComponent c, int col, int row, double weighty) {
        GridBagConstraints g = new GridBagConstraints();
        g.gridx = col;
        g.gridy = row;
        g.weightx = col == 0 ? 0 : 1;
        g.weighty = weighty;
        g.fill = row == 1 ? GridBagConstraints.BOTH : GridBagConstraints.HORIZONTAL;
        g.insets = new Insets(row == 1 ? 4 : 2, col == 0 ? 0 : 4, row == 1 ? 4 : 2, 0);
        add(c, g);
    }

    @Override
    public void show(MeterFrame frame) {
        LiveSnapshot s = frame.snapshot();
        if (s.channels().size() != bars.size()) return; // a new input is being laid out
        if (frame.ballistics() != shownBallistics) {
            for (int ch = 0; ch < bars.size(); ch++) {
                bars.get(ch).setToolTipText(barTip(ChannelNames.of(s.format(), ch), frame.ballistics()));
            }
            shownBallistics = frame.ballistics();
        }
        if (frame.inputLost()) {
            // the last reading would stand frozen as if the input were still there: grey bars, no
            // running figures (held peaks, clip counts and true peaks stay: they tell what happened)
            for (int ch = 0; ch < bars.size(); ch++) {
                bars.get(ch).showNoInput();
                setText(rms.get(ch), compact ? Readout.NONE : NO_INPUT); // a narrow column: the bar says it
            }
            return;
        }
        DeliveryPreset preset = frame.preset();
        for (int ch = 0; ch < bars.size(); ch++) {
            LiveSnapshot.ChannelMeters m = s.channels().get(ch);
            bars.get(ch).show(frame.barDb(ch), m.rmsDbfs(), m.holdDbfs(), s.arrivalNanos());
            setText(held.get(ch), Readout.db(m.heldPeakDbfs()));
            held.get(ch).setForeground(Look.colour(Double.isFinite(m.heldPeakDbfs())
                    ? presets.bandAt(m.heldPeakDbfs()) : "Label.foreground"));
            leds.get(ch).show(m.clips(), m.secondsSinceClip(), null);
            JLabel tp = truePeaks.get(ch);
            setText(tp, Readout.db(m.truePeakDbtp()));
            tp.setForeground(Look.colour(TargetVerdict.ofCeiling(m.truePeakDbtp(), preset.truePeakMaxDbtp()).colourKey));
            setText(rms.get(ch), Readout.db(m.rmsDbfs()));
        }
    }

    private static void setText(javax.swing.AbstractButton b, String text) {
        if (!text.equals(b.getText())) b.setText(text);
    }

    private static void setText(JLabel l, String text) {
        if (!text.equals(l.getText())) l.setText(text);
    }

    /** A figure that asks for the width of the widest figure, so a column never cuts one to "…". */
    private static final class WholeTextLabel extends ThemedLabel {
        private static final long serialVersionUID = 1L;
        private final String widest;

        WholeTextLabel(String widest, float sizeDelta) {
            super(Readout.NONE, "Label.foreground", sizeDelta, Font.PLAIN);
            this.widest = widest;
        }

        @Override
        public java.awt.Dimension getPreferredSize() {
            return wideEnough(this, super.getPreferredSize(), widest);
        }

        @Override
        public java.awt.Dimension getMinimumSize() {
            return getPreferredSize();
        }
    }

    /** The held-peak button: as wide as the widest figure, like the figures under it. */
    private static final class WholeTextButton extends JButton {
        private static final long serialVersionUID = 1L;
        private final String widest;

        WholeTextButton(String widest) {
            super(Readout.NONE);
            this.widest = widest;
        }

        @Override
        public java.awt.Dimension getPreferredSize() {
            return wideEnough(this, super.getPreferredSize(), widest);
        }

        @Override
        public java.awt.Dimension getMinimumSize() {
            return getPreferredSize();
        }
    }

    /** {@code d} widened, where needed, to hold {@code widest} in {@code c}'s font inside its insets. */
    private static java.awt.Dimension wideEnough(javax.swing.JComponent c, java.awt.Dimension d, String widest) {
        java.awt.Insets in = c.getInsets();
        d.width = Math.max(d.width, c.getFontMetrics(c.getFont()).stringWidth(widest) + in.left + in.right);
        return d;
    }
}
