package org.headroom.advice;

import static org.headroom.testsupport.TestSignals.*;

import org.headroom.audio.MemorySource;

/** Synthetic location recordings of known truth for the estimator tests. */
final class Recordings {
    private Recordings() {
    }

    /**
     * 3 s of room tone, a clap at 3 s (optional), speech from 7 s for 20 s, all through one room of
     * known RT60; pink noise {@code snrDb} below the reverberant speech's RMS.
     */
    static float[] room(int rate, double rt60, double drrDb, boolean withClap, double snrDb, long seed) {
        float[] h = roomImpulse(rate, rt60, drrDb, seed);
        float[] speech = placeAt(rate, convolve(speechLike(rate, 20, -20, seed), h), 7, 30);
        double level = rmsDbfs(java.util.Arrays.copyOfRange(speech, 7 * rate, 27 * rate));
        float[] wet = withClap ? mix(speech, placeAt(rate, convolve(clap(rate, -6, seed), h), 3, 30)) : speech;
        return mix(wet, pinkNoise(rate, 30, level - snrDb, seed + 100));
    }

    static Location measure(int rate, float[] x) throws java.io.IOException, org.headroom.preset.PresetException {
        return LocationMeasurement.measure(MemorySource.of(rate, x), 1.0, AdvicePresetsTest.noiseCriteria());
    }

    /**
     * Only a clap and its decay: the file opens on the clap (no room tone before it, issue 14), the
     * clapper at the critical distance, white noise 85 dB under full scale, {@code seconds} long.
     */
    static float[] clapOnly(int rate, double rt60, double seconds, long seed) {
        float[] decay = convolve(clap(rate, -6, seed + 7), roomImpulse(rate, rt60, 0, seed));
        return mix(placeAt(rate, decay, 0, seconds), whiteNoise(rate, seconds, -85, seed + 3));
    }
}
