package org.headroom.ui.monitor;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import javax.swing.JButton;
import javax.swing.UIManager;
import org.headroom.ui.common.Look;
import org.headroom.ui.common.Readout;

/**
 * One channel's clip light. It latches: once a clip event fires it stays red, with the count
 * and the time since the last clip ("0:12 ago", for the operator who glances now and then),
 * until clicked (or Space with focus), which clears this channel only. The tooltip names the
 * rule that fired. A JButton underneath, so it takes focus and is announced as a button.
 */
final class ClipLed extends JButton {
    private static final long serialVersionUID = 1L;
    private static final String IDLE_TIP = "<html>Clip light for channel %s. It lights when the recording hits the"
            + " ceiling (rule: %s)<br>and stays lit until you click it, so you cannot miss a clip while looking"
            + " away.</html>";

    private final String channelName;
    private String rule;
    private long clips;
    private Double secondsSince;
    private long staleCount;
    private long staleUntilNanos;

    ClipLed(String channelName, String rule) {
        this.channelName = channelName;
        this.rule = rule;
        setName("clip-" + channelName);
        setContentAreaFilled(false);
        setBorderPainted(false);
        setFocusPainted(false);
        setPreferredSize(new Dimension(52, 40));
        setMinimumSize(getPreferredSize());
        getAccessibleContext().setAccessibleName("Clip light " + channelName);
        refreshTooltip();
    }

    long clips() {
        return clips;
    }

    boolean isLit() {
        return clips > 0;
    }

    /** The text under the count: "0:12 ago", or "" while unlit. */
    String agoText() {
        return secondsSince == null ? "" : Readout.clock(secondsSince) + " ago";
    }

    /**
     * Goes dark at once on a click. The session clears its count on the capture thread a block
     * later, so snapshots still carrying the old count are ignored for a moment.
     */
    void clearNow() {
        long was = clips;
        show(0, null, null);
        staleCount = was;
        staleUntilNanos = System.nanoTime() + 500_000_000L;
    }

    /** Narrow columns (many channels): the count alone, the time since the last clip in the tooltip. */
    private boolean compact;

    void setCompact(boolean compact) {
        this.compact = compact;
        setPreferredSize(compact ? new Dimension(34, 30) : new Dimension(52, 40));
        setMinimumSize(getPreferredSize());
    }

    void show(long clips, Double secondsSince, String firedRule) {
        if (staleCount > 0) {
            if (clips == staleCount && System.nanoTime() < staleUntilNanos) return;
            staleCount = 0;
        }
        String before = agoText();
        long beforeClips = this.clips;
        this.clips = clips;
        this.secondsSince = secondsSince;
        if (firedRule != null) rule = firedRule;
        if (clips != beforeClips) refreshTooltip();
        if (clips != beforeClips || !before.equals(agoText())) repaint();
    }

    private void refreshTooltip() {
        if (clips == 0) {
            setToolTipText(String.format(IDLE_TIP, channelName, rule));
        } else {
            setToolTipText("<html><b>Channel " + channelName + " clipped " + clips + (clips == 1 ? " time" : " times")
                    + "</b><br>Rule that fired: " + rule + "<br>Turn the gain down and retake if it matters."
                    + "<br>Click to clear this light.</html>");
        }
        getAccessibleContext().setAccessibleDescription(clips == 0 ? "no clip" : clips + " clips");
    }

    @Override
    protected void paintComponent(Graphics g0) {
        Graphics2D g = (Graphics2D) g0.create();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        int w = getWidth();
        int h = getHeight();
        boolean lit = clips > 0;
        g.setColor(Look.colour(lit ? "Headroom.led.on" : "Headroom.led.off"));
        g.fillRoundRect(1, 1, w - 2, h - 2, 6, 6);
        if (hasFocus()) {
            g.setColor(UIManager.getColor("Component.focusColor"));
            g.setStroke(new BasicStroke(2f));
            g.drawRoundRect(1, 1, w - 3, h - 3, 6, 6);
        }
        g.setColor(lit ? Color.WHITE : Look.colour("Headroom.text.dim"));
        if (!lit) {
            g.setFont(Look.font(-2f, java.awt.Font.PLAIN));
            FontMetrics fm = g.getFontMetrics();
            String text = compact ? "\u2013" : "no clip";
            g.drawString(text, (w - fm.stringWidth(text)) / 2, (h + fm.getAscent() - fm.getDescent()) / 2);
        } else {
            // the count big, the time since the last clip under it: what an operator glancing over wants
            g.setFont(Look.font(compact ? -2f : 1f, java.awt.Font.BOLD));
            FontMetrics fm = g.getFontMetrics();
            String count = clips > 9999 ? (compact ? "10k+" : "9999+") : clips > 999 && compact ? clips / 1000 + "k" : Long.toString(clips);
            int baseline = compact ? (h + fm.getAscent() - fm.getDescent()) / 2 : h / 2 - 1;
            g.drawString(count, (w - fm.stringWidth(count)) / 2, baseline);
            g.setFont(Look.font(-3f, java.awt.Font.PLAIN));
            fm = g.getFontMetrics();
            if (compact) { // the time since the last clip is in the tooltip: a narrow light shows the count
                g.dispose();
                return;
            }
            String ago = agoText();
            g.drawString(ago, (w - fm.stringWidth(ago)) / 2, h / 2 + fm.getAscent());
        }
        g.dispose();
    }
}
