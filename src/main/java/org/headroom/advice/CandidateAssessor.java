package org.headroom.advice;

import static org.headroom.advice.ScoringWeights.Weight.*;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Scores one microphone and deployment against a place. Half the score is speech over noise,
 * half voice over room; practical problems (wind, handling, movement, sharing, being seen)
 * come off as named penalties. The weights are judgement, so they are data
 * ({@link ScoringWeights}, presets/advisor/scoring.json, each with its reason); the physics under
 * them is the reference's closed forms, here.
 */
final class CandidateAssessor {
    /**
     * At a rigid surface the direct sound doubles in pressure (+6 dB, reference §1.3) while the
     * incoherent diffuse field only doubles in energy (+3 dB) [derived], so a boundary mic gains
     * about 3 dB over diffuse noise and reverb. Physics, not a tunable: it stays here.
     */
    static final double BOUNDARY_GAIN_DB = 3;

    /** The judgement: curves, penalties and assumptions, from presets/advisor/scoring.json. */
    private final ScoringWeights w;

    CandidateAssessor(ScoringWeights weights) {
        this.w = weights;
    }

    Optional<Candidate> assess(Microphone mic, MicType type, Situation s, Place place) {
        if (!feasible(mic, type, s, place)) return Optional.empty();
        // A fixed mic shared round a table stays where it was planned; it cannot be close to everyone
        // (but a camera is still never nearer than its minimum).
        double r = s.shared() && !type.followsTalker() && type != MicType.ON_CAMERA
                ? s.distanceMetres() : type.workingDistance(s.distanceMetres(), s.onCamera());
        Map<String, Double> numbers = new LinkedHashMap<>();
        Map<String, Double> points = new LinkedHashMap<>();
        numbers.put("workingDistanceMetres", r);
        numbers.put("ree", mic.randomEnergyEfficiency(Microphone.SPEECH_HZ));
        numbers.put("directivityIndexDb", 10 * Math.log10(mic.directivityFactor(Microphone.SPEECH_HZ)));
        numbers.put("distanceFactor", mic.distanceFactor(Microphone.SPEECH_HZ));
        mic.capsule().nullAngleDegrees().ifPresent(n -> numbers.put("nullAngleDegrees", n));

        // A fixed mic shared round a table hears its least-favoured talker this much weaker.
        double coverage = s.shared() && !type.followsTalker() ? worstTalkerDb(mic.capsule(), s.talkers(), w) : 0;
        if (s.shared() && !type.followsTalker()) numbers.put("weakestTalkerDb", coverage);
        double surface = type == MicType.BOUNDARY ? BOUNDARY_GAIN_DB : 0;
        double rejection = noiseRejectionDb(mic, type, s, numbers);
        double snr = place.omniSnrDb() + 20 * Math.log10(s.distanceMetres() / r) + rejection + coverage + surface;
        numbers.put("estimatedSnrDb", snr);
        points.put("speech over noise", w.get(SPEECH_OVER_NOISE_POINTS) * logistic((snr - w.get(SNR_MID_DB)) / w.get(SNR_SCALE_DB)));
        // Voice over room is the predicted clarity (C50) at the capsule, not the bare direct-to-
        // reverberant ratio: a dead booth's short tail is heard as part of the voice.
        double clarity = place.room().isEmpty() ? Double.POSITIVE_INFINITY : roomRatio(mic, r, place, numbers) + coverage + surface;
        if (place.room().isPresent()) {
            numbers.put("directToReverberantDb", numbers.get("directToReverberantDb") + coverage + surface);
            numbers.put("voiceOverRoomDb", clarity);
        }
        points.put("voice over room", w.get(VOICE_OVER_ROOM_POINTS) * logistic((clarity - w.get(CLARITY_MID_DB)) / w.get(CLARITY_SCALE_DB)));

        double boost = mic.capsule().proximityBoostDb(r, Microphone.BASS_HZ);
        numbers.put("proximityBoostDb", boost);
        numbers.put("windSensitivity", (double) mic.windSensitivity());
        numbers.put("handlingSensitivity", (double) mic.handlingSensitivity());
        penalties(mic, type, s, place, r, boost, points, numbers);
        return Optional.of(new Candidate(mic, type, r, numbers, points));
    }

    /** Combinations that cannot work at all, rather than ones that work badly. */
    private static boolean feasible(Microphone mic, MicType type, Situation s, Place place) {
        if (!mic.micTypes().contains(type)) return false;
        if (type == MicType.ON_CAMERA && !s.onCamera()) return false;
        // A boundary mic needs a large flat surface; outdoors there is rarely one to lay it on.
        if (type == MicType.BOUNDARY && Boolean.TRUE.equals(s.outdoor() != null ? s.outdoor() : s.environment() != null && s.environment().outdoor())) return false;
        if (type == MicType.LAVALIER && s.shared()) return false;
        // With no crew there is nobody to hold a boom; and a talker filming themselves on the move
        // has the camera in hand, so there is no hand for a handheld mic either.
        if (s.solo() && type == MicType.BOOM) return false;
        if (s.solo() && s.moving() && s.onCamera() && type == MicType.HANDHELD) return false;
        // A live event goes on for its audience, not for the recording: a boom needs its operator
        // beside the talker, in the audience's sight line and the camera's way, and following a
        // walking talker would mean walking among them. Nobody would let a crew do that at a
        // service or a lecture, nor would an observational crew that must not change what it films.
        // So the boom's strength (it follows the talker and stays out of shot) is not on offer.
        if (s.liveEvent() && type == MicType.BOOM) return false;
        // A studio mic stands on a desk, table or stand at the talker's mouth. Where there is none
        // (a bare stairwell, a car, outdoors) it is not an option: a location kit carries handhelds,
        // lavaliers and a boom, not furniture.
        if (type == MicType.STUDIO && !place.deskOrStand()) return false;
        boolean mustHide = s.onCamera() && !s.micMayShow();
        // Only something small enough to go under clothing survives "the mic must not show".
        return !(mustHide && type.inShot() && !(type == MicType.LAVALIER && mic.visibility() <= 2));
    }

    /**
     * dB taken off the noise relative to an omni: the pattern's level toward a located source
     * (capped at a realistic null depth), otherwise its diffuse rejection. A shotgun is credited
     * only with its capsule toward a located source, because its tube lobes move with frequency.
     */
    private double noiseRejectionDb(Microphone mic, MicType type, Situation s, Map<String, Double> numbers) {
        if (s.noiseDirectionDegrees() == null) {
            return -10 * Math.log10(mic.randomEnergyEfficiency(Microphone.SPEECH_HZ));
        }
        double db = Math.min(w.get(NULL_DEPTH_DB), -mic.capsule().responseDb(offAxisDegrees(type, s.noiseDirectionDegrees())));
        numbers.put("rejectionAtNoiseDb", db);
        return db;
    }

    /**
     * A boom comes down on the mouth from above the frame, its axis tilted about
     * {@value #BOOM_TILT_DEGREES}° below the horizontal [practice]; the other types aim level.
     */
    static final double BOOM_TILT_DEGREES = 60;

    /**
     * Angle between the mic's axis and a noise source at ear height that is {@code planDegrees}
     * round from the mic's aim (spherical geometry: cos θ = cos tilt · cos φ). A boom therefore
     * cannot put street noise behind the talker into a cardioid's rear null: from above it
     * arrives at 120°, not 180°.
     */
    static double offAxisDegrees(MicType type, double planDegrees) {
        if (type != MicType.BOOM) return planDegrees;
        return Math.toDegrees(Math.acos(Math.cos(Math.toRadians(BOOM_TILT_DEGREES)) * Math.cos(Math.toRadians(planDegrees))));
    }

    /**
     * Direct-to-reverberant ratio at the working distance; outdoors there is no build-up, so the
     * best value. Indoors a shotgun gets its capsule's distance factor: the tube's extra rejection
     * of reflections is uneven and coloured (reference §1.2), not a clean gain.
     */
    private static double roomRatio(Microphone mic, double r, Place place, Map<String, Double> numbers) {
        Room room = place.room().get();
        double dsf = mic.tube().isPresent() ? mic.capsule().distanceFactor() : mic.distanceFactor(Microphone.SPEECH_HZ);
        numbers.put("directToReverberantDb", room.directToReverberantDb(dsf, r));
        numbers.put("criticalDistanceMetres", room.criticalDistance());
        numbers.put("effectiveReachMetres", room.reach(dsf));
        return room.clarityDb(dsf, r);
    }

    private void penalties(Microphone mic, MicType type, Situation s, Place place, double r, double boost,
                                  Map<String, Double> points, Map<String, Double> numbers) {
        // Wind noise at the capsule is often the loudest thing on an exterior, so it weighs heavily.
        if (place.windy()) points.put("wind", -w.get(WIND_POINTS_PER_STEP) * mic.windSensitivity());
        // Rain on an exterior: drops striking the mic's cover are thumps no edit removes.
        if (s.rain() && place.outdoor() && type.rainExposure() > 0) points.put("rain on the cover", -w.get(RAIN_ON_COVER_POINTS) * type.rainExposure());
        boolean handled = type == MicType.HANDHELD || type == MicType.BOUNDARY || type == MicType.LAVALIER && s.moving();
        // A handheld shared between talkers is swung from mouth to mouth at every change of speaker,
        // so it is handled like a carried mic, not a still one.
        boolean carried = s.moving() || type == MicType.HANDHELD && s.shared();
        if (handled) points.put("handling noise", -mic.handlingSensitivity() * w.get(carried ? HANDLING_CARRIED_POINTS_PER_STEP : HANDLING_STILL_POINTS_PER_STEP));
        boolean hidingNeeded = s.onCamera() && !s.micMayShow();
        // A boom earns its operator by following a moving talker or staying out of a shot where no
        // mic may show; asked for neither, a stand puts the same capsule at the same distance. The
        // cost is small: it settles near-ties that otherwise went to the boom by catalogue order.
        if (type == MicType.BOOM && !s.moving() && !hidingNeeded) {
            points.put(place.deskOrStand() ? "needs an operator where a stand would do" : "needs an operator where a handheld would do",
                    -w.get(BOOM_WITHOUT_NEED_POINTS));
        }
        // A talker with nobody beside them holds their own mic: alone, or at a live event where no crew
        // may stand by. A hand is taken from the gestures, and the distance wanders with it.
        if (type == MicType.HANDHELD && !s.shared() && (s.solo() || s.liveEvent())) points.put("held by the talker", -w.get(SELF_HELD_POINTS));
        // On the chest the mic hears the voice from below the chin, off the mouth's axis, and rubs on clothes.
        if (type == MicType.LAVALIER) points.put("on the chest", -w.get(LAVALIER_CHEST_POINTS));
        if (type == MicType.LAVALIER && mic.capsule().b() > 0) {
            // A chest mic cannot follow the head: a directional one loses level and tone as the talker turns.
            double turn = mic.capsule().responseDb(w.get(HEAD_TURN_DEGREES));
            numbers.put("headTurnDb", turn);
            points.put("head turns", w.get(HEAD_TURN_POINTS_PER_DB) * turn);
        }
        // A gradient capsule's off-axis response changes with frequency, so the room and the noise
        // it does hear arrive coloured; the more gradient (B), the more colour. Small: it only
        // decides between choices the two ratios cannot tell apart (a dead, quiet booth).
        double gradient = mic.capsule().b();
        if (gradient > 0) points.put("off-axis colour", -w.get(OFF_AXIS_COLOUR_POINTS) * gradient);
        if (boost > w.get(PROXIMITY_FREE_DB)) points.put("proximity effect", -w.get(PROXIMITY_POINTS_PER_DB) * (boost - w.get(PROXIMITY_FREE_DB)));
        if (s.moving() && !type.followsTalker()) points.put("following a moving talker", -w.get(type == MicType.ON_CAMERA ? CAMERA_MIC_FOR_MOVING_TALKER_POINTS : STAYS_PUT_FOR_MOVING_TALKER_POINTS));
        if (s.onCamera() && !s.micMayShow() && type.inShot()) points.put("hiding it", -w.get(HIDING_POINTS));
        if (s.onCamera() && s.micMayShow() && type.inShot()) points.put("looks in shot", -w.get(SEEN_IN_SHOT_POINTS_PER_STEP) * mic.visibility());
        if (mic.tube().isPresent() && !place.outdoor()) points.put("shotgun indoors", -w.get(SHOTGUN_INDOORS_POINTS));
        if (s.shared()) sharing(mic, type, s, points, numbers);
        if (s.talkers() > 1 && !s.shared()) {
            double spill = neighbourSpillDb(mic.capsule(), s.talkers(), r, w);
            numbers.put("neighbourSpillDb", spill);
            if (spill > w.get(SPILL_TARGET_DB)) points.put("neighbour spill", -w.get(SPILL_POINTS_PER_DB) * (spill - w.get(SPILL_TARGET_DB)));
        }
    }

    /**
     * A mic in someone's hand or on a pole is re-aimed at whoever talks: fine for the turns of an
     * interview, but a conversation of three or more has interjections it cannot reach in time.
     * A fixed mic must cover everyone at once, so its weakest talker counts.
     */
    private void sharing(Microphone mic, MicType type, Situation s, Map<String, Double> points, Map<String, Double> numbers) {
        int extra = s.talkers() - 1;
        if (type.followsTalker()) {
            points.put("sharing", -w.get(s.talkers() <= 2 ? SHARED_BETWEEN_TWO_POINTS_PER_TALKER : SHARED_IN_A_GROUP_POINTS_PER_TALKER) * extra);
            return;
        }
        points.put("sharing", Math.max(-w.get(FIXED_SHARED_MAX_POINTS), w.get(FIXED_SHARED_POINTS_PER_DB) * numbers.get("weakestTalkerDb")));
    }

    /**
     * Level of the least-favoured talker when {@code talkers} sit evenly round a fixed mic turned
     * to the best angle, dB (0 for an omni, −6 for a cardioid between two facing talkers).
     */
    static double worstTalkerDb(PolarPattern p, int talkers, ScoringWeights w) {
        double spacing = 360.0 / talkers;
        double best = Double.NEGATIVE_INFINITY;
        for (double turn = 0; turn < spacing; turn += 0.5) {
            double worst = Double.POSITIVE_INFINITY;
            for (int k = 0; k < talkers; k++) {
                for (double shift = -w.get(SEAT_SPREAD_DEGREES); shift <= w.get(SEAT_SPREAD_DEGREES); shift += 5) {
                    worst = Math.min(worst, p.responseDb(k * spacing + shift - turn));
                }
            }
            best = Math.max(best, worst);
        }
        return Math.max(best, -w.get(NULL_DEPTH_DB));
    }

    /**
     * Total level of the other talkers in one talker's own mic, relative to that talker, dB.
     * Everyone sits evenly round a table; each mic is just in front of its talker, aimed at them,
     * so a neighbour whose seat is φ round the table is 180° − φ/2 off the mic's axis
     * (inscribed-angle geometry) at a chord's length 2R·sin(φ/2).
     */
    static double neighbourSpillDb(PolarPattern p, int talkers, double r, ScoringWeights w) {
        double energy = 0;
        for (int k = 1; k < talkers; k++) {
            double phi = Math.min(k, talkers - k) * 360.0 / talkers;
            double level = Math.max(p.responseDb(180 - phi / 2), -w.get(NULL_DEPTH_DB));
            double chord = 2 * w.get(TABLE_RADIUS_METRES) * Math.sin(Math.toRadians(phi / 2));
            energy += Math.pow(10, (level + 20 * Math.log10(r / chord)) / 10);
        }
        return 10 * Math.log10(energy);
    }

    private static double logistic(double x) {
        return 1 / (1 + Math.exp(-x));
    }
}
