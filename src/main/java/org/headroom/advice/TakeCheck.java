package org.headroom.advice;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.headroom.detect.Finding;
import org.headroom.detect.FindingKind;

/**
 * What in a location recording makes its figures less sure, said so that a runner can put it
 * right and measure again. A reading from a take that is too short, silent, speechless, drowned
 * or clipped is still shown, but never without its caution: the figures feed a recommendation,
 * and a recommendation built on a muted input should not look as sure as one built on a good take.
 */
final class TakeCheck {
    /** The prompt asks for 10-30 s: 5 s of room tone, then talk, then a clap. */
    static final double ENOUGH_SECONDS = 10;
    /**
     * Below this SNR, level statistics cannot tell talking from a noise that swells and falls
     * (measured: a pink noise alone read -1.6 dB, speech at 0 dB SNR read +0.3 to +2.2 dB).
     */
    static final double HARD_TO_TELL_DB = 3;
    /**
     * Clipped bursts a take may have before its levels are doubted: a hand clap close to the mic
     * often clips once or twice, which costs the clap's decay nothing (it is read 5 dB down).
     */
    static final int CLIPS_FORGIVEN = 2;
    /** A take more than this much digital silence was not recorded through a live input. */
    static final double MOSTLY_SILENT = 0.5;

    private TakeCheck() {
    }

    static List<String> cautions(double seconds, Optional<Double> snrDb, List<Finding> findings) {
        List<String> out = new ArrayList<>();
        double silent = findings.stream().filter(f -> f.kind() == FindingKind.SILENCE)
                .mapToDouble(f -> f.endSeconds() - f.startSeconds()).sum();
        boolean mostlySilent = seconds > 0 && silent >= MOSTLY_SILENT * seconds;
        if (mostlySilent) {
            out.add(String.format(Locale.ROOT, "%.0f s of the %.0f s is digital silence: check that the input is not "
                    + "muted, the mic is plugged in and, for a condenser, phantom power is on.", silent, seconds));
        }
        if (seconds < ENOUGH_SECONDS) {
            out.add(String.format(Locale.ROOT, "Only %.1f s recorded: take %.0f-30 s (5 s of room tone, then talk, "
                    + "then one clap) for figures you can trust.", seconds, ENOUGH_SECONDS));
        }
        if (snrDb.isEmpty() && !mostlySilent) {
            out.add("No speech heard: talk at your normal level for 10 s, so that speech over noise and the echo "
                    + "can be measured; the noisiness meanwhile assumes a normal voice.");
        }
        snrDb.filter(v -> v < HARD_TO_TELL_DB).ifPresent(v -> out.add(String.format(Locale.ROOT,
                "Speech is hardly above the noise (%.1f dB): this close to the noise, talking and a noise that swells "
                        + "and falls look alike, so speech over noise and the noisiness are rough. Talk nearer the mic "
                        + "and measure again.", v)));
        long clips = findings.stream().filter(f -> f.kind() == FindingKind.CLIPPING).count();
        if (clips > CLIPS_FORGIVEN) {
            out.add(String.format(Locale.ROOT, "The take clipped %d times: turn the gain down and measure "
                    + "again; flattened peaks make speech read quieter and hide where its echo starts.", clips));
        }
        return List.copyOf(out);
    }
}
