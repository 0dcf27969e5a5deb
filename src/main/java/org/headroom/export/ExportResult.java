package org.headroom.export;

import java.nio.file.Path;
import java.util.List;

import org.headroom.edit.Measurement;
import org.headroom.edit.Renderer;

/**
 * What an export wrote.
 *
 * @param target        the file, now complete under its name
 * @param format        its format
 * @param frames        frames written
 * @param dithered      whether TPDF dither was added on the way to integer samples
 * @param normalisation what the normaliser measured and did, or null when it did nothing
 * @param notes         what the export left out on the way, one sentence each (e.g. "LFE not included
 *                      in the downmix"); empty when nothing
 */
public record ExportResult(Path target, SinkFormat format, long frames, boolean dithered, Normalisation normalisation,
                           List<String> notes) {

    public ExportResult {
        notes = List.copyOf(notes);
    }

    /**
     * @param measuredLufs         integrated loudness before, null when undefined (silence)
     * @param measuredTruePeakDbtp true peak before, null for digital silence
     * @param gainDb               the gain applied
     * @param limiterGainDb        the deepest limiting, dB (0 = the limiter never acted)
     * @param passes               passes over the audio before the final one
     * @param encodedLufs          a lossy encode read back: its loudness before any correction; null when not checked
     * @param encoderCorrectionDb  gain added for a second encode because the first missed, 0 when none
     */
    public record Normalisation(Double measuredLufs, Double measuredTruePeakDbtp, double gainDb, double limiterGainDb,
                                int passes, Double encodedLufs, double encoderCorrectionDb) {

        /** What the renderer's loudness plan measured and decided. */
        static Normalisation of(Renderer.Rendering plan) {
            Measurement before = plan.measured();
            return new Normalisation(finiteOrNull(before.integratedLufs()), finiteOrNull(before.truePeakDbtp()), plan.gainDb(),
                    plan.limiterGainDb(), plan.passes(), null, 0.0);
        }

        /** The same, with what reading the encode back found and did. */
        Normalisation encoded(double lufs, double correctionDb) {
            return new Normalisation(measuredLufs, measuredTruePeakDbtp, gainDb + correctionDb, limiterGainDb, passes,
                    finiteOrNull(lufs), correctionDb);
        }

        private static Double finiteOrNull(double v) {
            return Double.isFinite(v) ? v : null;
        }
    }
}
