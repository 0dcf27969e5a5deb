package org.headroom.meter;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.headroom.dsp.Denormals;
import org.headroom.dsp.Interpolator;

/**
 * Quasi-peak programme meter ballistics after IEC 60268-10, per channel, sample by sample:
 * a full-wave rectifier charging "capacitors" when the signal is above them, and a release
 * that falls in a straight line in dB (the return time). The reading is in dBFS, calibrated
 * so that a steady 1 kHz tone reads its peak level: like the analogue meter, the detectors
 * settle a little below the crest (where the release between crests balances the charge
 * near them), and a gain set at construction takes that out.
 *
 * <p>The standard defines the integration time by what the meter shows, not by a circuit: a
 * 5 kHz tone burst of that length reads 2 dB below the steady-state reading of the same tone.
 * So the attack coefficient is not derived from an RC formula (a rectified sine charges a
 * peak detector only near its crests, which an RC formula ignores) but solved for at
 * construction: the coefficient at this sample rate for which that burst reads exactly −2 dB.
 *
 * <p>One peak detector meets that point but reads short bursts too low (a 1.5 ms burst on a
 * Type IIa meter: −11 dB where the BBC/IEC test set expects −9 dB), because an analogue
 * meter's rectifier does not charge like a plain RC. Two detectors in parallel, one
 * {@value #FAST_RATIO} times faster than the other and weighted {@value #FAST_WEIGHT} : 0.2,
 * follow the published curve (10 ms −2, 5 ms −4, 1.5 ms −9, 0.5 ms −17 dB) within 0.6 dB.
 * Type I uses the same shape scaled to its 5 ms integration time.
 *
 * <p><b>Sample rates.</b> The detectors charge on the samples near each crest, so they need
 * enough samples a cycle, and the attack is solved with the standard's 5 kHz bursts, which
 * need a rate above 10 kHz. At 10 kHz and below (telephone and radio-link audio at 8 kHz) the
 * input is first upsampled ({@link Interpolator}) to at least {@value #MIN_INTERNAL_RATE} Hz and
 * the meter runs there, as it would on that rate: the burst curve then holds as at 48 kHz
 * (tested at 8 kHz with 2 kHz bursts), for 1 ms of interpolation delay. The same holds for any
 * lower rate, untested.
 */
public final class PpmBallistics implements BlockConsumer {

    /** The two IEC 60268-10 types in use. */
    public enum Type {
        /** DIN 45406 / Nordic: integration 5 ms, return 20 dB in 1.7 s. */
        TYPE_I(0.005, 20.0, 1.7),
        /** BBC / EBU: integration 10 ms, return 24 dB in 2.8 s. */
        TYPE_IIA(0.010, 24.0, 2.8);

        public final double integrationSeconds;
        public final double returnDb;
        public final double returnSeconds;

        Type(double integrationSeconds, double returnDb, double returnSeconds) {
            this.integrationSeconds = integrationSeconds;
            this.returnDb = returnDb;
            this.returnSeconds = returnSeconds;
        }

        public double fallDbPerSecond() {
            return returnDb / returnSeconds;
        }
    }

    /** IEC 60268-10 measures the integration time with 5 kHz bursts. */
    static final double BURST_FREQUENCY = 5000.0;
    /** Meters are lined up with a 1 kHz tone. */
    static final double CALIBRATION_FREQUENCY = 1000.0;

    /** Rates that cannot carry the 5 kHz bursts are upsampled to at least this. */
    static final int MIN_INTERNAL_RATE = 32000;

    /** 1 where the rate carries the standard's bursts, else the power of two that brings it to {@link #MIN_INTERNAL_RATE}. */
    static int upsampling(int sampleRate) {
        return BURST_FREQUENCY * 2 < sampleRate ? 1 : Interpolator.factorToReach(sampleRate, MIN_INTERNAL_RATE);
    }
    /** The reading of a burst of the integration time, relative to steady state. */
    static final double BURST_READING_DB = -2.0;

    /** How much faster the second detector charges; fitted to the Type II burst table. */
    static final double FAST_RATIO = 10.0;
    /** The fast detector's share of the reading; fitted with {@link #FAST_RATIO}. */
    static final double FAST_WEIGHT = 0.8;

    /** Solving takes ~50 ms; a session opens meters per channel and per reset, so keep the answers. */
    private static final Map<String, double[]> CALIBRATIONS = new ConcurrentHashMap<>();

    private final Type type;
    private final double attack;
    private final double releasePerSample;
    private final double gain;
    private final double[] slow;
    private final double[] fast;
    /** Factor 1 (a pass-through) unless the rate is low. */
    private final Interpolator upsampler;

    public PpmBallistics(Type type, int channels, int sampleRate) {
        if (channels <= 0 || sampleRate <= 0) {
            throw new IllegalArgumentException("channels and sample rate must be positive");
        }
        this.type = type;
        int k = upsampling(sampleRate);
        int rate = sampleRate * k;
        this.releasePerSample = releaseFactor(type, rate);
        double[] calibration = CALIBRATIONS.computeIfAbsent(type.name() + "@" + rate,
                key -> calibrate(type, rate, releasePerSample));
        this.upsampler = new Interpolator(channels, k);
        this.attack = calibration[0];
        this.gain = calibration[1];
        this.slow = new double[channels];
        this.fast = new double[channels];
    }

    @Override
    public void accept(float[][] block, int frames) {
        double fastAttack = fastAttack(attack);
        for (int ch = 0; ch < slow.length; ch++) {
            float[] x = upsampler.channel(block, ch, frames);
            int n = frames * upsampler.factor();
            // the return falls for ever in silence: minutes later it would go subnormal
            slow[ch] = Denormals.flush(run(x, n, slow[ch], attack, releasePerSample));
            fast[ch] = Denormals.flush(run(x, n, fast[ch], fastAttack, releasePerSample));
        }
    }

    /** The needle now, in dBFS; −infinity before any signal. */
    public double levelDb(int channel) {
        return Decibels.fromAmplitude(gain * reading(slow[channel], fast[channel]));
    }

    public Type type() {
        return type;
    }

    public int channels() {
        return slow.length;
    }

    private static double reading(double slowLevel, double fastLevel) {
        return (1.0 - FAST_WEIGHT) * slowLevel + FAST_WEIGHT * fastLevel;
    }

    private static double fastAttack(double attack) {
        return Math.min(1.0, attack * FAST_RATIO);
    }

    /** The reading a burst leaves from rest, with both detectors. */
    private static double burstReading(float[] x, double attack, double release) {
        return reading(run(x, x.length, 0, attack, release), run(x, x.length, 0, fastAttack(attack), release));
    }

    private static double run(float[] x, int frames, double y, double attack, double release) {
        for (int i = 0; i < frames; i++) {
            y *= release;
            double a = Math.abs(x[i]);
            if (a > y) y += attack * (a - y);
        }
        return y;
    }

    private static double releaseFactor(Type type, int sampleRate) {
        return Decibels.toAmplitude(-type.fallDbPerSecond() / sampleRate);
    }

    /** {attack coefficient, reading gain} for this type at this rate. */
    private static double[] calibrate(Type type, int sampleRate, double release) {
        double attack = solveAttack(type, sampleRate, release);
        double gain = 1.0 / burstReading(tone(sampleRate, CALIBRATION_FREQUENCY, 1.0), attack, release);
        return new double[] {attack, gain};
    }

    /** Bisection on the attack coefficient; the burst reading rises monotonically with it. */
    static double solveAttack(Type type, int sampleRate, double release) {
        float[] steady = tone(sampleRate, BURST_FREQUENCY, 0.5);
        float[] burst = tone(sampleRate, BURST_FREQUENCY, type.integrationSeconds);
        double target = Decibels.toAmplitude(BURST_READING_DB);
        double lo = 0.0;
        double hi = 1.0;
        for (int i = 0; i < 60; i++) {
            double mid = 0.5 * (lo + hi);
            double ratio = burstReading(burst, mid, release) / burstReading(steady, mid, release);
            if (ratio < target) lo = mid;
            else hi = mid;
        }
        return 0.5 * (lo + hi);
    }

    private static float[] tone(int sampleRate, double frequency, double seconds) {
        int n = (int) Math.round(seconds * sampleRate);
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) Math.sin(2 * Math.PI * frequency * i / sampleRate);
        }
        return x;
    }
}
