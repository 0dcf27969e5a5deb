package org.headroom.ui.advisor;

import java.awt.BorderLayout;
import java.awt.Font;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.Locale;
import java.util.Optional;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import org.headroom.advice.Location;
import org.headroom.advice.Room;
import org.headroom.advice.Rt60Estimate;
import org.headroom.ui.common.Look;
import org.headroom.ui.common.ThemedLabel;
import org.headroom.ui.common.Readout;

/**
 * What the recording says about the place, figure by figure with a plain tooltip each, and the
 * octave-band spectrum under them. Critical distance follows the room the advice uses, so it is
 * shown even before anything is measured, marked as typical. Above the figures, in the banner's
 * colours, what makes them less sure (a take too short, silent, without speech, clipped).
 */
final class FiguresCard extends JPanel {
    private static final long serialVersionUID = 1L;
    private final JPanel grid = new JPanel(new GridBagLayout());
    private int rows;
    final JLabel noiseFloor = row("Noise floor", "The level of the room tone: the quietest half second, in dB below full scale.");
    final JLabel snr = row("Speech over noise", "How far the talking stands above the background (SNR). 30 dB or more is clean; under 20 dB is a struggle.");
    /** Wraps: "quiet, like an executive office or small church (NC-25, about 1 dBA)" is wider than the column. */
    final WrappingCaption rating = row("Noisiness", "How noisy the place is, as a noise-criterion (NC) rating and rough dBA. Rough: assumes a normal speaking voice.",
            new WrappingCaption(Readout.NONE, "Label.foreground", 0f));
    final JLabel hum = row("Hum", "Mains hum (50 or 60 Hz and its overtones) from lights, fridges, cables.");
    final JLabel wind = row("Wind", "Gusty low rumble from wind or handling.");
    final JLabel hiss = row("Hiss", "Steady broadband hiss: a noisy preamp, gain set too low, air conditioning.");
    final JLabel rt60 = row("RT60 (echo)", "How long the room's echo takes to die away by 60 dB. Under 0.4 s is dry; over 1 s blurs words.");
    final JLabel critical = row("Critical distance", "Where the voice and the room's echo are equally loud for an omni mic. Keep any mic well inside it.");
    final OctaveChart octaves = new OctaveChart();
    final JTextArea cautions = cautionsArea();

    FiguresCard() {
        super(new BorderLayout(0, 8));
        setOpaque(false);
        grid.setOpaque(false);
        JPanel top = new JPanel(new BorderLayout(0, 6));
        top.setOpaque(false);
        top.add(cautions, BorderLayout.NORTH);
        top.add(grid, BorderLayout.CENTER);
        add(top, BorderLayout.NORTH);
        add(octaves, BorderLayout.CENTER);
    }

    /** A text area rather than a label: it wraps to the column's width without a fixed HTML width. */
    private static JTextArea cautionsArea() {
        JTextArea area = new JTextArea() {
            private static final long serialVersionUID = 1L;

            @Override
            public void updateUI() {
                super.updateUI();
                setBackground(Look.colour("Headroom.banner.background"));
                setForeground(Look.colour("Headroom.banner.foreground"));
            }
        };
        area.setName("cautions");
        area.setEditable(false);
        area.setFocusable(false);
        area.setLineWrap(true);
        area.setWrapStyleWord(true);
        area.setBorder(BorderFactory.createEmptyBorder(6, 8, 6, 8));
        area.setVisible(false);
        return area;
    }

    private JLabel row(String name, String tip) {
        return row(name, tip, new ThemedLabel(Readout.NONE, "Label.foreground", 0f, Font.PLAIN));
    }

    private <T extends JComponent> T row(String name, String tip, T value) {
        JLabel key = ThemedLabel.caption(name);
        key.setToolTipText(tip);
        value.setToolTipText(tip);
        value.setName(name);
        GridBagConstraints g = new GridBagConstraints();
        g.gridy = rows++;
        g.anchor = GridBagConstraints.NORTHWEST;
        g.insets = new Insets(2, 0, 2, 12);
        grid.add(key, g);
        g.gridx = 1;
        g.weightx = 1;
        g.fill = GridBagConstraints.HORIZONTAL;
        g.insets = new Insets(2, 0, 2, 0);
        grid.add(value, g);
        return value;
    }

    void show(Location l) {
        noiseFloor.setText(l.noiseFloorDbfs().map(v -> AdvisorLook.number(v, "%.1f", "dBFS")).orElse("not found (too short or silent)"));
        snr.setText(l.snrDb().map(v -> AdvisorLook.number(v, "%.1f", "dB")).orElse("no speech found"));
        rating.setText(l.rating().words().split(" \\(")[0] + ratingFigures(l));
        rating.setToolTipText(l.rating().words());
        hum.setText(l.hum().map(h -> String.format(Locale.ROOT, "yes, %.0f Hz at %s", h.frequencyHz(), AdvisorLook.number(h.levelDbfs(), "%.0f", "dBFS"))).orElse("none"));
        wind.setText(l.wind() ? "yes \u2014 use a windshield" : "none");
        hiss.setText(l.hiss() ? "yes" : "none");
        rt60.setText(rt60Text(l.rt60()));
        l.rt60().ifPresent(r -> rt60.setToolTipText(r.detail()));
        octaves.show(l);
        cautions.setText(String.join("\n", l.cautions().stream().map(c -> "\u26a0 " + Readout.minusSign(c)).toList()));
        cautions.setVisible(!l.cautions().isEmpty());
        revalidate();
    }

    /** The room the advice is using right now; "typical" unless a measured RT60 went into it. */
    void showRoom(Optional<Room> room, boolean measured) {
        critical.setText(room.map(r -> AdvisorLook.number(r.criticalDistance(), "%.2f", "m")
                + (measured ? " (measured RT60)" : " (typical for the place)")).orElse("outdoors: no echo build-up"));
    }

    private static String ratingFigures(Location l) {
        if (!Double.isFinite(l.rating().nc())) return "";
        return " (" + Readout.minusSign(l.rating().figures()) + ")";
    }

    private static String rt60Text(Optional<Rt60Estimate> estimate) {
        return estimate.map(r -> String.format(Locale.ROOT, "%.2f s (%s, %s confidence)",
                r.seconds(), r.method() == org.headroom.advice.Rt60Method.CLAP ? "clap" : "speech",
                r.confidenceWord())).orElse("not found: clap your hands once in the recording");
    }
}
