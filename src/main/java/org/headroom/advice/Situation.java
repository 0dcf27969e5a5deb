package org.headroom.advice;

/**
 * What the advisor knows about a shoot: a typical environment and/or measurements that override
 * it, plus the answers only the crew can give. Null means "not known"; {@link #builder()} starts
 * from one talker, one metre, nothing measured, off camera.
 *
 * @param environment           typical place, may be null when everything is measured
 * @param noiseFloorDbfs        measured noise floor of a test recording, null if not measured
 * @param snrDb                 measured speech-to-noise of a test recording at {@code distanceMetres}
 * @param rt60Seconds           measured or estimated reverberation time, overrides the environment
 * @param hum                   mains hum was detected
 * @param wind                  wind is present (measured or seen); null means go by the environment
 * @param outdoor               overrides the environment's indoor/outdoor when non-null
 * @param talkers               people speaking, at least 1
 * @param sharedMic             the talkers share one microphone
 * @param moving                talkers walk about
 * @param onCamera              a camera is rolling on the talker
 * @param micMayShow            a visible mic is acceptable in the picture
 * @param distanceMetres        planned talker-to-camera (or talker-to-mic-stand) distance
 * @param roomVolumeCubicMetres overrides the environment's volume
 * @param noiseDirectionDegrees angle of a dominant noise source off the mic's aim at the talker
 *                              (180 = straight behind the mic); null when noise comes from all round
 * @param solo                  the talker is alone, with no crew: nobody to hold a boom, and when the
 *                              talker films themselves on the move the camera is in their hand
 * @param liveEvent             a live event the crew must not disturb (a service, a lecture, real life
 *                              followed by an observational crew): it goes on for its audience, not
 *                              for the recording, so nobody may stand over the talker with a boom
 * @param rain                  it is raining on an exterior: drops land on whatever covers a mic in the open
 */
public record Situation(Environment environment, Double noiseFloorDbfs, Double snrDb, Double rt60Seconds, boolean hum,
                        Boolean wind, Boolean outdoor, int talkers, boolean sharedMic, boolean moving, boolean onCamera,
                        boolean micMayShow, double distanceMetres, Double roomVolumeCubicMetres, Double noiseDirectionDegrees,
                        boolean solo, boolean liveEvent, boolean rain) {
    public Situation {
        if (talkers < 1) throw new IllegalArgumentException("at least one talker (got " + talkers + ")");
        if (!(distanceMetres > 0 && distanceMetres <= 100)) throw new IllegalArgumentException("distance must be 0..100 m (got " + distanceMetres + ")");
        if (rt60Seconds != null && !(rt60Seconds > 0)) throw new IllegalArgumentException("RT60 must be positive (got " + rt60Seconds + ")");
        if (roomVolumeCubicMetres != null && !(roomVolumeCubicMetres > 0)) throw new IllegalArgumentException("room volume must be positive");
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Several people on one mic only means something when there are several people. */
    public boolean shared() {
        return sharedMic && talkers > 1;
    }

    /** Fluent construction: the record has eighteen fields, most of them optional. */
    public static final class Builder {
        private Environment environment;
        private Double noiseFloorDbfs;
        private Double snrDb;
        private Double rt60Seconds;
        private boolean hum;
        private Boolean wind;
        private Boolean outdoor;
        private int talkers = 1;
        private boolean sharedMic;
        private boolean moving;
        private boolean onCamera;
        private boolean micMayShow = true;
        private double distanceMetres = 1.0;
        private Double roomVolumeCubicMetres;
        private Double noiseDirectionDegrees;
        private boolean solo;
        private boolean liveEvent;
        private boolean rain;

        public Builder environment(Environment v) { environment = v; return this; }
        public Builder noiseFloorDbfs(double v) { noiseFloorDbfs = v; return this; }
        public Builder snrDb(double v) { snrDb = v; return this; }
        public Builder rt60Seconds(double v) { rt60Seconds = v; return this; }
        public Builder hum(boolean v) { hum = v; return this; }
        public Builder wind(boolean v) { wind = v; return this; }
        public Builder outdoor(boolean v) { outdoor = v; return this; }
        public Builder talkers(int v) { talkers = v; return this; }
        public Builder sharedMic(boolean v) { sharedMic = v; return this; }
        public Builder moving(boolean v) { moving = v; return this; }
        public Builder onCamera(boolean v) { onCamera = v; return this; }
        public Builder micMayShow(boolean v) { micMayShow = v; return this; }
        public Builder distanceMetres(double v) { distanceMetres = v; return this; }
        public Builder roomVolumeCubicMetres(double v) { roomVolumeCubicMetres = v; return this; }
        public Builder noiseDirectionDegrees(double v) { noiseDirectionDegrees = v; return this; }
        public Builder solo(boolean v) { solo = v; return this; }
        public Builder liveEvent(boolean v) { liveEvent = v; return this; }
        public Builder rain(boolean v) { rain = v; return this; }

        public Situation build() {
            return new Situation(environment, noiseFloorDbfs, snrDb, rt60Seconds, hum, wind, outdoor, talkers, sharedMic,
                    moving, onCamera, micMayShow, distanceMetres, roomVolumeCubicMetres, noiseDirectionDegrees, solo, liveEvent, rain);
        }
    }
}
