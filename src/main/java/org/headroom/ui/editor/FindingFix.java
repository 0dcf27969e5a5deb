package org.headroom.ui.editor;

import org.headroom.detect.FindingKind;

/**
 * The fix a finding suggests, as the editor offers it: hum → the hum notch at its mains
 * frequency, noise → noise reduction with the finding's stretch preselected as the profile, a clip
 * run → declip. Each opens the effect's own dialog (or, for the notch, applies it), so the person
 * still decides.
 */
final class FindingFix {
    private FindingFix() {
    }

    /** The button's words for this finding, or null when it suggests no effect. */
    static String label(Mark m) {
        if (m == null) return null;
        return switch (m.kind()) {
            case HUM -> "Notch the hum";
            case NOISE, LOW_SNR, HISS -> "Reduce the noise\u2026";
            case CLIPPING -> "Declip\u2026";
            default -> null;
        };
    }

    static void offer(EditorPane pane, Mark m) {
        if (label(m) == null) return;
        if (m.kind() == FindingKind.HUM) {
            Dialogs.humNotch(pane, m.text().contains("60 Hz") || m.detail().contains("60 Hz") ? 60 : 50);
        } else if (m.kind() == FindingKind.CLIPPING) {
            EffectDialog.declip(pane);
        } else {
            double rate = pane.session().format().sampleRate();
            EffectDialog.noiseReduction(pane, new double[] {m.start() / rate, m.end() / rate});
        }
    }
}
