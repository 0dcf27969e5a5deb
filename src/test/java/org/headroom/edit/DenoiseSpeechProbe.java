package org.headroom.edit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.headroom.audio.AudioFiles;
import org.headroom.audio.AudioSource;
import org.headroom.dsp.Spectrum;

/**
 * Denoise on real synthetic speech: the three targets measured on espeak-ng voices with
 * sox noise, which a unit test cannot need. Not a unit test (the name keeps Surefire away); run
 * by hand after {@code src/bench/make-denoise-set.sh DIR}:
 * {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.headroom.edit.DenoiseSpeechProbe DIR [tune|heldout]}.
 *
 * <p>Each clean line is mixed with pink and fan-like noise at 10, 15 and 20 dB SNR (active speech
 * level, as {@link EffectMeasures#activeDb} measures it, over the noise's RMS), three stretches of
 * each noise (the "seeds"), and rendered through the edit list's {@code denoise} at its default,
 * profile found by the renderer itself. Printed per case and as the worst over the set: floor
 * down (quietest 500 ms), speech level change, dB nearer the clean speech, and the musical-noise
 * figure {@link #kurtosisRatio}.
 */
public final class DenoiseSpeechProbe {
    private static final int RATE = EffectMeasures.RATE;
    /** {@code -Dprobe.profileEnd=S}: take the profile from [0, S) of each line (its leading silence) instead of letting the renderer find it. */
    private static final double PROFILE_END = Double.parseDouble(System.getProperty("probe.profileEnd", "0"));
    private static final double[] SNRS = {10, 15, 20};
    /** Where the noise stretches start, s: three independent looks at each noise. */
    private static final double[] SEEDS = {0, 60, 120};

    private DenoiseSpeechProbe() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        String set = args.length > 1 ? args[1] : "tune";
        float[] pink = read(dir.resolve("noise-pink.wav"));
        float[] fan = read(dir.resolve("noise-fan.wav"));
        List<Path> lines;
        try (Stream<Path> files = Files.list(dir)) {
            lines = files.filter(p -> p.getFileName().toString().startsWith(set + "-")).sorted().toList();
        }
        double worstFloor = Double.POSITIVE_INFINITY, worstLevel = 0, worstCloser = Double.POSITIVE_INFINITY, worstKurt = 0;
        double sumCloser = 0;
        List<Double> kurts = new ArrayList<>();
        int cases = 0;
        for (Path line : lines) {
            float[] clean = read(line);
            double speechDb = EffectMeasures.activeDb(clean, clean);
            for (String kind : new String[] {"pink", "fan"}) {
                for (double snr : SNRS) {
                    List<String> row = new ArrayList<>();
                    double minCloser = Double.POSITIVE_INFINITY;
                    for (double seed : SEEDS) {
                        float[] noise = stretch(kind.equals("pink") ? pink : fan, seed, clean.length, speechDb - snr);
                        float[] noisy = new float[clean.length];
                        for (int i = 0; i < noisy.length; i++) noisy[i] = clean[i] + noise[i];
                        float[] out = EffectMeasures.render(noisy, new Edit.Denoise(12, PROFILE_END > 0 ? 0.0 : null, PROFILE_END > 0 ? PROFILE_END : null));
                        double floorDown = EffectMeasures.quietestDb(noisy, 0.5) - EffectMeasures.quietestDb(out, 0.5);
                        double level = EffectMeasures.activeDb(out, clean) - speechDb;
                        double closer = EffectMeasures.db(EffectMeasures.differencePower(noisy, clean))
                                - EffectMeasures.db(EffectMeasures.differencePower(out, clean));
                        double kurt = kurtosisRatio(noisy, out, clean);
                        worstFloor = Math.min(worstFloor, floorDown);
                        worstLevel = Math.abs(level) > Math.abs(worstLevel) ? level : worstLevel;
                        worstCloser = Math.min(worstCloser, closer);
                        worstKurt = Math.max(worstKurt, kurt);
                        kurts.add(kurt);
                        minCloser = Math.min(minCloser, closer);
                        sumCloser += closer;
                        cases++;
                        row.add(String.format(Locale.ROOT, "%5.1f %+5.2f %5.2f %4.2f", floorDown, level, closer, kurt));
                    }
                    System.out.printf(Locale.ROOT, "%-22s %-4s %2.0f dB | %s%n", line.getFileName(), kind, snr, String.join(" | ", row));
                }
            }
        }
        System.out.printf(Locale.ROOT, "%s: %d cases; worst: floor down %.2f dB, speech level %+.2f dB, nearer %.2f dB (mean %.2f); kurtosis ratio median %.2f, max %.2f%n",
                set, cases, worstFloor, worstLevel, worstCloser, sumCloser / cases, kurts.stream().sorted().toList().get(kurts.size() / 2), worstKurt);
    }

    /** One channel of a file. */
    static float[] read(Path file) throws IOException {
        try (AudioSource s = AudioFiles.open(file)) {
            float[][] all = Rendered.readAll(s);
            return all[0];
        }
    }

    /** {@code length} samples of {@code noise} from {@code seconds}, scaled to {@code rmsDb}. */
    private static float[] stretch(float[] noise, double seconds, int length, double rmsDb) {
        int from = (int) (seconds * RATE);
        float[] x = Arrays.copyOfRange(noise, from, from + length);
        double gain = Math.pow(10, (rmsDb - EffectMeasures.db(EffectMeasures.power(x, 0, length))) / 20);
        for (int i = 0; i < length; i++) x[i] *= (float) gain;
        return x;
    }

    /**
     * The musical-noise figure (after Uemura et al., "musical noise generation analysis for noise
     * reduction methods based on higher-order statistics"): in the frames where the clean line is
     * silent, the kurtosis of the power spectrum (each bin from 100 Hz to 16 kHz divided by its own
     * mean over those frames) of the output over that of the input. Isolated spectral peaks left
     * standing in lowered noise — musical noise — raise it well above 1; noise that is only
     * quieter keeps it near 1.
     */
    static double kurtosisRatio(float[] noisy, float[] out, float[] clean) {
        return kurtosis(noisy, clean) == 0 ? 0 : kurtosis(out, clean) / kurtosis(noisy, clean);
    }

    private static double kurtosis(float[] x, float[] clean) {
        int size = 1024;
        Spectrum spectrum = new Spectrum(size);
        int lo = (int) Math.ceil(100.0 * size / RATE);
        int hi = (int) (16000.0 * size / RATE);
        List<float[]> frames = new ArrayList<>();
        float[] frame = new float[size];
        for (int at = 0; at + size <= x.length; at += size / 2) {
            int margin = RATE / 10; // 100 ms each side: the denoiser's own frames smear speech that far
            if (EffectMeasures.power(clean, Math.max(0, at - margin), Math.min(x.length, at + size + margin)) > 1e-12) continue;
            System.arraycopy(x, at, frame, 0, size);
            spectrum.transform(frame);
            float[] p = new float[size / 2];
            spectrum.bandPower(frame, p);
            frames.add(p);
        }
        if (frames.isEmpty()) return 0;
        double m2 = 0, m4 = 0;
        long count = 0;
        for (int k = lo; k < hi; k++) {
            double mean = 0;
            for (float[] p : frames) mean += p[k];
            mean /= frames.size();
            if (mean <= 0) continue;
            for (float[] p : frames) {
                double v = p[k] / mean;
                m2 += v * v;
                m4 += v * v * v * v;
                count++;
            }
        }
        m2 /= count;
        m4 /= count;
        return m4 / (m2 * m2);
    }
}
