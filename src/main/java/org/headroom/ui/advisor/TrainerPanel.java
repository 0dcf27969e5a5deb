package org.headroom.ui.advisor;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.List;
import java.util.Locale;
import javax.swing.BorderFactory;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JEditorPane;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JScrollPane;
import javax.swing.JSpinner;
import javax.swing.JTextArea;
import javax.swing.ListSelectionModel;
import javax.swing.SpinnerNumberModel;
import javax.swing.text.html.HTMLEditorKit;
import org.headroom.advice.MicType;
import org.headroom.advice.PatternId;
import org.headroom.advice.Scenario;
import org.headroom.advice.Trainer;
import org.headroom.advice.TrainingSession;
import org.headroom.advice.Verdict;
import org.headroom.ui.common.Look;
import org.headroom.ui.common.Card;
import org.headroom.ui.common.ThemedLabel;
import org.headroom.ui.common.Readout;
import org.headroom.ui.common.KeyTable;

/**
 * The "Trainer" tab: pick a scenario, read the brief, choose a pattern, a mic type and a distance,
 * and Check. Headroom scores the answer, explains it, and shows its own first choice with the
 * numbers; the session score is the running average.
 */
final class TrainerPanel extends JPanel {
    private static final long serialVersionUID = 1L;
    final JList<Scenario> scenarios;
    final JTextArea brief = new JTextArea();
    final JComboBox<PatternId> pattern = new JComboBox<>(PatternId.values());
    final JComboBox<MicType> type = new JComboBox<>(MicType.values());
    final JSpinner distance = new JSpinner(new SpinnerNumberModel(0.5, 0.05, 20.0, 0.05));
    final JButton check = new JButton("Check");
    final JButton next = new JButton("Next scenario");
    final JLabel score = new ThemedLabel(Readout.NONE, "Label.foreground", 14f, Font.BOLD);
    final JEditorPane explanation = new JEditorPane();
    final JLabel mine = new ThemedLabel(Readout.NONE, "Label.foreground", 2f, Font.BOLD);
    final JLabel mineFigures = ThemedLabel.caption("");
    final JProgressBar sessionBar = new JProgressBar(0, 100);
    final JLabel sessionText = ThemedLabel.caption("No answers yet.");
    private final TrainingSession session;

    TrainerPanel(AdvisorCatalogue catalogue) {
        super(new BorderLayout(12, 12));
        setBorder(BorderFactory.createEmptyBorder(12, 12, 12, 12));
        session = new TrainingSession(new Trainer(catalogue.recommender()));
        scenarios = new JList<>(catalogue.scenarios().toArray(new Scenario[0]));
        scenarios.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        scenarios.setCellRenderer(new DefaultListCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public java.awt.Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected, boolean focus) {
                return super.getListCellRendererComponent(list, ((Scenario) value).title(), index, selected, focus);
            }
        });
        pattern.setRenderer(renderer(p -> Words.capital(((PatternId) p).id().replace('-', ' '))));
        type.setRenderer(renderer(t -> Words.capital(Words.type(((MicType) t).id()))));
        distance.setEditor(new JSpinner.NumberEditor(distance, "0.0#"));
        names();
        tips();
        JScrollPane list = new JScrollPane(scenarios);
        list.setPreferredSize(new Dimension(280, 400));
        add(new Card("Scenarios", list), BorderLayout.WEST);
        add(centre(), BorderLayout.CENTER);
        scenarios.addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting()) showScenario();
        });
        check.addActionListener(e -> check());
        next.addActionListener(e -> next());
        if (scenarios.getModel().getSize() > 0) scenarios.setSelectedIndex(0);
    }

    private void names() {
        scenarios.setName("scenarios");
        brief.setName("brief");
        pattern.setName("trainerPattern");
        type.setName("trainerType");
        distance.setName("trainerDistance");
        check.setName("check");
        next.setName("next");
        score.setName("verdictScore");
        explanation.setName("verdictExplanation");
        mine.setName("headroomChoice");
        sessionBar.setName("sessionScore");
        sessionText.setName("sessionText");
    }

    private void tips() {
        scenarios.setToolTipText("A shoot to plan. Pick one and read its brief.");
        pattern.setToolTipText("Which pickup pattern: how much the mic hears from the sides and behind.");
        type.setToolTipText("How the mic is used: in the hand, clipped on, on a boom, on a table, on a stand, on the camera.");
        distance.setToolTipText("Metres from the talker's mouth to the mic.");
        check.setToolTipText("Score my answer and show Headroom's own choice.");
        next.setToolTipText("Go to the next scenario.");
        sessionBar.setToolTipText("Your average score this session, out of 100.");
        KeyTable.ADVISOR.apply(check, "trainer.check");
        KeyTable.ADVISOR.apply(next, "trainer.next");
    }

    private JComponent centre() {
        brief.setEditable(false);
        brief.setLineWrap(true);
        brief.setWrapStyleWord(true);
        brief.setOpaque(false);
        brief.setRows(4);
        JPanel answer = new JPanel(new GridBagLayout());
        answer.setOpaque(false);
        int x = 0;
        for (JComponent c : List.of(label("Pattern", pattern), pattern, label("Type", type), type,
                label("Distance (m)", distance), distance, check, next)) {
            GridBagConstraints g = new GridBagConstraints();
            g.gridx = x++;
            g.insets = new Insets(0, 0, 0, c instanceof JLabel ? 6 : 14);
            answer.add(c, g);
        }
        JPanel question = new JPanel(new BorderLayout(0, 10));
        question.add(brief, BorderLayout.CENTER);
        question.add(answer, BorderLayout.SOUTH);

        explanation.setEditable(false);
        explanation.setEditorKit(new HTMLEditorKit());
        explanation.setOpaque(false);
        JScrollPane why = new JScrollPane(explanation);
        why.setBorder(null);
        why.setOpaque(false);
        why.getViewport().setOpaque(false);
        JPanel verdict = new JPanel(new BorderLayout(12, 8));
        JPanel scoreBox = new JPanel(new BorderLayout());
        scoreBox.setOpaque(false);
        scoreBox.add(score, BorderLayout.NORTH);
        scoreBox.add(ThemedLabel.caption("of 100"), BorderLayout.SOUTH);
        JPanel scoreTop = new JPanel(new BorderLayout()); // keeps "of 100" under the number, not mid-card
        scoreTop.setOpaque(false);
        scoreTop.add(scoreBox, BorderLayout.NORTH);
        verdict.add(scoreTop, BorderLayout.WEST);
        verdict.add(why, BorderLayout.CENTER);
        JPanel own = new JPanel(new java.awt.GridLayout(0, 1, 0, 2));
        own.add(mine);
        own.add(mineFigures);

        JPanel sessionRow = new JPanel(new BorderLayout(10, 0));
        sessionBar.setStringPainted(true);
        sessionBar.setString("\u2014");
        sessionRow.add(sessionBar, BorderLayout.CENTER);
        sessionRow.add(sessionText, BorderLayout.EAST);

        JPanel column = new JPanel(new BorderLayout(0, 12));
        column.setOpaque(false);
        column.add(new Card("The brief and your answer", question), BorderLayout.NORTH);
        JPanel middle = new JPanel(new BorderLayout(0, 12));
        middle.setOpaque(false);
        middle.add(new Card("How you did", verdict), BorderLayout.CENTER);
        middle.add(new Card("Headroom's own choice", own), BorderLayout.SOUTH);
        column.add(middle, BorderLayout.CENTER);
        column.add(new Card("Session score", sessionRow), BorderLayout.SOUTH);
        return column;
    }

    private void showScenario() {
        Scenario s = scenarios.getSelectedValue();
        if (s == null) return;
        brief.setText(s.description());
        brief.setCaretPosition(0);
        score.setText(Readout.NONE);
        explanation.setText("");
        mine.setText("Answer first; Headroom shows its choice after you check.");
        mineFigures.setText("");
        check.setEnabled(true);
    }

    /** Scores the current answer; the Check button and tests come here. */
    Verdict check() {
        Scenario s = scenarios.getSelectedValue();
        if (s == null) return null;
        Scenario.Answer answer = Scenario.Answer.of((PatternId) pattern.getSelectedItem(), (MicType) type.getSelectedItem(),
                ((Number) distance.getValue()).doubleValue());
        Verdict v = session.answer(s, answer);
        score.setText(String.format(Locale.ROOT, "%.0f", v.score()));
        score.setForeground(Look.colour(v.score() >= 70 ? "Headroom.verdict.ok" : v.score() >= 40
                ? "Headroom.verdict.quiet" : "Headroom.verdict.loud"));
        java.awt.Color ink = Look.colour("Label.foreground");
        explanation.setText(String.format("<html><body style=\"color:#%06x; font-family:'%s'\">%s</body></html>",
                ink.getRGB() & 0xFFFFFF, explanation.getFont().getFamily(), Words.bullets(v.explanation())));
        explanation.setCaretPosition(0);
        mine.setText(Words.title(v.top()) + " \u2014 " + v.top().name() + ", " + Words.score(v.top().score()) + " points");
        mineFigures.setText(Words.keyFigures(v.top()));
        mineFigures.setToolTipText("<html>" + Words.html(v.top().placement()) + "</html>");
        sessionBar.setValue((int) Math.round(session.score()));
        sessionBar.setString(String.format(Locale.ROOT, "%.0f / 100", session.score()));
        sessionText.setText(session.summary());
        check.setEnabled(false); // one answer per visit: the session average must not be gamed by re-checking
        return v;
    }

    private void next() {
        int n = scenarios.getModel().getSize();
        if (n == 0) return;
        int i = (scenarios.getSelectedIndex() + 1) % n;
        scenarios.setSelectedIndex(i);
        scenarios.ensureIndexIsVisible(i);
    }

    TrainingSession session() {
        return session;
    }

    private static DefaultListCellRenderer renderer(java.util.function.Function<Object, String> text) {
        return new DefaultListCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public java.awt.Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected, boolean focus) {
                return super.getListCellRendererComponent(list, value == null ? "" : text.apply(value), index, selected, focus);
            }
        };
    }

    private static JLabel label(String text, JComponent field) {
        JLabel l = ThemedLabel.caption(text);
        l.setLabelFor(field);
        return l;
    }
}
