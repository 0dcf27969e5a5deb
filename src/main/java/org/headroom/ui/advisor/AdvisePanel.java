package org.headroom.ui.advisor;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.Timer;
import org.headroom.advice.Location;
import org.headroom.advice.MicRecommender;
import org.headroom.advice.Microphone;
import org.headroom.advice.Recommendation;
import org.headroom.advice.Situation;
import org.headroom.ui.common.Card;

/**
 * The "Advise" tab: questions and the location measurement on the left, the ranked advice on the
 * right. The advice follows every answer after a 150 ms pause, so spinning a value does not
 * recompute on each step; the recommender itself is pure and takes well under a millisecond.
 */
final class AdvisePanel extends JPanel {
    private static final long serialVersionUID = 1L;
    static final int DEBOUNCE_MS = 150;

    private final AdvisorCatalogue catalogue;
    private final MicRecommender recommender;
    final QuestionForm form;
    final MeasureBar measureBar;
    final FiguresCard figures = new FiguresCard();
    final TopChoiceCard top = new TopChoiceCard();
    final PolarChart polar = new PolarChart();
    final RunnersUpModel runnersUp = new RunnersUpModel();
    final JTable table = new JTable(runnersUp);
    private final Timer debounce;
    private Optional<Location> measured = Optional.empty();
    private List<Recommendation> shown = List.of();
    private Situation situation;

    AdvisePanel(AdvisorCatalogue catalogue) {
        super(new BorderLayout(12, 12));
        this.catalogue = catalogue;
        this.recommender = catalogue.recommender();
        setBorder(BorderFactory.createEmptyBorder(12, 12, 12, 12));
        form = new QuestionForm(catalogue.environments());
        measureBar = new MeasureBar("advise.", form::distanceMetres, catalogue.noiseCriteria(), this::measuredPlace);
        debounce = new Timer(DEBOUNCE_MS, e -> recompute());
        debounce.setRepeats(false);
        form.onChange(debounce::restart);
        table.setName("runnersUp");
        table.setFillsViewportHeight(true);
        table.setToolTipText("The other candidates, best first, with the figures they are judged on.");
        table.getColumnModel().getColumn(0).setMaxWidth(36);
        table.getColumnModel().getColumn(1).setPreferredWidth(190);
        table.getColumnModel().getColumn(2).setPreferredWidth(190);
        table.setFocusTraversalKeysEnabled(true); // Tab leaves the table instead of walking its cells
        add(left(), BorderLayout.WEST);
        add(right(), BorderLayout.CENTER);
        recompute();
    }

    private JComponent left() {
        FormColumn column = new FormColumn(new GridBagLayout());
        GridBagConstraints g = new GridBagConstraints();
        g.gridx = 0;
        g.fill = GridBagConstraints.HORIZONTAL;
        g.weightx = 1;
        g.insets = new Insets(0, 0, 12, 0);
        column.add(new Card("The shoot", form), g);
        JPanel place = new JPanel(new BorderLayout(0, 10));
        place.add(measureBar, BorderLayout.NORTH);
        place.add(figures, BorderLayout.CENTER);
        g.fill = GridBagConstraints.BOTH;
        g.weighty = 1;
        g.insets = new Insets(0, 0, 0, 0);
        column.add(new Card("The location", place), g);
        JScrollPane scroll = new JScrollPane(column);
        scroll.setBorder(null);
        scroll.setHorizontalScrollBarPolicy(JScrollPane.HORIZONTAL_SCROLLBAR_NEVER);
        scroll.getVerticalScrollBar().setUnitIncrement(16);
        scroll.setPreferredSize(new Dimension(460, 600));
        return scroll;
    }

    private JComponent right() {
        JPanel upper = new JPanel(new BorderLayout(12, 0));
        upper.setOpaque(false);
        upper.add(new Card("Headroom recommends", top), BorderLayout.CENTER);
        JPanel polarCard = new Card("Pickup at 2 kHz, talker at the top", polar);
        polarCard.setPreferredSize(new Dimension(400, 420));
        upper.add(polarCard, BorderLayout.EAST);
        JScrollPane tableScroll = new JScrollPane(table);
        tableScroll.setPreferredSize(new Dimension(600, 200));
        JPanel column = new JPanel(new BorderLayout(0, 12));
        column.setOpaque(false);
        column.add(upper, BorderLayout.CENTER);
        column.add(new Card("The others, best first", tableScroll), BorderLayout.SOUTH);
        return column;
    }

    /**
     * A measurement of the place is used at once; one of something else (Listen… through the
     * monitor's demo take) is shown with its figures but not ticked in, so the chosen place's
     * typical figures keep deciding the advice until the user says otherwise.
     */
    private void measuredPlace(Location l, boolean ofThePlace) {
        measured = Optional.of(l);
        figures.show(l);
        form.measurementAvailable(ofThePlace);
        recompute();
    }

    /** Re-ranks from the current answers at once; the timer calls this after the pause. */
    void recompute() {
        debounce.stop();
        situation = form.situation(measured);
        shown = recommender.recommend(situation);
        top.show(shown.isEmpty() ? null : shown.get(0));
        runnersUp.show(shown);
        boolean measuredRt = form.useMeasurement.isSelected() && measured.flatMap(Location::rt60).isPresent();
        figures.showRoom(MicRecommender.room(situation), measuredRt);
        showPolar();
    }

    /** One trace per distinct microphone, best first: a mic ranked twice (boom and stand) is drawn once. */
    private void showPolar() {
        Set<String> seen = new LinkedHashSet<>();
        List<Microphone> mics = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (Recommendation r : shown) {
            if (mics.size() == PolarChart.MAX_SHOWN) break;
            if (!seen.add(r.microphone())) continue;
            catalogue.microphone(r.microphone()).ifPresent(m -> {
                mics.add(m);
                labels.add(Words.title(r) + " " + Words.score(r.score()));
            });
        }
        polar.show(mics, labels, situation.noiseDirectionDegrees());
    }

    List<Recommendation> recommendations() {
        return shown;
    }

    Situation situation() {
        return situation;
    }

    Optional<Location> measured() {
        return measured;
    }
}
