package org.headroom.advice;

import java.io.IOException;
import java.util.Optional;
import org.headroom.audio.AudioSource;

/**
 * The reverberation time of a recording, by the same estimators and the same choice between
 * them as a location test ({@link LocationMeasurement}): a clap's Schroeder decay when one is
 * trusted, else the blind estimate from speech. The editor's reverb uses it to make a dry line
 * sound as if said in the room another take was recorded in.
 */
public final class RecordedReverb {
    private static final int BLOCK = 4096;

    private RecordedReverb() {
    }

    /** Reads the whole source (the caller closes it); empty when neither estimator finds a usable decay. */
    public static Optional<Rt60Estimate> estimate(AudioSource source) throws IOException {
        MidBand band = new MidBand(source.format().sampleRate());
        float[][] block = new float[source.format().channels()][BLOCK];
        for (int n; (n = source.read(block)) > 0; ) band.accept(block, n);
        float[] mid = band.samples();
        return LocationMeasurement.choose(ClapDecay.estimate(mid, band.rate()), SpeechDecay.estimate(mid, band.rate()));
    }
}
