package org.headroom.advice;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * "Measure, guess, compare" on the apprentice's own recording: their guesses of the noise floor,
 * SNR and RT60 against what Headroom measured. Full marks within the measurement's own
 * uncertainty (±2 dB, ±3 dB, ±25 %), none beyond three times that.
 */
public final class GuessCheck {
    private GuessCheck() {
    }

    /** @return score 0..100 and one line per guess; a null guess is skipped */
    public static Result compare(Location measured, Double noiseFloorGuessDbfs, Double snrGuessDb, Double rt60GuessSeconds) {
        List<String> lines = new ArrayList<>();
        List<Double> marks = new ArrayList<>();
        if (noiseFloorGuessDbfs != null && measured.noiseFloorDbfs().isPresent()) {
            double m = measured.noiseFloorDbfs().get();
            marks.add(mark(Math.abs(noiseFloorGuessDbfs - m) / 2));
            lines.add(String.format(Locale.ROOT, "Noise floor: you said %.0f dBFS, measured %.1f dBFS.", noiseFloorGuessDbfs, m));
        }
        if (snrGuessDb != null && measured.snrDb().isPresent()) {
            double m = measured.snrDb().get();
            marks.add(mark(Math.abs(snrGuessDb - m) / 3));
            lines.add(String.format(Locale.ROOT, "Speech over noise: you said %.0f dB, measured %.1f dB.", snrGuessDb, m));
        }
        if (rt60GuessSeconds != null && measured.rt60().isPresent()) {
            Rt60Estimate e = measured.rt60().get();
            marks.add(mark(Math.abs(Math.log(rt60GuessSeconds / e.seconds())) / Math.log(1.25)));
            lines.add(String.format(Locale.ROOT, "RT60: you said %.2f s, measured %.2f s (%s, %s confidence).", rt60GuessSeconds,
                    e.seconds(), e.method().id(), e.confidenceWord()));
        }
        double score = marks.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        return new Result(Math.round(score), lines);
    }

    /** 100 inside one tolerance, falling to 0 at three. */
    private static double mark(double tolerances) {
        return 100 * Math.max(0, Math.min(1, (3 - tolerances) / 2));
    }

    public record Result(double score, List<String> lines) {
        public Result {
            lines = List.copyOf(lines);
        }
    }
}
