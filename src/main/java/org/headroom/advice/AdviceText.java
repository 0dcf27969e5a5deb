package org.headroom.advice;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns an assessed candidate into what a production assistant reads: reasons with numbers,
 * a kit list and where to put it. Kept apart from the scoring so wording can change freely.
 */
final class AdviceText {
    /** Score gaps below this are within the slack of the assumed figures; call them a tie. */
    static final double TIE_POINTS = 2;
    private AdviceText() {
    }

    static List<String> reasons(Candidate c, Situation s, Place place) {
        List<String> out = new ArrayList<>();
        out.add(roomReason(c, s, place));
        out.add(noiseReason(c, s, place));
        movedFromPlan(c, s).ifPresent(out::add);
        if (place.windy()) {
            out.add(String.format(Locale.ROOT, "Wind is expected: this mic rates %d of 5 for wind sensitivity%s.", c.mic().windSensitivity(),
                    c.mic().windSensitivity() <= 2 ? ", among the least wind-prone (a pressure capsule has no gradient to excite)" : "; fur is essential"));
        }
        double boost = c.number("proximityBoostDb");
        if (boost >= 3) {
            out.add(String.format(Locale.ROOT, "Proximity effect at %.2f m adds about %.1f dB at 100 Hz: switch in the low-cut.", c.distanceMetres(), boost));
        }
        if (s.shared() && c.numbers().containsKey("weakestTalkerDb")) {
            out.add(String.format(Locale.ROOT, "Shared by %d talkers round it, the least-favoured one is %.1f dB down.", s.talkers(), c.number("weakestTalkerDb")));
        }
        if (s.shared() && s.talkers() >= 3) {
            out.add("Better still if there are mics enough: one cardioid per talker at 15–30 cm, each at least three times as far from the next mic as from its own mouth.");
        }
        if (c.numbers().containsKey("neighbourSpillDb")) {
            double spill = -c.number("neighbourSpillDb");
            out.add(String.format(Locale.ROOT, "Each talker on their own mic: the others round the table arrive %.1f dB down in it (the 3:1 rule asks for at least 9 dB)%s.",
                    spill, spill < 9 ? ", too little: comb filtering when the mics are mixed" : ""));
        }
        if (c.mic().tube().isPresent() && !place.outdoor()) {
            out.add("Indoors a shotgun colours the reflections that reach it off-axis; only its capsule's directivity is counted here.");
        }
        if (s.moving() && !c.type().followsTalker()) out.add("The talker moves but this mic stays put, so level and tone will wander.");
        if (s.hum()) out.add("Hum was detected: that is a cable or power problem, not a pattern problem; no microphone choice removes it.");
        place.assumptions().forEach(a -> out.add("Assumed: " + a + "."));
        return out;
    }

    /**
     * When the planned distance is one this type cannot have (a camera 20 cm from a face, a boom
     * at 5 m), says at which distance it was scored instead.
     */
    static java.util.Optional<String> movedFromPlan(Candidate c, Situation s) {
        double planned = s.distanceMetres();
        double r = c.distanceMetres();
        if (c.type() == MicType.ON_CAMERA && planned < r) {
            return java.util.Optional.of(String.format(Locale.ROOT,
                    "A camera is rarely nearer a face than %.1f m, so its mic is scored at %.2f m, not the planned %.2f m.", r, r, planned));
        }
        if (c.type() == MicType.BOOM && planned < r) {
            return java.util.Optional.of(String.format(Locale.ROOT,
                    "A boom works %.1f–%.1f m from the mouth, so it is scored at %.2f m, not the planned %.2f m.",
                    MicType.BOOM_MIN_METRES, MicType.BOOM_IN_SHOT_METRES, r, planned));
        }
        return java.util.Optional.empty();
    }

    private static String roomReason(Candidate c, Situation s, Place place) {
        if (place.room().isEmpty()) {
            return "Outdoors there is no reverberant build-up, so the contest is voice against noise and wind.";
        }
        Room room = place.room().get();
        double dc = room.criticalDistance();
        String omniAtPlan = s.distanceMetres() > dc
                ? String.format(Locale.ROOT, "; at the planned %.2f m an omni would hear more room than voice", s.distanceMetres())
                : "";
        double drr = c.number("directToReverberantDb");
        return String.format(Locale.ROOT,
                "In this room (%.0f m³, RT60 %.2f s) the critical distance is %.2f m%s. This %s keeps the voice ahead of the room out to %.2f m"
                        + " (distance factor %.2f); at its %.2f m the voice is %.1f dB %s the reverb.",
                room.volumeCubicMetres(), room.rt60Seconds(), dc, omniAtPlan, c.label(), c.number("effectiveReachMetres"),
                c.number("effectiveReachMetres") / dc, c.distanceMetres(), Math.abs(drr), drr >= 0 ? "above" : "below");
    }

    private static String noiseReason(Candidate c, Situation s, Place place) {
        String against;
        if (c.numbers().containsKey("rejectionAtNoiseDb")) {
            String nul = c.numbers().containsKey("nullAngleDegrees")
                    ? String.format(Locale.ROOT, ", null at %.0f°", c.number("nullAngleDegrees")) : "";
            against = String.format(Locale.ROOT, "the noise source at %.0f° comes in %.1f dB down%s", s.noiseDirectionDegrees(),
                    c.number("rejectionAtNoiseDb"), nul);
        } else {
            against = String.format(Locale.ROOT, "the pattern takes %.1f dB off noise from all round (REE %.2f)",
                    c.number("directivityIndexDb"), c.number("ree"));
        }
        String ambient = Double.isNaN(place.ambientDba()) ? "from the measurement" : String.format(Locale.ROOT, "against about %.0f dBA", place.ambientDba());
        return String.format(Locale.ROOT, "Estimated speech-to-noise %.0f dB at %.2f m (%s); %s.", c.number("estimatedSnrDb"),
                c.distanceMetres(), ambient, against);
    }

    /** Why the winner beats the runner-up, naming the contribution that differs most. */
    static String comparison(Candidate winner, Candidate other) {
        return comparison(winner, other, "It beats the next choice");
    }

    /**
     * @param lead how the sentence opens: "It beats the next choice" in the advice, "Headroom's
     *             first choice beats yours" in the trainer, where the other is not the runner-up
     */
    static String comparison(Candidate winner, Candidate other, String lead) {
        String biggest = null;
        double gap = 0;
        for (Map.Entry<String, Double> e : winner.points().entrySet()) {
            double d = e.getValue() - other.points().getOrDefault(e.getKey(), 0.0);
            if (d > gap) { gap = d; biggest = e.getKey(); }
        }
        for (Map.Entry<String, Double> e : other.points().entrySet()) {
            double d = winner.points().getOrDefault(e.getKey(), 0.0) - e.getValue();
            if (d > gap) { gap = d; biggest = e.getKey(); }
        }
        if (winner.score() - other.score() < TIE_POINTS) {
            // Say why they tie: usually both have already earned what the ratios can give, so what is
            // left are small costs; name the one that settled it.
            return String.format(Locale.ROOT, "Practically tied with the %s (%s vs %s points): either will do. Speech over noise %s vs %s,"
                            + " voice over room %s vs %s%s.",
                    other.label(), shown(winner), shown(other), ratio(winner, "estimatedSnrDb"), ratio(other, "estimatedSnrDb"),
                    ratio(winner, "voiceOverRoomDb"), ratio(other, "voiceOverRoomDb"),
                    biggest == null ? "" : String.format(Locale.ROOT, "; the biggest single difference is %s, %.1f points in its favour", biggest, gap));
        }
        return String.format(Locale.ROOT, "%s, the %s (%s vs %s points), mostly on %s (%.0f points).",
                lead, other.label(), shown(winner), shown(other), biggest, gap);
    }

    /** The candidate's score exactly as its recommendation's headline shows it. */
    private static String shown(Candidate c) {
        return Recommendation.wholePoints(Recommendation.reported(c.score()));
    }

    private static String ratio(Candidate c, String name) {
        double v = c.numbers().getOrDefault(name, Double.POSITIVE_INFINITY);
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.0f dB", v) : "no room";
    }

    /**
     * The score and its parts, so a person can check it: each ratio's points on its curve, then
     * every cost. "Speech over noise 40 of 50 (25 dB) + voice over room 50 of 50 (outdoors) − …".
     */
    static String scoreParts(Candidate c) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "Score %.0f of 100 = speech over noise %.0f of 50 (%s)",
                c.score(), c.points().get("speech over noise"), ratio(c, "estimatedSnrDb")));
        b.append(String.format(Locale.ROOT, " + voice over room %.0f of 50 (%s)", c.points().get("voice over room"),
                c.numbers().containsKey("voiceOverRoomDb") ? ratio(c, "voiceOverRoomDb") + " clarity" : "outdoors, no room"));
        c.points().forEach((k, v) -> {
            if (v < -0.05) b.append(String.format(Locale.ROOT, " − %s %.1f", k, -v));
        });
        return b.append('.').toString();
    }

    static List<String> accessories(Candidate c, Situation s, Place place) {
        List<String> kit = new ArrayList<>();
        switch (c.type()) {
            case LAVALIER -> {
                kit.add("wireless transmitter and receiver");
                kit.add(s.onCamera() && !s.micMayShow() ? "concealment mount and medical tape" : "tie clip");
            }
            case BOOM -> kit.addAll(List.of("boom pole", "shock mount", "headphones for the boom operator"));
            case HANDHELD -> kit.add(place.windy() ? "foam windscreen under a fur cover" : "foam windscreen");
            case STUDIO -> kit.addAll(List.of("desk stand or arm", "pop filter"));
            case BOUNDARY -> kit.add("a felt pad or mat to decouple table knocks");
            case ON_CAMERA -> kit.add("shoe shock mount");
        }
        if (place.windy() || place.outdoor()) {
            kit.add(c.mic().tube().isPresent() || c.type() == MicType.BOOM ? "basket windshield with fur" : "fur windjammer");
        }
        if (place.windy() || place.bassHeavyNoise() || c.number("proximityBoostDb") >= 3) kit.add("high-pass filter around 80 Hz");
        if (s.hum()) kit.add("balanced XLR cable, routed away from mains and dimmers");
        return kit;
    }

    static String placement(Candidate c, Situation s) {
        String aim = "";
        if (s.noiseDirectionDegrees() != null && c.numbers().containsKey("nullAngleDegrees")) {
            aim = String.format(Locale.ROOT, " Turn it so the noise source sits about %.0f° off its axis, in the null.", c.number("nullAngleDegrees"));
        } else if (s.noiseDirectionDegrees() != null && c.mic().capsule().b() > 0) {
            aim = " Keep the back of the mic toward the noise source.";
        }
        String where = switch (c.type()) {
            case LAVALIER -> "Clip it mid-chest, about 20 cm below the mouth, on the side the talker turns toward"
                    + (s.onCamera() && !s.micMayShow() ? ", under a layer of clothing with a little air space round the capsule." : ".");
            case BOOM -> String.format(Locale.ROOT, "Boom it at about %.1f m, above and in front, aimed at the mouth%s.", c.distanceMetres(),
                    s.onCamera() ? " and just out of frame" : "");
            case HANDHELD -> "Hold it about 15 cm from the mouth, slightly below and angled, moving it to whoever speaks.";
            case STUDIO -> String.format(Locale.ROOT, "Set it %.2f m from the mouth, a little off-axis against plosives, away from hard table tops.", c.distanceMetres());
            case BOUNDARY -> "Lay it flat in the middle of the table, clear of papers and cups.";
            case ON_CAMERA -> String.format(Locale.ROOT, "On the camera at %.1f m; move the camera in if the voice sounds distant.", c.distanceMetres());
        };
        return where + aim;
    }
}
