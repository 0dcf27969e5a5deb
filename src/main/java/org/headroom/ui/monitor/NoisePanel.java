package org.headroom.ui.monitor;

import org.headroom.ui.common.InfoGrid;
import java.util.Locale;
import java.util.Optional;
import javax.swing.JLabel;

import org.headroom.advice.Rt60Estimate;
import org.headroom.analysis.LiveSnapshot;
import org.headroom.preset.AnalysisDefaults;
import org.headroom.ui.common.Readout;

/**
 * The room as the detectors hear it, refreshed by the session about once a second: noise
 * floor and SNR against the thresholds in presets/analysis.json, mains hum, wind, hiss; and the
 * reverberation time the advisor's estimators find in the last 25 s
 * ({@link org.headroom.advice.ReverbWatch}, every few seconds), with how it was found and how far to trust it in the tooltip.
 */
final class NoisePanel extends InfoGrid implements MeterView {
    private static final long serialVersionUID = 1L;
    private final double floorWarn;
    private final double snrWarn;
    private final JLabel floor = row("Noise floor", "<html>RMS of the quietest half second so far (as Audacity's ACX"
            + " check): the room tone<br>under the dialogue. Above \u221260 dBFS it will be heard.</html>");
    private final JLabel snr = row("SNR", "<html>Speech over noise, in dB. Clean dialogue usually has 40 dB or more;"
            + "<br>under 20 dB the noise competes with the voice.</html>");
    private final JLabel hum = row("Hum", "<html>Mains hum at 50 or 60 Hz and its harmonics: a ground loop, a dimmer,"
            + "<br>a cable beside a power lead.</html>");
    private final JLabel wind = row("Wind", "Low-frequency rumble from wind on the microphone: use a windshield or"
            + " a high-pass filter.");
    private final JLabel hiss = row("Hiss", "Broadband hiss: preamp gain too high on a quiet source, or a noisy"
            + " microphone.");
    private final JLabel rt60 = row("RT60", WAITING_TIP);
    private static final String WAITING_TIP = "<html>Estimated echo time of the room, from the last 25 s: a clap's decay,"
            + "<br>or the decays after speech. Shown once there is enough to go on.</html>";

    NoisePanel(AnalysisDefaults defaults) {
        this.floorWarn = defaults.detection().noiseFloorWarnDbfs();
        this.snrWarn = defaults.detection().snrWarnDb();
    }

    @Override
    public void show(MeterFrame frame) {
        LiveSnapshot s = frame.snapshot();
        Double f = s.noiseFloorDbfs();
        set(floor, Readout.withUnit(f, "dBFS"), f == null ? "Label.foreground"
                : f > floorWarn ? "Headroom.verdict.quiet" : "Headroom.verdict.ok");
        Double r = s.snrDb();
        set(snr, Readout.withUnit(r, "dB"), r == null ? "Label.foreground"
                : r < snrWarn ? "Headroom.verdict.quiet" : "Headroom.verdict.ok");
        if (s.humHz() == null) {
            set(hum, f == null ? Readout.NONE : "none", "Label.foreground");
        } else {
            String level = s.humDbfs() == null ? "" : " at " + Readout.db(s.humDbfs()) + " dBFS";
            set(hum, String.format(Locale.ROOT, "%.0f Hz", s.humHz()) + level, "Headroom.verdict.quiet");
        }
        set(wind, f == null ? Readout.NONE : s.wind() ? "heard" : "none",
                s.wind() ? "Headroom.verdict.quiet" : "Label.foreground");
        set(hiss, f == null ? Readout.NONE : s.hiss() ? "heard" : "none",
                s.hiss() ? "Headroom.verdict.quiet" : "Label.foreground");
        showReverb(frame.rt60());
    }

    private void showReverb(Optional<Rt60Estimate> estimate) {
        set(rt60, estimate.map(e -> String.format(Locale.ROOT, "%.2f s", e.seconds())).orElse(Readout.NONE), "Label.foreground");
        String tip = estimate.map(e -> String.format(Locale.ROOT,
                "<html>Estimated echo time of the room, from the last 25 s, %s confidence:<br>%s</html>",
                e.confidenceWord(), e.detail())).orElse(WAITING_TIP);
        if (!tip.equals(rt60.getToolTipText())) rt60.setToolTipText(tip);
    }
}
