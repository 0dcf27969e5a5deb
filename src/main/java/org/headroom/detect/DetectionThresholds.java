package org.headroom.detect;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The figures that decide whether a finding fires and how severe it is, so they can come from
 * {@code presets/analysis.json} instead of being constants in each detector. How a detector
 * measures (FFT sizes, frame lengths, gates, percentiles, the classifier features that tell wind
 * from a tone) stays in its code; only the "how much is too much" lives here.
 *
 * @param noiseFloorWarnDbfs       NOISE when the quietest 500 ms is above this (dBFS RMS)
 * @param snrWarnDb                LOW_SNR warning below this speech-to-noise ratio (dB)
 * @param snrErrorDb               LOW_SNR becomes an error below this (dB); not above snrWarnDb
 * @param tooQuietDbfs             TOO_QUIET when the gated programme level is below this (dBFS)
 * @param silenceDbfs              a 10 ms frame with every channel at or below this is silent (dBFS)
 * @param silenceMinSeconds        silent frames for at least this long make a SILENCE finding;
 *                                 shorter runs of exact zeros are left to the dropout check
 * @param deadChannelDbfs          DEAD_CHANNEL when one channel is at or below this while another has programme
 * @param dcOffsetLimit            DC_OFFSET when |mean sample value| is above this fraction of full scale
 * @param phaseInvertedCorrelation PHASE_INVERTED when channels 1 and 2 correlate at or below this
 * @param monoInStereoDb           MONO_IN_STEREO when channels 1 and 2 differ by at most this (dB)
 * @param dropoutMinMs             shortest run of exact zeros inside programme that is a DROPOUT (ms)
 * @param clickJumpFactor          a one-sample step this many times the local step size is a click
 * @param clickMinJump             ... and at least this big (fraction of full scale)
 * @param humLineDb                HUM when 50/60 Hz stands this far above its neighbour bins in a spectrum (dB)
 * @param humAverageDb             the report's hum level needs the line this far up in the whole-file average (dB)
 * @param windLowFraction          WIND needs at least this share of the power in 20-150 Hz
 * @param windSwingDb              ... swinging by at least this much over five glimpses (dB)
 * @param hissFloorDbfs            HISS when the 4-16 kHz floor is above this (dBFS)
 * @param hissBelowProgrammeDb     ... and less than this far below the programme (dB)
 * @param upsampledCliffDb         a band edge counts as a cutoff when the spectrum drops this much (dB)
 * @param upsampledBelowFraction   UPSAMPLED when that cutoff is below this fraction of the sample rate
 * @param lossyPlateauDbfs         in a lossy decode, a clip can be a plateau: samples of one polarity at or above this (dBFS)...
 * @param lossyPlateauBand         ... whose magnitudes stay within this band (fraction of full scale)...
 * @param lossyPlateauRun          ... for at least this many samples...
 * @param lossyPlateauTurns        ... rippling: at least this many turns (a smooth crest has none inside it)
 */
public record DetectionThresholds(
        double noiseFloorWarnDbfs, double snrWarnDb, double snrErrorDb,
        double tooQuietDbfs, double silenceDbfs, double silenceMinSeconds, double deadChannelDbfs,
        double dcOffsetLimit, double phaseInvertedCorrelation, double monoInStereoDb,
        double dropoutMinMs, double clickJumpFactor, double clickMinJump,
        double humLineDb, double humAverageDb,
        double windLowFraction, double windSwingDb,
        double hissFloorDbfs, double hissBelowProgrammeDb,
        double upsampledCliffDb, double upsampledBelowFraction,
        double lossyPlateauDbfs, double lossyPlateauBand, double lossyPlateauRun, double lossyPlateauTurns) {

    /** A field's name and the values that still make sense for it: sanity limits, not advice. */
    public record Limit(String name, double min, double max) {
        void check(double value) {
            if (!(value >= min && value <= max)) {
                throw new IllegalArgumentException(name + " must be between " + show(min) + " and " + show(max)
                        + ", not " + value);
            }
        }
    }

    /**
     * Every field's limits, in the record's order. Silence and dead-channel levels stay below the
     * -60 dBFS the detectors take as "has programme", or a channel could be both at once.
     */
    public static final List<Limit> LIMITS = List.of(
            new Limit("noiseFloorWarnDbfs", -120, 0),
            new Limit("snrWarnDb", 0, 60),
            new Limit("snrErrorDb", 0, 60),
            new Limit("tooQuietDbfs", -70, 0),
            new Limit("silenceDbfs", -200, -60),
            new Limit("silenceMinSeconds", 0.1, 3600),
            new Limit("deadChannelDbfs", -200, -60),
            new Limit("dcOffsetLimit", 0.0001, 0.5),
            new Limit("phaseInvertedCorrelation", -1, 0),
            new Limit("monoInStereoDb", -200, 0),
            new Limit("dropoutMinMs", 0.1, 100),
            new Limit("clickJumpFactor", 2, 100),
            new Limit("clickMinJump", 0, 2),
            new Limit("humLineDb", 3, 40),
            new Limit("humAverageDb", 3, 40),
            new Limit("windLowFraction", 0.05, 1),
            new Limit("windSwingDb", 0, 40),
            new Limit("hissFloorDbfs", -120, 0),
            new Limit("hissBelowProgrammeDb", 0, 120),
            new Limit("upsampledCliffDb", 10, 120),
            new Limit("upsampledBelowFraction", 0.05, 0.5),
            new Limit("lossyPlateauDbfs", -6, 0),
            new Limit("lossyPlateauBand", 0.001, 0.5),
            new Limit("lossyPlateauRun", 3, 1000),
            new Limit("lossyPlateauTurns", 0, 100));

    /**
     * What the detectors used before the figures moved to presets/, and what a user's
     * analysis.json falls back to for a field it leaves out. The bundled file repeats every one
     * (a test holds them equal), with the source of each.
     */
    public static final DetectionThresholds DEFAULTS = new DetectionThresholds(
            -60, 20, 10,
            -30, -120, 2, -100,
            0.01, -0.9, -60,
            1, 8, 0.1,
            10, 6,
            0.3, 6,
            -75, 60,
            30, 0.43,
            -1, 0.06, 12, 2);

    public DetectionThresholds {
        double[] values = {noiseFloorWarnDbfs, snrWarnDb, snrErrorDb,
                tooQuietDbfs, silenceDbfs, silenceMinSeconds, deadChannelDbfs,
                dcOffsetLimit, phaseInvertedCorrelation, monoInStereoDb,
                dropoutMinMs, clickJumpFactor, clickMinJump,
                humLineDb, humAverageDb,
                windLowFraction, windSwingDb,
                hissFloorDbfs, hissBelowProgrammeDb,
                upsampledCliffDb, upsampledBelowFraction,
                lossyPlateauDbfs, lossyPlateauBand, lossyPlateauRun, lossyPlateauTurns};
        for (int i = 0; i < values.length; i++) LIMITS.get(i).check(values[i]);
        if (snrErrorDb > snrWarnDb) {
            throw new IllegalArgumentException("snrErrorDb (" + show(snrErrorDb) + ") must not be above snrWarnDb ("
                    + show(snrWarnDb) + "): the error is the worse case");
        }
    }

    /**
     * These thresholds with some replaced by field name (as in analysis.json). Unknown names are
     * refused, so a misspelt field cannot quietly leave the default in force.
     */
    public DetectionThresholds with(Map<String, Double> changes) {
        RecordComponent[] fields = DetectionThresholds.class.getRecordComponents();
        for (String name : changes.keySet()) {
            if (Arrays.stream(fields).noneMatch(f -> f.getName().equals(name))) {
                throw new IllegalArgumentException("no detection threshold named '" + name + "'");
            }
        }
        Object[] values = new Object[fields.length];
        Class<?>[] types = new Class<?>[fields.length];
        try {
            for (int i = 0; i < fields.length; i++) {
                Double changed = changes.get(fields[i].getName());
                values[i] = changed != null ? changed : fields[i].getAccessor().invoke(this);
                types[i] = fields[i].getType();
            }
            Constructor<DetectionThresholds> canonical = DetectionThresholds.class.getDeclaredConstructor(types);
            return canonical.newInstance(values);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof IllegalArgumentException invalid) throw invalid;
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build DetectionThresholds", e); // only if this record breaks
        }
    }

    /** A threshold as a finding's rule shows it: as given, without float noise or trailing zeros. */
    static String show(double value) {
        return BigDecimal.valueOf(value).round(MathContext.DECIMAL32).stripTrailingZeros().toPlainString();
    }
}
