package org.headroom.advice;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.headroom.audio.AudioSource;
import org.headroom.detect.DetectorSet;
import org.headroom.meter.BlockConsumer;

/**
 * Measures a place from a short recording (room tone, some speech, perhaps a clap), taking blocks
 * as they come, from a file or a live line. Noise floor, SNR, hum, wind and hiss come from the
 * detect package's {@link DetectorSet}, so the advisor and the file report agree; this class adds
 * the octave-band noise, the noisiness rating and the reverberation time, whose estimators need
 * the mid band kept in memory (bounded, see {@link MidBand}).
 */
public final class LocationMeasurement implements BlockConsumer {
    /** A clap estimate at least this confident beats the blind speech one [judgement]. */
    static final double TRUST_CLAP = 0.4;
    private static final int BLOCK = 4096;
    /**
     * Noise whose median power in the talker's pauses is this far above the histogram's noise is
     * not steady: white, pink and fan noise measured 0.2–1.1 dB over it, traffic 4.3–6.3 dB and
     * babble 6.9–10 dB (tuning seeds 1-2, BabbleProbe). The median, not the mean: a syllable the
     * pitch missed would lift the mean of a quiet take's pauses and pass steady noise off as a crowd.
     */
    static final double UNSTEADY_NOISE_DB = 3;
    /**
     * Noise whose level over a quarter second spreads this much (90th less 10th percentile,
     * {@link ForegroundSnr#swellDb}) in the talker's pauses swells and falls: white, pink and fan
     * noise spread 0.2-5.2 dB, traffic 7.4-9.1 dB (tuning seeds 1-2). Traffic at 0 dB has pauses
     * whose median is barely over its quiet moments, so {@link #UNSTEADY_NOISE_DB} alone left it on
     * the histogram's reading (+7 to +9 dB).
     */
    static final double SWELLING_NOISE_DB = 6.5;

    private final int sampleRate;
    private final DetectorSet detectors;
    private final OctaveBands bands;
    private final MidBand midBand;
    private final NoiseCriteria criteria;
    private final FramePowers framePowers;
    private float[] mono = new float[BLOCK];
    private long frames;

    /** @param criteria the NC curves the noise is rated against (presets/advisor/noise-criteria.json) */
    public LocationMeasurement(int channels, int sampleRate, NoiseCriteria criteria) {
        this.sampleRate = sampleRate;
        this.criteria = criteria;
        this.detectors = new DetectorSet(channels, sampleRate, null);
        this.bands = new OctaveBands(sampleRate);
        this.midBand = new MidBand(sampleRate);
        this.framePowers = new FramePowers(ForegroundSnr.FRAME * midBand.factor(), sampleRate);
    }

    /** Reads the whole source; the caller closes it. */
    public static Location measure(AudioSource source, double talkerMetres, NoiseCriteria criteria) throws IOException {
        int channels = source.format().channels();
        LocationMeasurement m = new LocationMeasurement(channels, source.format().sampleRate(), criteria);
        float[][] block = new float[channels][BLOCK];
        for (int n; (n = source.read(block)) > 0; ) m.accept(block, n);
        return m.result(talkerMetres);
    }

    @Override
    public void accept(float[][] block, int n) {
        detectors.accept(block, n);
        if (mono.length < n) mono = new float[n];
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (float[] ch : block) s += ch[i];
            mono[i] = (float) (s / block.length);
        }
        bands.accept(mono, n);
        midBand.accept(block, n);
        framePowers.accept(block, n);
        frames += n;
    }

    /**
     * @param talkerMetres how far the talker was from the mic in the recording: places the noise on
     *                     an SPL scale for the rating (see {@link NoiseRating})
     */
    public Location result(double talkerMetres) {
        Optional<Double> floor = boxed(detectors.noise().noiseFloorDbfs());
        float[] mid = midBand.samples();
        Optional<Double> snr = snr(ForegroundSnr.estimate(mid, midBand.rate(), framePowers.powers()));
        double[] octaves = bands.quietestDbfs();
        double speech = detectors.noise().activeSpeechDbfs().orElse(Double.NaN);
        NoiseRating rating = NoiseRating.of(octaves, speech, talkerMetres, criteria);
        Optional<Rt60Estimate> clap = ClapDecay.estimate(mid, midBand.rate());
        Optional<Rt60Estimate> fromSpeech = SpeechDecay.estimate(mid, midBand.rate());
        Optional<Rt60Estimate> chosen = choose(clap, fromSpeech);
        double seconds = (double) frames / sampleRate;
        return new Location(seconds, floor, snr, octaves, rating, detectors.hum().hum(),
                detectors.wind().wind(), detectors.hiss().hiss(), chosen, clap, fromSpeech,
                cautions(TakeCheck.cautions(seconds, snr, detectors.findings()), clap.isEmpty() ? ClapDecay.cutShort(mid, midBand.rate()) : Optional.empty()));
    }

    /** The take's own cautions, and why a clap gave no RT60 when the file was cut in its decay. */
    private static List<String> cautions(List<String> take, Optional<String> clap) {
        List<String> all = new ArrayList<>(take);
        clap.ifPresent(all::add);
        return all;
    }

    /**
     * The energy histogram's SNR (detect's, as {@code analyze} reports it) while the noise is
     * steady; the nearest talker's ({@link ForegroundSnr}) when the noise heard in the talker's
     * pauses is typically well above the histogram's noise (its quietest frames), or its level
     * there spreads widely: then the noise swells and falls (traffic, a crowd), and its quiet
     * moments are not its level.
     */
    private Optional<Double> snr(Optional<ForegroundSnr.Powers> foreground) {
        Optional<Double> histogram = boxed(detectors.noise().snrDb());
        if (foreground.isEmpty()) return histogram;
        ForegroundSnr.Powers f = foreground.get();
        if (histogram.isPresent()) {
            double histogramNoiseDb = detectors.noise().activeSpeechDbfs().getAsDouble() - histogram.get();
            double overDb = 10 * Math.log10(f.noiseMedian()) - histogramNoiseDb;
            if (overDb < UNSTEADY_NOISE_DB && f.swellDb() < SWELLING_NOISE_DB) return histogram;
        }
        return Optional.of(f.snrDb());
    }

    /** The clap's estimate when it is trusted, else the speech's, else an untrusted clap's. */
    static Optional<Rt60Estimate> choose(Optional<Rt60Estimate> clap, Optional<Rt60Estimate> fromSpeech) {
        return clap.filter(c -> c.confidence() >= TRUST_CLAP).or(() -> fromSpeech.isPresent() ? fromSpeech : clap);
    }

    private static Optional<Double> boxed(java.util.OptionalDouble d) {
        return d.isPresent() ? Optional.of(d.getAsDouble()) : Optional.empty();
    }
}
