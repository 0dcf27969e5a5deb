package org.headroom.ui.monitor;

import org.headroom.ui.common.InfoGrid;
import java.awt.BorderLayout;
import java.util.Locale;
import javax.swing.JLabel;
import javax.swing.JPanel;

import org.headroom.analysis.LiveSnapshot;
import org.headroom.audio.CaptureFormat;
import org.headroom.audio.SourceFormat;
import org.headroom.ui.common.Readout;
import org.headroom.ui.common.ThemedLabel;

/**
 * What is actually being recorded: the negotiated format, its bit rate, the bits really used,
 * what was asked for, lost buffers, and a warning when the device gave something else than
 * the production asked for (a 44.1 kHz/16-bit interface where 48/24 was wanted).
 */
final class FormatPanel extends JPanel implements MeterView {
    private static final long serialVersionUID = 1L;
    private final InfoGrid grid = new InfoGrid();
    private final JLabel format = grid.row("Format", "The format the sound card (or file) actually delivers.");
    private final JLabel bitRate = grid.row("Bit rate", "Sample rate \u00d7 bits \u00d7 channels: the data rate of"
            + " the uncompressed recording.");
    private final JLabel bits = grid.row("Effective bits", "<html>Bits actually used by the samples so far. A 24-bit"
            + " stream whose low 8 bits are always zero<br>carries only 16 bits of detail (a 16-bit device"
            + " padded to 24).</html>");
    private final JLabel asked = grid.row("Asked for", "The format the monitor asked the device for (from"
            + " presets/ui/monitor.json).");
    private final JLabel overruns = grid.row("Overruns", "Times the capture buffer overflowed and audio was lost"
            + " (the computer was too busy). Should stay 0.");
    private final JLabel warning = new ThemedLabel(" ", "Headroom.verdict.quiet", -1f, java.awt.Font.PLAIN);
    private OpenedInput shownFor;

    FormatPanel() {
        super(new BorderLayout(0, 6));
        setOpaque(false);
        add(grid, BorderLayout.CENTER);
        warning.setName("format-warning");
        add(warning, BorderLayout.SOUTH);
    }

    String warningText() {
        return warning.getText();
    }

    @Override
    public void show(MeterFrame frame) {
        LiveSnapshot s = frame.snapshot();
        SourceFormat f = s.format();
        OpenedInput in = frame.input();
        if (in != shownFor) {
            shownFor = in;
            InfoGrid.set(format, describe(f, in.actual()), "Label.foreground");
            InfoGrid.set(bitRate, String.format(Locale.ROOT, "%.0f kbit/s", in.source().bitRate().kbps()),
                    "Label.foreground");
            CaptureFormat req = in.requested();
            InfoGrid.set(asked, req == null ? "\u2014 (the " + (in.isDemo() ? "demo take's" : "file's") + " own format)"
                    : req.rateAndBits() + " / " + req.channels() + " ch", "Label.foreground");
            boolean differs = req != null && in.actual() != null && !req.equals(in.actual());
            String text = differs ? "<html>\u26a0 The device gave " + in.actual().rateAndBits() + " / "
                    + in.actual().channels() + " ch, not the " + req.rateAndBits() + " / " + req.channels()
                    + " ch the preset asks for.</html>" : " ";
            warning.setText(text);
        }
        Integer eff = s.effectiveBits();
        Integer container = f.bitsPerSample();
        String key = eff != null && container != null && eff < container && s.seconds() > 2 ? "Headroom.verdict.quiet"
                : "Label.foreground";
        InfoGrid.set(bits, eff == null ? Readout.NONE : container == null ? eff.toString() : eff + " of " + container,
                key);
        InfoGrid.set(overruns, Long.toString(s.overruns()), s.overruns() > 0 ? "Headroom.verdict.loud" : "Label.foreground");
    }

    static String describe(SourceFormat f, CaptureFormat actual) {
        double khz = f.sampleRate() / 1000.0;
        String rate = khz == Math.rint(khz) ? String.valueOf((int) khz) : String.format(Locale.ROOT, "%.1f", khz);
        String depth = f.bitsPerSample() == null ? f.encoding() : f.bitsPerSample() + "-bit " + f.encoding();
        String ch = f.channels() == 1 ? "mono" : f.channels() == 2 ? "stereo" : f.channels() + " ch";
        return rate + " kHz \u00b7 " + depth + " \u00b7 " + ch;
    }
}
