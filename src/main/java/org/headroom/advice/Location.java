package org.headroom.advice;

import java.util.List;
import java.util.Optional;
import org.headroom.detect.Hum;

/**
 * What a short location recording says about the place.
 *
 * @param seconds         length measured
 * @param noiseFloorDbfs  RMS of the quietest 500 ms; empty when the recording is shorter or silent
 * @param snrDb           active speech over noise; empty without speech
 * @param octaveBandsDbfs noise in the octave bands {@link OctaveBands#CENTRES} (NaN above Nyquist)
 * @param rating          how noisy, in NC and rough dBA
 * @param hum             mains hum, if any
 * @param wind            gusty wind or handling rumble found
 * @param hiss            steady broadband hiss found
 * @param rt60            the estimate to use: the clap's when it is trusted, else the speech's
 * @param clapRt60        from a clap, if one was found
 * @param speechRt60      from speech decays, if there were enough
 * @param cautions        what makes these figures less sure (too short, silent, no speech, clipped), in
 *                        words a runner can act on; empty for a good take
 */
public record Location(double seconds, Optional<Double> noiseFloorDbfs, Optional<Double> snrDb, double[] octaveBandsDbfs,
                       NoiseRating rating, Optional<Hum> hum, boolean wind, boolean hiss, Optional<Rt60Estimate> rt60,
                       Optional<Rt60Estimate> clapRt60, Optional<Rt60Estimate> speechRt60, List<String> cautions) {
    public Location {
        octaveBandsDbfs = octaveBandsDbfs.clone();
        cautions = List.copyOf(cautions);
    }

    @Override
    public double[] octaveBandsDbfs() {
        return octaveBandsDbfs.clone();
    }

    public static List<Integer> octaveCentresHz() {
        return java.util.Arrays.stream(OctaveBands.CENTRES).boxed().toList();
    }

    /** Puts the measured figures into a situation; they override what its environment would assume. */
    public Situation.Builder applyTo(Situation.Builder b) {
        noiseFloorDbfs.ifPresent(b::noiseFloorDbfs);
        snrDb.ifPresent(b::snrDb);
        rt60.ifPresent(r -> b.rt60Seconds(r.seconds()));
        b.hum(hum.isPresent());
        if (wind) b.wind(true);
        return b;
    }
}
