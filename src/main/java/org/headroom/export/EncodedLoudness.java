package org.headroom.export;

import java.io.IOException;
import java.nio.file.Path;
import org.headroom.audio.AudioFiles;
import org.headroom.audio.AudioSource;
import org.headroom.audio.PartFile;
import org.headroom.edit.Measurement;
import org.headroom.edit.PassListener;
import org.headroom.edit.Renderer;

/**
 * Check and correct a lossy encode's loudness. An MP3 encoder's low-pass takes away the top
 * octave after normalisation, and K-weighting counts that octave more than any other, so bright
 * material comes out 0.3 to 0.8 LU under the target. The encode goes to a part file, is decoded
 * and measured with the engine's meters (the figures the delivery check reads), and when it
 * misses what the render reached by more than {@value #TOLERANCE_LU} LU, it is encoded once more
 * with the gain corrected, in front of the same true-peak limiter. Only then does the file take
 * its target name.
 */
final class EncodedLoudness {
    /**
     * The miss that earns a second encode: the delivery presets allow ±1 LU and say ±0.5 where
     * they are strict, so 0.2 LU keeps the export well inside either without encoding twice for
     * the ±0.1 LU any encoder's rounding makes.
     */
    static final double TOLERANCE_LU = 0.2;
    static final String CHECKING = "checking the encoded loudness";
    static final String REENCODING = "re-encoding with the loudness corrected";

    /** Encodes a stream to a file under a progress stage name; returns the frames written. */
    @FunctionalInterface
    interface Encode {
        long to(AudioSource stream, Path file, String stage) throws IOException;
    }

    /**
     * @param encodedLufs what the first encode measured; NaN when it has no integrated loudness
     * @param correctionDb gain added for the second encode, 0 when there was none
     */
    record Outcome(long frames, double encodedLufs, double correctionDb) {
    }

    private EncodedLoudness() {
    }

    /** Encodes {@code plan} to {@code target} through a part file, correcting once if the encoder lost loudness. */
    static Outcome encode(Renderer.Rendering plan, Path target, Encode encode, PassListener passes) throws IOException {
        PartFile staged = PartFile.create(target);
        try {
            long frames;
            try (AudioSource s = plan.open()) {
                frames = encode.to(s, staged.temp(), "writing");
            }
            double encoded;
            try (AudioSource back = AudioFiles.open(staged.temp())) {
                encoded = Measurement.of(back, passes, CHECKING).integratedLufs();
            }
            // aim at what the render reached: where the limiter could not get to the target, that is
            // the most the programme takes without distortion, and only the encoder's loss is ours to undo
            double miss = plan.reachedLufs() - encoded;
            double correction = 0.0;
            if (Double.isFinite(miss) && Math.abs(miss) > TOLERANCE_LU) {
                correction = miss;
                try (AudioSource s = plan.withExtraGain(correction).open()) {
                    frames = encode.to(s, staged.temp(), REENCODING);
                }
            }
            staged.commit();
            return new Outcome(frames, encoded, correction);
        } finally {
            staged.abort();
        }
    }
}
