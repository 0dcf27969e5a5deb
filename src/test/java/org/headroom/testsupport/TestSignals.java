package org.headroom.testsupport;

import java.util.Random;

/**
 * The one place tests make their signals. Every generator is deterministic (noise takes a
 * seed) and returns {@code float[channel][frame]} or a single channel {@code float[]}.
 * Levels are peak amplitudes in dBFS unless a method says RMS.
 */
public final class TestSignals {
    private TestSignals() {
    }

    public static double amplitude(double dbfs) {
        return Math.pow(10.0, dbfs / 20.0);
    }

    /** A sine of the given peak level, frequency and starting phase (radians). */
    public static float[] sine(int rate, double seconds, double freq, double peakDbfs, double phase) {
        int n = (int) Math.round(seconds * rate);
        double a = amplitude(peakDbfs);
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) (a * Math.sin(2 * Math.PI * freq * i / rate + phase));
        }
        return x;
    }

    public static float[] sine(int rate, double seconds, double freq, double peakDbfs) {
        return sine(rate, seconds, freq, peakDbfs, 0.0);
    }

    public static float[] silence(int rate, double seconds) {
        return new float[(int) Math.round(seconds * rate)];
    }

    /** Gaussian white noise with the given RMS level in dBFS. */
    public static float[] whiteNoise(int rate, double seconds, double rmsDbfs, long seed) {
        Random random = new Random(seed);
        int n = (int) Math.round(seconds * rate);
        double a = amplitude(rmsDbfs);
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) (a * random.nextGaussian());
        }
        return x;
    }

    /** Joins pieces end to end. */
    public static float[] concat(float[]... parts) {
        int n = 0;
        for (float[] p : parts) n += p.length;
        float[] out = new float[n];
        int at = 0;
        for (float[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    /** Sample-wise sum of equal or shorter signals into a copy of the first. */
    public static float[] mix(float[] first, float[]... others) {
        float[] out = first.clone();
        for (float[] o : others) {
            for (int i = 0; i < Math.min(out.length, o.length); i++) out[i] += o[i];
        }
        return out;
    }

    /** The same signal in each of {@code channels} channels (copies). */
    public static float[][] channels(float[] x, int channels) {
        float[][] out = new float[channels][];
        for (int c = 0; c < channels; c++) out[c] = x.clone();
        return out;
    }

    /** Quantises to {@code bits}-bit integer codes and back, as a PCM file of that depth holds it. */
    public static float[] quantise(float[] x, int bits) {
        double scale = Math.pow(2, bits - 1);
        float[] out = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            double q = Math.rint(x[i] * scale);
            q = Math.max(-scale, Math.min(scale - 1, q));
            out[i] = (float) (q / scale);
        }
        return out;
    }

    /** Sum of squares / n in dB: the RMS level the way sox and ffmpeg report it. */
    public static double rmsDbfs(float[] x) {
        double s = 0;
        for (float v : x) s += (double) v * v;
        return 10 * Math.log10(s / x.length);
    }

    /** A 1 kHz sine segment of the EBU test sequences: peak level in dBFS and duration. */
    public record Segment(double peakDbfs, double seconds) {
    }

    /**
     * 1 kHz sine segments end to end, the phase running on across segments as in the EBU
     * test files (a level of {@code Double.NEGATIVE_INFINITY} is silence).
     */
    public static float[] toneSequence(int rate, Segment... segments) {
        int total = 0;
        for (Segment s : segments) total += (int) Math.round(s.seconds() * rate);
        float[] x = new float[total];
        int at = 0;
        for (Segment s : segments) {
            int n = (int) Math.round(s.seconds() * rate);
            double a = amplitude(s.peakDbfs());
            for (int i = 0; i < n; i++, at++) x[at] = (float) (a * Math.sin(2 * Math.PI * 1000.0 * at / rate));
        }
        return x;
    }

    /**
     * {@code repeats} pairs of (level1 for seconds1, level2 for seconds2): the alternating
     * sequences of Tech 3341 cases 9 and 12.
     */
    public static float[] alternating(int rate, double db1, double s1, double db2, double s2, int repeats) {
        Segment[] seg = new Segment[2 * repeats];
        for (int i = 0; i < repeats; i++) {
            seg[2 * i] = new Segment(db1, s1);
            seg[2 * i + 1] = new Segment(db2, s2);
        }
        return toneSequence(rate, seg);
    }

    /** A 1 kHz burst of {@code burstSeconds} at {@code peakDbfs} after {@code leadSeconds} of silence, then {@code tailSeconds} of silence. */
    public static float[] burst(int rate, double leadSeconds, double burstSeconds, double peakDbfs, double tailSeconds) {
        return concat(silence(rate, leadSeconds), sine(rate, burstSeconds, 1000.0, peakDbfs), silence(rate, tailSeconds));
    }

    /** A burst that starts {@code leadFrames} frames in, for sub-step alignment tests. */
    public static float[] burstAtFrame(int rate, int leadFrames, double burstSeconds, double peakDbfs, double tailSeconds) {
        return concat(new float[leadFrames], sine(rate, burstSeconds, 1000.0, peakDbfs), silence(rate, tailSeconds));
    }

    /**
     * A sine at {@code rate / divisor} (e.g. 4 → fs/4) with the given peak amplitude (linear)
     * and starting phase in degrees: Tech 3341 cases 15–19.
     */
    public static float[] sineAtFraction(int rate, double seconds, double divisor, double amplitude, double phaseDegrees) {
        int n = (int) Math.round(seconds * rate);
        double phase = Math.toRadians(phaseDegrees);
        float[] x = new float[n];
        for (int i = 0; i < n; i++) x[i] = (float) (amplitude * Math.sin(2 * Math.PI * i / divisor + phase));
        return x;
    }

    /**
     * A band-limited pulse whose continuous peak is exactly {@code peak} and falls
     * {@code fraction} of a sample after frame {@code centre}: a sinc with bandwidth
     * {@code bandwidthHz} (two-sided cut-off, below fs/2), tapered by a long Hann window
     * ({@code halfWidth} frames each side) so it is finite. At fraction 0.5 the two nearest
     * samples read well under the peak — the inter-sample peak a true-peak meter must find
     * (Tech 3341 cases 20–23 use one pulse at four offsets).
     */
    public static float[] bandLimitedPulse(int rate, int length, int centre, double fraction, double bandwidthHz,
                                           double peak, int halfWidth) {
        float[] x = new float[length];
        double b = 2 * bandwidthHz / rate;
        for (int i = Math.max(0, centre - halfWidth); i < Math.min(length, centre + halfWidth + 1); i++) {
            double t = i - centre - fraction;
            double sinc = t == 0 ? 1 : Math.sin(Math.PI * b * t) / (Math.PI * b * t);
            double w = Math.abs(t) >= halfWidth ? 0 : 0.5 + 0.5 * Math.cos(Math.PI * t / halfWidth);
            x[i] = (float) (peak * sinc * w);
        }
        return x;
    }

    /** A square wave of the given frequency swinging between +a and −a. */
    public static float[] square(int rate, double seconds, double freq, double a) {
        int n = (int) Math.round(seconds * rate);
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            double cycle = (i * freq / rate) % 1.0;
            x[i] = (float) (cycle < 0.5 ? a : -a);
        }
        return x;
    }

    /** A constant value (DC). */
    public static float[] constant(int rate, double seconds, double value) {
        float[] x = new float[(int) Math.round(seconds * rate)];
        java.util.Arrays.fill(x, (float) value);
        return x;
    }

    /**
     * A stand-in music bed, stereo: a G major triad (196, 247, 294 Hz) at about −20 dBFS, pulsing
     * twice a second, the right channel 0.9 of the left. For benches that need a bed to loop and duck.
     */
    public static float[][] musicBed(int rate, double seconds) {
        int n = (int) (seconds * rate);
        float[] l = new float[n];
        float[] r = new float[n];
        for (int i = 0; i < n; i++) {
            double t = (double) i / rate;
            double chord = Math.sin(2 * Math.PI * 196 * t) + 0.7 * Math.sin(2 * Math.PI * 247 * t) + 0.5 * Math.sin(2 * Math.PI * 294 * t);
            double beat = Math.exp(-8 * (t % 0.5));
            l[i] = (float) (0.1 * chord * (0.6 + 0.4 * beat));
            r[i] = 0.9f * l[i];
        }
        return new float[][] {l, r};
    }

    /**
     * Speech-like test material: white noise through a gentle low-pass, shaped by a syllable
     * envelope (~4 Hz) with word gaps and pauses, mostly around −20 dBFS RMS with occasional
     * peaks near −3 dBFS. Deterministic for a seed; for benchmarks and skip tests.
     */
    public static float[] speechLike(int rate, double seconds, long seed) {
        Random random = new Random(seed);
        int n = (int) Math.round(seconds * rate);
        float[] x = new float[n];
        double lp = 0;
        double envelope = 0;
        double target = 0;
        int nextChange = 0;
        double smooth = Math.exp(-1.0 / (0.01 * rate));
        double cut = Math.exp(-2 * Math.PI * 3000.0 / rate);
        for (int i = 0; i < n; i++) {
            if (i >= nextChange) {
                double r = random.nextDouble();
                target = r < 0.25 ? 0.0 : amplitude(-26 + 14 * random.nextDouble() + (r > 0.98 ? 8 : 0));
                nextChange = i + (int) (rate * (0.08 + 0.25 * random.nextDouble()));
            }
            envelope = smooth * envelope + (1 - smooth) * target;
            lp = cut * lp + (1 - cut) * random.nextGaussian();
            x[i] = (float) (envelope * lp * 2.5);
        }
        return x;
    }

    /**
     * A copy with raised-cosine fades of {@code frames} at both ends. A tone that starts or
     * stops with a jump is not band-limited: its reconstruction overshoots (Gibbs) by up to
     * ~0.7 dB, which a true-peak meter rightly reports; the EBU true-peak tones are steady.
     */
    public static float[] fadeInOut(float[] x, int frames) {
        float[] y = x.clone();
        for (int i = 0; i < frames && i < y.length; i++) {
            double g = 0.5 - 0.5 * Math.cos(Math.PI * i / frames);
            y[i] *= (float) g;
            y[y.length - 1 - i] *= (float) g;
        }
        return y;
    }


    /** Scales a copy of {@code x} so that its RMS (over all samples) is {@code rmsDbfs}. */
    public static float[] scaleToRms(float[] x, double rmsDbfs) {
        double current = rmsDbfs(x);
        double g = amplitude(rmsDbfs - current);
        float[] out = new float[x.length];
        for (int i = 0; i < x.length; i++) out[i] = (float) (x[i] * g);
        return out;
    }

    /** Two channels from two signals (no copies). */
    public static float[][] stereo(float[] left, float[] right) {
        return new float[][] {left, right};
    }

    /**
     * Pink (1/f) noise with the given RMS level: white Gaussian noise through Paul Kellet's
     * seven-pole approximation of a -3 dB/octave slope (within about 0.05 dB above 9 Hz at 44.1 kHz),
     * then high-passed at 20 Hz (second order) as any microphone and preamp deliver it: without that
     * the sub-audio swings dominate short-term power, which no real room noise reaching a file does.
     */
    public static float[] pinkNoise(int rate, double seconds, double rmsDbfs, long seed) {
        Random random = new Random(seed);
        int n = (int) Math.round(seconds * rate);
        float[] x = new float[n];
        double b0 = 0, b1 = 0, b2 = 0, b3 = 0, b4 = 0, b5 = 0, b6 = 0;
        double hpPole = Math.exp(-2 * Math.PI * 20.0 / rate);
        double h1 = 0, h1In = 0, h2 = 0, h2In = 0;
        for (int i = 0; i < n; i++) {
            double w = random.nextGaussian();
            b0 = 0.99886 * b0 + w * 0.0555179;
            b1 = 0.99332 * b1 + w * 0.0750759;
            b2 = 0.96900 * b2 + w * 0.1538520;
            b3 = 0.86650 * b3 + w * 0.3104856;
            b4 = 0.55000 * b4 + w * 0.5329522;
            b5 = -0.7616 * b5 - w * 0.0168980;
            double pink = b0 + b1 + b2 + b3 + b4 + b5 + b6 + w * 0.5362;
            b6 = w * 0.115926;
            h1 = hpPole * (h1 + pink - h1In);
            h1In = pink;
            h2 = hpPole * (h2 + h1 - h2In);
            h2In = h1;
            x[i] = (float) h2;
        }
        return scaleToRms(x, rmsDbfs);
    }

    /**
     * Mains hum: a fundamental plus harmonics whose levels are given in dB relative to the
     * fundamental (harmonic 2, 3, ...), scaled so that the whole hum has RMS {@code rmsDbfs}.
     */
    public static float[] hum(int rate, double seconds, double freq, double rmsDbfs, double... harmonicsRelDb) {
        int n = (int) Math.round(seconds * rate);
        double[] amps = new double[harmonicsRelDb.length + 1];
        amps[0] = 1.0;
        for (int h = 0; h < harmonicsRelDb.length; h++) amps[h + 1] = amplitude(harmonicsRelDb[h]);
        double power = 0;
        for (double a : amps) power += a * a / 2;
        double scale = amplitude(rmsDbfs) / Math.sqrt(power);
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            double t = (double) i / rate;
            double v = 0;
            for (int h = 0; h < amps.length; h++) v += amps[h] * Math.sin(2 * Math.PI * freq * (h + 1) * t + 0.7 * h);
            x[i] = (float) (scale * v);
        }
        return x;
    }

    /**
     * A speech-like signal: syllables of 120-300 ms (a glottal pulse train at 100-200 Hz through
     * three formant resonators, 20 ms ramps, ±3 dB from syllable to syllable) separated by short gaps
     * and, every few syllables, pauses of 0.3-0.7 s. High-passed at about 70 Hz, as a
     * microphone and voice leave little below that. Scaled so that the RMS over the syllables
     * (envelope above zero)
     * (the active speech level) is {@code activeRmsDbfs}; pauses are exact zeros.
     */
    public static float[] speechLike(int rate, double seconds, double activeRmsDbfs, long seed) {
        Random random = new Random(seed);
        int n = (int) Math.round(seconds * rate);
        float[] x = new float[n];
        double[] envelope = new double[n];
        int at = (int) (0.2 * rate);
        int syllable = 0;
        double pole = Math.exp(-2 * Math.PI * 70.0 / rate);
        int ramp = (int) (0.02 * rate);
        while (at < n) {
            int len = (int) ((0.12 + 0.18 * random.nextDouble()) * rate);
            double f0 = 100 + 100 * random.nextDouble();
            double glide = (random.nextDouble() - 0.5) * 30;
            double gain = amplitude(6 * (random.nextDouble() - 0.5));
            Resonator f1 = new Resonator(rate, 300 + 500 * random.nextDouble(), 80);
            Resonator f2 = new Resonator(rate, 900 + 1300 * random.nextDouble(), 120);
            Resonator f3 = new Resonator(rate, 2400 + 600 * random.nextDouble(), 180);
            double phase = 0;
            double hp = 0;
            double hpIn = 0;
            for (int i = 0; i < len && at + i < n; i++) {
                double f = f0 + glide * i / len;
                phase += f / rate;
                // zero-mean pulse train: no DC for the envelope to turn into low-frequency thumps
                double pulse = -f / rate;
                if (phase >= 1) {
                    phase -= 1;
                    pulse += 1;
                }
                double v = f3.next(f2.next(f1.next(pulse)));
                double y = pole * (hp + v - hpIn); // first-order high-pass at 70 Hz
                hpIn = v;
                hp = y;
                x[at + i] = (float) (gain * y);
                envelope[at + i] = Math.min(1.0, Math.min((double) i / ramp, (double) (len - i) / ramp));
            }
            at += len + (int) ((0.03 + 0.12 * random.nextDouble()) * rate);
            if (++syllable % (3 + random.nextInt(3)) == 0) at += (int) ((0.3 + 0.4 * random.nextDouble()) * rate);
        }
        double power = 0;
        int count = 0;
        for (int i = 0; i < n; i++) {
            double y = x[i] * envelope[i];
            x[i] = (float) y;
            if (envelope[i] > 0) {
                power += y * y;
                count++;
            }
        }
        double g = amplitude(activeRmsDbfs) / Math.sqrt(power / Math.max(1, count));
        for (int i = 0; i < n; i++) x[i] = (float) (x[i] * g);
        return x;
    }

    /** Two-pole resonator with unity-ish gain at its centre, for formants. */
    private static final class Resonator {
        final double a1, a2, g;
        double y1, y2;

        Resonator(int rate, double freq, double bandwidth) {
            double r = Math.exp(-Math.PI * bandwidth / rate);
            a1 = 2 * r * Math.cos(2 * Math.PI * freq / rate);
            a2 = -r * r;
            g = 1 - r;
        }

        double next(double in) {
            double y = g * in + a1 * y1 + a2 * y2;
            y2 = y1;
            y1 = y;
            return y;
        }
    }

    /**
     * Wind-like rumble: Gaussian noise low-passed twice at 80 Hz, times a gust envelope that
     * swings by about ±12 dB at 0.1-1 Hz. RMS {@code rmsDbfs}. Different seeds give the
     * incoherent channels a stereo pair of microphones picks up in wind.
     */
    public static float[] windGusts(int rate, double seconds, double rmsDbfs, long seed) {
        Random random = new Random(seed);
        int n = (int) Math.round(seconds * rate);
        double a = Math.exp(-2 * Math.PI * 80.0 / rate);
        double s1 = 0, s2 = 0;
        double[] gustFreq = {0.13, 0.31, 0.57, 0.91};
        double[] gustPhase = new double[gustFreq.length];
        for (int k = 0; k < gustFreq.length; k++) gustPhase[k] = 2 * Math.PI * random.nextDouble();
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            s1 = a * s1 + (1 - a) * random.nextGaussian();
            s2 = a * s2 + (1 - a) * s1;
            double t = (double) i / rate;
            double g = 0;
            for (int k = 0; k < gustFreq.length; k++) g += Math.sin(2 * Math.PI * gustFreq[k] * t + gustPhase[k]);
            x[i] = (float) (s2 * Math.pow(10, 0.7 * g * 12 / 20));
        }
        return scaleToRms(x, rmsDbfs);
    }

    /** Windowed-sinc (Blackman, 511 taps) low-pass: about 74 dB stop band, 0.5 kHz transition at 48 kHz. */
    public static float[] lowPass(float[] x, int rate, double cutoffHz) {
        int taps = 511;
        int mid = taps / 2;
        double fc = cutoffHz / rate;
        double[] h = new double[taps];
        double sum = 0;
        for (int k = 0; k < taps; k++) {
            int m = k - mid;
            double sinc = m == 0 ? 2 * fc : Math.sin(2 * Math.PI * fc * m) / (Math.PI * m);
            double w = 0.42 - 0.5 * Math.cos(2 * Math.PI * k / (taps - 1)) + 0.08 * Math.cos(4 * Math.PI * k / (taps - 1));
            h[k] = sinc * w;
            sum += h[k];
        }
        float[] y = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            double acc = 0;
            for (int k = 0; k < taps; k++) {
                int j = i + mid - k;
                if (j >= 0 && j < x.length) acc += h[k] * x[j];
            }
            y[i] = (float) (acc / sum);
        }
        return y;
    }

    /**
     * A room impulse response of known RT60: Gaussian noise under an exponential envelope that
     * falls 60 dB in {@code rt60Seconds} (the statistical model of a diffuse late reverberation,
     * and exactly the model the blind estimators assume), {@code 1.3·rt60} long (down 78 dB).
     * With a finite {@code directToReverberantDb} a direct-sound impulse leads it, that much above
     * the whole tail's energy (0 dB: the mic stands at the critical distance); NaN leaves it out
     * (the mic far beyond the critical distance). Peak-normalised to 1.
     */
    public static float[] roomImpulse(int rate, double rt60Seconds, double directToReverberantDb, long seed) {
        Random random = new Random(seed);
        int n = (int) Math.round(1.3 * rt60Seconds * rate) + 1;
        int delay = (int) Math.round(0.002 * rate); // first reflections arrive a couple of ms after the direct sound
        double decay = 3 * Math.log(10) / (rate * rt60Seconds);
        double[] h = new double[n];
        double tail = 0;
        for (int i = delay; i < n; i++) {
            h[i] = random.nextGaussian() * Math.exp(-decay * (i - delay));
            tail += h[i] * h[i];
        }
        if (!Double.isNaN(directToReverberantDb)) h[0] = Math.sqrt(tail * Math.pow(10, directToReverberantDb / 10));
        double peak = 0;
        for (double v : h) peak = Math.max(peak, Math.abs(v));
        float[] out = new float[n];
        for (int i = 0; i < n; i++) out[i] = (float) (h[i] / peak);
        return out;
    }

    /**
     * Linear convolution x * h by FFT (TarsosDSP's JTransforms port), so a 30 s signal through a
     * 2.6 s impulse response takes tens of milliseconds rather than minutes. Float precision keeps
     * errors near 1e-6 of the peak, far below the noise the tests add.
     */
    public static float[] convolve(float[] x, float[] h) {
        int length = x.length + h.length - 1;
        int size = Integer.highestOneBit(Math.max(2, length - 1)) << 1;
        float[] a = java.util.Arrays.copyOf(x, size);
        float[] b = java.util.Arrays.copyOf(h, size);
        be.tarsos.dsp.util.fft.FloatFFT fft = new be.tarsos.dsp.util.fft.FloatFFT(size);
        fft.realForward(a);
        fft.realForward(b);
        // packed layout: [0] = Re(DC), [1] = Re(Nyquist), then (Re, Im) pairs
        a[0] *= b[0];
        a[1] *= b[1];
        for (int k = 1; k < size / 2; k++) {
            float re = a[2 * k] * b[2 * k] - a[2 * k + 1] * b[2 * k + 1];
            float im = a[2 * k] * b[2 * k + 1] + a[2 * k + 1] * b[2 * k];
            a[2 * k] = re;
            a[2 * k + 1] = im;
        }
        fft.realInverse(a, true);
        return java.util.Arrays.copyOf(a, length);
    }

    /**
     * A hand-clap as a room hears it at the source: a few milliseconds of Gaussian noise with a
     * 1 ms exponential fall, peak {@code peakDbfs}.
     */
    public static float[] clap(int rate, double peakDbfs, long seed) {
        Random random = new Random(seed);
        int n = (int) Math.round(0.006 * rate);
        float[] x = new float[n];
        double peak = 0;
        for (int i = 0; i < n; i++) {
            x[i] = (float) (random.nextGaussian() * Math.exp(-i / (0.001 * rate)));
            peak = Math.max(peak, Math.abs(x[i]));
        }
        double g = amplitude(peakDbfs) / peak;
        for (int i = 0; i < n; i++) x[i] = (float) (x[i] * g);
        return x;
    }

    /** A copy of {@code x} delayed by {@code seconds} of silence and padded or cut to {@code totalSeconds}. */
    public static float[] placeAt(int rate, float[] x, double seconds, double totalSeconds) {
        float[] out = new float[(int) Math.round(totalSeconds * rate)];
        int at = (int) Math.round(seconds * rate);
        System.arraycopy(x, 0, out, at, Math.max(0, Math.min(x.length, out.length - at)));
        return out;
    }

    /**
     * A location take for listening tests, where the listener starts somewhere in the first few
     * seconds: {@code toneSeconds} of room tone (pink noise at {@code noiseRmsDbfs}, throughout),
     * then a 2 s speech-like clip (active −20 dBFS) repeated to the end, through a room of RT60
     * 0.6 s. Repeating the clip keeps the speech statistics the same in any window of a few
     * seconds, so a 10 s listen measures what the whole file does whatever second it begins at.
     */
    public static float[] listeningTake(int rate, double seconds, double toneSeconds, double noiseRmsDbfs, long seed) {
        float[] clip = speechLike(rate, 2, -20, seed);
        float[] speech = new float[(int) Math.round((seconds - toneSeconds) * rate)];
        for (int i = 0; i < speech.length; i++) speech[i] = clip[i % clip.length];
        float[] reverberant = convolve(speech, roomImpulse(rate, 0.6, 3, seed));
        return mix(placeAt(rate, reverberant, toneSeconds, seconds), pinkNoise(rate, seconds, noiseRmsDbfs, seed + 100));
    }
}
