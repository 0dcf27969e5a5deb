package org.headroom.ui.advisor;

import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.swing.ButtonGroup;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JRadioButton;
import javax.swing.JSpinner;
import javax.swing.SpinnerNumberModel;
import org.headroom.advice.Environment;
import org.headroom.advice.Location;
import org.headroom.advice.Room;
import org.headroom.advice.Situation;
import org.headroom.ui.common.ThemedLabel;

/**
 * The questions only the crew can answer, each with a sensible default and a plain tooltip.
 * Turns the answers (and a measurement, when there is one) into a {@link Situation}; tells a
 * listener whenever an answer changes so the advice can follow.
 */
final class QuestionForm extends JPanel {
    private static final long serialVersionUID = 1L;
    private static final String NO_PRESET = "None \u2014 I\u2019ll describe it";
    private static final String[] WIND = {"As the place suggests", "Yes, wind at the mic", "No wind"};

    private final Map<String, Environment> environments;
    final JComboBox<String> environment = new JComboBox<>();
    final JRadioButton indoor = new JRadioButton("Indoors", true);
    final JRadioButton outdoor = new JRadioButton("Outdoors");
    final JSpinner roomVolume = spinner(new SpinnerNumberModel(100.0, 1.0, 1_000_000.0, 10.0), "#,##0");
    final JSpinner talkers = spinner(new SpinnerNumberModel(1, 1, 20, 1), "0");
    final JCheckBox shared = new JCheckBox("They share one mic");
    final JCheckBox moving = new JCheckBox("They move about");
    final JCheckBox solo = new JCheckBox("On my own, no crew");
    final JCheckBox liveEvent = new JCheckBox("Live event");
    final JCheckBox onCamera = new JCheckBox("On camera");
    final JCheckBox micMayShow = new JCheckBox("A mic may be seen");
    final JSpinner distance = spinner(new SpinnerNumberModel(1.0, 0.1, 100.0, 0.1), "0.0#");
    final JComboBox<String> wind = new JComboBox<>(WIND);
    final JCheckBox rain = new JCheckBox("Raining");
    final JCheckBox noiseFromOneSide = new JCheckBox("Main noise from one side");
    final JSpinner noiseDirection = spinner(new SpinnerNumberModel(180, 0, 180, 15), "0");
    final JCheckBox useMeasurement = new JCheckBox("Use the measured figures");
    private final List<Runnable> listeners = new ArrayList<>();
    private int row;
    private boolean quiet;

    QuestionForm(Map<String, Environment> environments) {
        super(new GridBagLayout());
        setOpaque(false);
        this.environments = environments;
        environment.addItem(NO_PRESET);
        environments.values().forEach(e -> environment.addItem(e.name()));
        ButtonGroup where = new ButtonGroup();
        where.add(indoor);
        where.add(outdoor);
        useMeasurement.setEnabled(false);
        names();
        tips();
        layOut();
        wire();
        enableDependents();
    }

    void onChange(Runnable r) {
        listeners.add(r);
    }

    /** The situation as answered; the measured figures override the place's typical ones when ticked. */
    Situation situation(Optional<Location> measured) {
        Situation.Builder b = Situation.builder().talkers(intOf(talkers)).sharedMic(shared.isSelected())
                .moving(moving.isSelected()).solo(solo.isSelected()).liveEvent(liveEvent.isSelected()).onCamera(onCamera.isSelected())
                .micMayShow(!onCamera.isSelected() || micMayShow.isSelected()).distanceMetres(distanceMetres());
        selectedEnvironment().ifPresent(b::environment);
        b.outdoor(outdoor.isSelected());
        if (indoor.isSelected()) b.roomVolumeCubicMetres(doubleOf(roomVolume));
        if (noiseFromOneSide.isSelected()) b.noiseDirectionDegrees(intOf(noiseDirection));
        if (useMeasurement.isSelected()) measured.ifPresent(l -> l.applyTo(b));
        if (wind.getSelectedIndex() == 1) b.wind(true);
        if (wind.getSelectedIndex() == 2) b.wind(false);
        if (rain.isSelected()) b.rain(true);
        return b.build();
    }

    double distanceMetres() {
        return doubleOf(distance);
    }

    Optional<Environment> selectedEnvironment() {
        int i = environment.getSelectedIndex();
        return i <= 0 ? Optional.empty() : Optional.of(new ArrayList<>(environments.values()).get(i - 1));
    }

    /** Picks a preset by id (tests, and a measured place's best guess). */
    void selectEnvironment(String id) {
        List<String> ids = new ArrayList<>(environments.keySet());
        environment.setSelectedIndex(ids.indexOf(id) + 1);
    }

    /** @param use tick "Use the measured figures" (a measurement of the place) or leave it unticked (of something else) */
    void measurementAvailable(boolean use) {
        useMeasurement.setEnabled(true);
        useMeasurement.setSelected(use);
    }

    private void names() {
        environment.setName("environment");
        indoor.setName("indoor");
        outdoor.setName("outdoor");
        roomVolume.setName("roomVolume");
        talkers.setName("talkers");
        shared.setName("shared");
        moving.setName("moving");
        solo.setName("solo");
        liveEvent.setName("liveEvent");
        onCamera.setName("onCamera");
        micMayShow.setName("micMayShow");
        distance.setName("distance");
        wind.setName("wind");
        rain.setName("rain");
        noiseFromOneSide.setName("noiseFromOneSide");
        noiseDirection.setName("noiseDirection");
        useMeasurement.setName("useMeasurement");
    }

    private void tips() {
        environment.setToolTipText("A typical place: fills in its size, echo, usual noise and wind. Your answers below override it.");
        indoor.setToolTipText("A room: its echo (reverberation) decides how close the mic must be.");
        outdoor.setToolTipText("Open air: no echo to fight, but wind and traffic.");
        roomVolume.setToolTipText("Length \u00d7 width \u00d7 height in cubic metres. A living room is about 50, a church hall 5,000.");
        talkers.setToolTipText("How many people speak.");
        shared.setToolTipText("All of them speak into one mic (a round table, a podcast with one mic).");
        moving.setToolTipText("They walk about: a mic that travels with them (lavalier, boom) keeps the sound steady.");
        solo.setToolTipText("Nobody is with you to hold a boom pole. If you film yourself on the move, the camera is in your hand, so there is no hand for a handheld mic either.");
        liveEvent.setToolTipText("A service, a lecture, or real life you follow with a camera: it happens for its audience, not for you, so nobody can stand over the talker with a boom pole.");
        onCamera.setToolTipText("A camera is rolling on them.");
        micMayShow.setToolTipText("A mic in the picture is acceptable (news, vlog). Untick for drama: only hidden mics.");
        distance.setToolTipText("Metres from the talker's mouth to the camera or mic stand as planned.");
        wind.setToolTipText("Wind at the mic needs a windshield and favours mics that are less sensitive to it.");
        rain.setToolTipText("Rain outdoors: drops on a mic's windshield are thumps no edit removes, so a mic worn under the coat beats a boom in the open.");
        noiseFromOneSide.setToolTipText("Tick when most of the noise comes from one place (a road, a fridge, a generator).");
        noiseDirection.setToolTipText("Degrees off the mic's aim at the talker: 0 = behind the talker, 90 = to the side, 180 = behind the mic.");
        useMeasurement.setToolTipText("Use the noise, speech-to-noise and echo measured from your recording instead of the place's typical figures.");
    }

    private void layOut() {
        add("Place", environment);
        JPanel where = flow(indoor, outdoor);
        add("Where", where);
        add("Room volume (m\u00b3)", roomVolume);
        add("Talkers", flow(talkers, shared));
        add("", moving);
        add("Crew", flow(solo, liveEvent));
        add("Camera", flow(onCamera, micMayShow));
        add("Distance (m)", distance);
        add("Wind", wind);
        add("", rain);
        add("Noise", noiseFromOneSide);
        add("Noise from (\u00b0)", flow(noiseDirection));
        add("", useMeasurement);
    }

    private void add(String label, JComponent field) {
        GridBagConstraints g = new GridBagConstraints();
        g.gridy = row++;
        g.anchor = GridBagConstraints.WEST;
        g.insets = new Insets(3, 0, 3, 10);
        JLabel l = ThemedLabel.caption(label);
        l.setLabelFor(field);
        add(l, g);
        g.gridx = 1;
        g.weightx = 1;
        g.fill = GridBagConstraints.HORIZONTAL;
        g.insets = new Insets(3, 0, 3, 0);
        add(field, g);
    }

    private static JPanel flow(JComponent... parts) {
        JPanel p = new JPanel(new java.awt.FlowLayout(java.awt.FlowLayout.LEFT, 0, 0));
        p.setOpaque(false);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) p.add(javax.swing.Box.createHorizontalStrut(10));
            p.add(parts[i]);
        }
        return p;
    }

    private void wire() {
        environment.addActionListener(e -> {
            selectedEnvironment().ifPresent(this::fillFrom);
            changed();
        });
        for (javax.swing.AbstractButton b : List.of(indoor, outdoor, shared, moving, solo, liveEvent, onCamera, micMayShow,
                noiseFromOneSide, useMeasurement, rain)) {
            b.addActionListener(e -> changed());
        }
        for (JSpinner s : List.of(roomVolume, talkers, distance, noiseDirection)) s.addChangeListener(e -> changed());
        wind.addActionListener(e -> changed());
    }

    /** A preset's figures become the answers' defaults, so the user sees what is assumed and can change it. */
    private void fillFrom(Environment env) {
        quiet = true;
        try {
            (env.outdoor() ? outdoor : indoor).setSelected(true);
            env.room().map(Room::volumeCubicMetres).ifPresent(roomVolume::setValue);
            wind.setSelectedIndex(0);
        } finally {
            quiet = false;
        }
    }

    private void changed() {
        enableDependents();
        if (quiet) return;
        listeners.forEach(Runnable::run);
    }

    private void enableDependents() {
        roomVolume.setEnabled(indoor.isSelected());
        shared.setEnabled(intOf(talkers) > 1);
        micMayShow.setEnabled(onCamera.isSelected());
        noiseDirection.setEnabled(noiseFromOneSide.isSelected());
        rain.setEnabled(outdoor.isSelected());
    }

    private static JSpinner spinner(SpinnerNumberModel model, String pattern) {
        JSpinner s = new JSpinner(model);
        s.setEditor(new JSpinner.NumberEditor(s, pattern));
        ((JSpinner.DefaultEditor) s.getEditor()).getTextField().setColumns(6);
        return s;
    }

    private static int intOf(JSpinner s) {
        return ((Number) s.getValue()).intValue();
    }

    private static double doubleOf(JSpinner s) {
        return ((Number) s.getValue()).doubleValue();
    }
}
