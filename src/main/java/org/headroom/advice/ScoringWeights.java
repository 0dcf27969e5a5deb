package org.headroom.advice;

import java.util.EnumMap;
import java.util.Map;

/**
 * The judgement behind the advisor's ranking, read from {@code presets/advisor/scoring.json}: how
 * many points the two ratios are worth, where their curves sit, and what each practical problem
 * costs. The physics under them (patterns, critical distance, proximity) stays in code; these are
 * the figures a recordist might reasonably argue about, so they are data with a stated reason each.
 */
public final class ScoringWeights {
    /** One tunable: its name in the file and the range that still makes sense. */
    public enum Weight {
        SPEECH_OVER_NOISE_POINTS("speechOverNoisePoints", 0, 100),
        SNR_MID_DB("snrMidDb", -20, 60),
        SNR_SCALE_DB("snrScaleDb", 0.5, 30),
        VOICE_OVER_ROOM_POINTS("voiceOverRoomPoints", 0, 100),
        CLARITY_MID_DB("clarityMidDb", -20, 30),
        CLARITY_SCALE_DB("clarityScaleDb", 0.5, 30),
        NULL_DEPTH_DB("nullDepthDb", 3, 60),
        SEAT_SPREAD_DEGREES("seatSpreadDegrees", 0, 60),
        HEAD_TURN_DEGREES("headTurnDegrees", 0, 120),
        HEAD_TURN_POINTS_PER_DB("headTurnPointsPerDb", 0, 20),
        TABLE_RADIUS_METRES("tableRadiusMetres", 0.2, 5),
        PROXIMITY_FREE_DB("proximityFreeDb", 0, 30),
        PROXIMITY_POINTS_PER_DB("proximityPointsPerDb", 0, 20),
        WIND_POINTS_PER_STEP("windPointsPerStep", 0, 30),
        HANDLING_STILL_POINTS_PER_STEP("handlingStillPointsPerStep", 0, 20),
        HANDLING_CARRIED_POINTS_PER_STEP("handlingCarriedPointsPerStep", 0, 20),
        BOOM_WITHOUT_NEED_POINTS("boomWithoutNeedPoints", 0, 50),
        STAYS_PUT_FOR_MOVING_TALKER_POINTS("staysPutForMovingTalkerPoints", 0, 100),
        CAMERA_MIC_FOR_MOVING_TALKER_POINTS("cameraMicForMovingTalkerPoints", 0, 100),
        HIDING_POINTS("hidingPoints", 0, 50),
        SEEN_IN_SHOT_POINTS_PER_STEP("seenInShotPointsPerStep", 0, 20),
        SHOTGUN_INDOORS_POINTS("shotgunIndoorsPoints", 0, 100),
        SHARED_BETWEEN_TWO_POINTS_PER_TALKER("sharedBetweenTwoPointsPerTalker", 0, 50),
        SHARED_IN_A_GROUP_POINTS_PER_TALKER("sharedInAGroupPointsPerTalker", 0, 50),
        FIXED_SHARED_POINTS_PER_DB("fixedSharedPointsPerDb", 0, 20),
        FIXED_SHARED_MAX_POINTS("fixedSharedMaxPoints", 0, 100),
        SPILL_TARGET_DB("spillTargetDb", -40, 0),
        SPILL_POINTS_PER_DB("spillPointsPerDb", 0, 20),
        OFF_AXIS_COLOUR_POINTS("offAxisColourPoints", 0, 20),
        LAVALIER_CHEST_POINTS("lavalierChestPoints", 0, 20),
        SELF_HELD_POINTS("selfHeldPoints", 0, 30),
        RAIN_ON_COVER_POINTS("rainOnCoverPoints", 0, 30);

        private final String field;
        private final double min;
        private final double max;

        Weight(String field, double min, double max) {
            this.field = field;
            this.min = min;
            this.max = max;
        }

        public String field() {
            return field;
        }

        double min() {
            return min;
        }

        double max() {
            return max;
        }
    }

    private final Map<Weight, Double> values;
    private final String file;

    /**
     * @param values every {@link Weight}, already range-checked by {@link TuningPresets#scoring}
     * @param file   where they were read from
     */
    ScoringWeights(Map<Weight, Double> values, String file) {
        EnumMap<Weight, Double> copy = new EnumMap<>(Weight.class);
        copy.putAll(values);
        for (Weight w : Weight.values()) {
            if (!copy.containsKey(w)) throw new IllegalArgumentException(file + ": no '" + w.field() + "'");
        }
        this.values = copy;
        this.file = file;
    }

    public double get(Weight w) {
        return values.get(w);
    }

    /** Where the weights were read from, for messages. */
    public String file() {
        return file;
    }
}
