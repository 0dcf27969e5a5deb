package org.headroom.ui.advisor;

import java.awt.BorderLayout;
import java.awt.Font;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.Locale;
import java.util.Optional;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JEditorPane;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSpinner;
import javax.swing.JTextField;
import javax.swing.SpinnerNumberModel;
import javax.swing.text.html.HTMLEditorKit;
import org.headroom.advice.GuessCheck;
import org.headroom.advice.Location;
import org.headroom.advice.NoiseCriteria;
import org.headroom.ui.common.Look;
import org.headroom.ui.common.Card;
import org.headroom.ui.common.ThemedLabel;
import org.headroom.ui.common.Readout;
import org.headroom.ui.common.KeyTable;

/**
 * "Your recording": measure, guess, compare. The measured figures stay hidden until the apprentice
 * has guessed, because seeing them first would make the guess worthless as practice.
 */
final class RecordingPanel extends JPanel {
    private static final long serialVersionUID = 1L;
    final JSpinner talker = new JSpinner(new SpinnerNumberModel(1.0, 0.1, 20.0, 0.1));
    final MeasureBar measureBar;
    final JTextField floorGuess = new JTextField(6);
    final JTextField snrGuess = new JTextField(6);
    final JTextField rt60Guess = new JTextField(6);
    final JButton compare = new JButton("Compare");
    final JLabel score = new ThemedLabel(Readout.NONE, "Label.foreground", 14f, Font.BOLD);
    final JEditorPane lines = new JEditorPane();
    final FiguresCard figures = new FiguresCard();
    private final JPanel figuresCard;
    private Optional<Location> measured = Optional.empty();

    /** @param criteria the NC curves a measured place is rated against */
    RecordingPanel(NoiseCriteria criteria) {
        super(new BorderLayout(12, 12));
        setBorder(BorderFactory.createEmptyBorder(12, 12, 12, 12));
        talker.setEditor(new JSpinner.NumberEditor(talker, "0.0#"));
        measureBar = new MeasureBar("recording.", () -> ((Number) talker.getValue()).doubleValue(), criteria, (l, ofThePlace) -> measuredPlace(l));
        talker.setName("recordingTalker");
        floorGuess.setName("floorGuess");
        snrGuess.setName("snrGuess");
        rt60Guess.setName("rt60Guess");
        compare.setName("compare");
        score.setName("guessScore");
        lines.setName("guessLines");
        talker.setToolTipText("How far the talker was from the mic in the recording, in metres: it sets the loudness scale.");
        floorGuess.setToolTipText("Your guess of the noise floor in dBFS (e.g. \u221260). Leave empty to skip.");
        snrGuess.setToolTipText("Your guess of how far speech stands over the noise, in dB (e.g. 30). Leave empty to skip.");
        rt60Guess.setToolTipText("Your guess of the echo time RT60, in seconds (e.g. 0.5). Leave empty to skip.");
        compare.setToolTipText("Compare your guesses with what Headroom measured.");
        KeyTable.ADVISOR.apply(compare, "recording.compare");
        compare.setEnabled(false);
        lines.setEditable(false);
        lines.setEditorKit(new HTMLEditorKit());
        lines.setOpaque(false);
        compare.addActionListener(e -> compare());

        // Two halves of the window: what to do (measure, guess) on the left, what came of it (the
        // score, then the figures) on the right, so the tab uses its width before and after Compare.
        JPanel one = new JPanel(new BorderLayout(0, 6));
        one.add(row(new JComponent[] {label("Talker was (m) from the mic", talker), talker}), BorderLayout.NORTH);
        one.add(measureBar, BorderLayout.CENTER);
        JPanel two = new JPanel(new GridBagLayout());
        addGuess(two, 0, "Noise floor (dBFS)", floorGuess);
        addGuess(two, 1, "Speech over noise (dB)", snrGuess);
        addGuess(two, 2, "RT60 (s)", rt60Guess);
        GridBagConstraints g = new GridBagConstraints();
        g.gridy = 3;
        g.gridx = 1;
        g.anchor = GridBagConstraints.WEST;
        g.insets = new Insets(8, 0, 0, 0);
        two.add(compare, g);
        JPanel three = new JPanel(new BorderLayout(12, 6));
        JPanel scoreBox = new JPanel(new BorderLayout());
        scoreBox.setOpaque(false);
        scoreBox.add(score, BorderLayout.NORTH);
        scoreBox.add(ThemedLabel.caption("of 100"), BorderLayout.SOUTH);
        JPanel scoreTop = new JPanel(new BorderLayout()); // keeps "of 100" under the number, not mid-card
        scoreTop.setOpaque(false);
        scoreTop.add(scoreBox, BorderLayout.NORTH);
        three.add(scoreTop, BorderLayout.WEST);
        three.add(lines, BorderLayout.CENTER);
        lines.setText(html(WAITING));
        figuresCard = new Card("What Headroom measured", figures);
        figuresCard.setVisible(false);

        JPanel halves = new JPanel(new java.awt.GridLayout(1, 2, 12, 0));
        halves.setOpaque(false);
        halves.add(column(false, new Card("1 \u00b7 Measure your recording", one), new Card("2 \u00b7 Guess, before you look", two)));
        halves.add(column(true, new Card("3 \u00b7 How close you were", three), figuresCard));
        add(halves, BorderLayout.CENTER);
    }

    /** What step 3 says before there is anything to compare. */
    static final String WAITING = "<p>Measure a recording of a place (step 1), type what you think its figures are "
            + "(step 2) and press Compare: your score and Headroom's figures appear here.</p>";

    /**
     * Cards stacked from the top, each as tall as it needs; the column scrolls if the window is short.
     *
     * @param lastFills the last card takes the height left (the figures' octave chart grows into it)
     */
    private static JComponent column(boolean lastFills, JComponent... cards) {
        FormColumn column = new FormColumn(new GridBagLayout());
        GridBagConstraints g = new GridBagConstraints();
        g.gridx = 0;
        g.fill = GridBagConstraints.HORIZONTAL;
        g.weightx = 1;
        g.anchor = GridBagConstraints.NORTH;
        g.insets = new Insets(0, 0, 12, 0);
        for (int i = 0; i < cards.length; i++) {
            boolean fills = lastFills && i == cards.length - 1;
            g.fill = fills ? GridBagConstraints.BOTH : GridBagConstraints.HORIZONTAL;
            g.weighty = fills ? 1 : 0;
            column.add(cards[i], g);
        }
        // the rest of the height, while the last card is hidden (a hidden component's weight counts for nothing)
        g.weighty = 1e-6;
        g.fill = GridBagConstraints.BOTH;
        column.add(javax.swing.Box.createVerticalGlue(), g);
        javax.swing.JScrollPane scroll = new javax.swing.JScrollPane(column);
        scroll.setBorder(null);
        scroll.setOpaque(false);
        scroll.getViewport().setOpaque(false);
        scroll.setHorizontalScrollBarPolicy(javax.swing.JScrollPane.HORIZONTAL_SCROLLBAR_NEVER);
        scroll.getVerticalScrollBar().setUnitIncrement(16);
        return scroll;
    }

    private String html(String body) {
        java.awt.Color ink = Look.colour("Label.foreground");
        return String.format("<html><body style=\"color:#%06x; font-family:'%s'\">%s</body></html>",
                ink.getRGB() & 0xFFFFFF, lines.getFont().getFamily(), body);
    }

    private void measuredPlace(Location l) {
        measured = Optional.of(l);
        figures.show(l);
        figures.showRoom(Optional.empty(), false);
        figures.critical.setText("see the Advise tab: it needs the room's size");
        figuresCard.setVisible(false);
        compare.setEnabled(true);
        score.setText(Readout.NONE);
        lines.setText(html("<p>Measured. Now type your guesses (step 2) and press Compare.</p>"));
        floorGuess.requestFocusInWindow();
    }

    /** Scores the guesses and then reveals the figures; the Compare button and tests come here. */
    GuessCheck.Result compare() {
        if (measured.isEmpty()) return null;
        GuessCheck.Result r = GuessCheck.compare(measured.get(), parse(floorGuess), parse(snrGuess), parse(rt60Guess));
        score.setText(Words.score(r.score()));
        String body = r.lines().isEmpty() ? "<p>Type at least one guess that the recording lets Headroom measure.</p>"
                : Words.bullets(r.lines());
        lines.setText(html(body));
        figuresCard.setVisible(true);
        revalidate();
        return r;
    }

    /** A guess as typed; empty or unreadable means "skip", and a typed Unicode minus is accepted. */
    static Double parse(JTextField field) {
        String t = field.getText().trim().replace('\u2212', '-').replace(',', '.');
        if (t.isEmpty()) return null;
        try {
            double v = Double.parseDouble(t);
            return Double.isFinite(v) ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    boolean figuresShown() {
        return figuresCard.isVisible();
    }

    private static void addGuess(JPanel panel, int row, String name, JTextField field) {
        GridBagConstraints g = new GridBagConstraints();
        g.gridy = row;
        g.anchor = GridBagConstraints.WEST;
        g.insets = new Insets(3, 0, 3, 12);
        panel.add(label(name, field), g);
        g.gridx = 1;
        g.weightx = 1;
        g.insets = new Insets(3, 0, 3, 0);
        panel.add(field, g);
    }

    private static JLabel label(String text, JComponent field) {
        JLabel l = ThemedLabel.caption(text);
        l.setLabelFor(field);
        return l;
    }

    private static JPanel row(JComponent[] parts) {
        JPanel p = new JPanel(new java.awt.FlowLayout(java.awt.FlowLayout.LEFT, 8, 0));
        p.setOpaque(false);
        for (JComponent c : parts) p.add(c);
        return p;
    }
}
