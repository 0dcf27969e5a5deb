package org.headroom.advice;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Scores an apprentice's choice of pattern, mic type and distance for a scenario. Pure.
 *
 * <p>Out of 100: up to {@value #PHYSICS_POINTS} for how the recommender rates the choice against its
 * own best for this place (the physics: noise, room, wind, being seen), up to
 * {@value #GUIDE_POINTS} for agreeing with the expert guide (full for its answer or one it also
 * accepts, part for the right family or the right kind of mic), less up to
 * {@value #DISTANCE_POINTS} for a distance far from the guide's (each doubling costs 10: it is
 * 6 dB of direct sound). The weights are judgement [unsourced]: the physics and the guide should
 * both count, and neither should let a wrong answer pass.
 */
public final class Trainer {
    static final double PHYSICS_POINTS = 60;
    static final double GUIDE_POINTS = 40;
    static final double DISTANCE_POINTS = 30;
    /** A choice that cannot work at all (seen when it must not be, a lavalier shared round a table) still earns this. */
    static final double UNWORKABLE_POINTS = 5;

    private final MicRecommender recommender;

    public Trainer(MicRecommender recommender) {
        this.recommender = recommender;
    }

    public Verdict judge(Scenario scenario, Scenario.Answer choice) {
        Situation s = scenario.situation();
        List<Candidate> ranked = recommender.rank(s, Place.of(s));
        List<Recommendation> recs = recommender.recommend(s);
        Recommendation top = recs.get(0);
        int index = -1;
        for (int i = 0; i < ranked.size(); i++) {
            Candidate c = ranked.get(i);
            if (c.mic().pattern() == choice.pattern() && c.type() == choice.micType()) {
                index = i;
                break;
            }
        }
        List<String> lines = new ArrayList<>();
        double guide = guidePoints(scenario, choice);
        double distance = distancePenalty(scenario.expert(), choice);
        double score;
        if (index < 0) {
            score = UNWORKABLE_POINTS;
            lines.add(String.format(Locale.ROOT, "A %s cannot work here: %s.", choice.label(), unworkable(s, choice)));
        } else {
            Candidate mine = ranked.get(index);
            double physics = PHYSICS_POINTS * (ranked.get(0).score() > 0 ? mine.score() / ranked.get(0).score() : 1);
            score = Math.max(0, Math.min(100, physics + guide - distance));
            lines.add(String.format(Locale.ROOT, "Headroom ranks your %s %d of %d (%s points against %s for its first choice).",
                    choice.label(), index + 1, ranked.size(), Recommendation.wholePoints(Recommendation.reported(mine.score())),
                    Recommendation.wholePoints(Recommendation.reported(ranked.get(0).score()))));
            lines.add(numbers(mine));
            if (index > 0) {
                lines.add(AdviceText.comparison(ranked.get(0), mine, "Headroom's first choice, the " + ranked.get(0).label() + ", beats yours"));
                lines.add(worseBy(ranked.get(0), mine));
            }
        }
        lines.add(guideLine(scenario, choice));
        if (distance > 0) {
            lines.add(String.format(Locale.ROOT, "Distance: you chose %.2f m, the guide %.2f m: %.1f dB %s direct sound from the talker.",
                    choice.distanceMetres(), scenario.expert().distanceMetres(),
                    Math.abs(20 * Math.log10(scenario.expert().distanceMetres() / choice.distanceMetres())),
                    choice.distanceMetres() > scenario.expert().distanceMetres() ? "less" : "more"));
        }
        lines.add("Why: " + scenario.why());
        lines.add(String.format(Locale.ROOT, "Headroom's own first choice: %s %s (%.0f points). %s", top.pattern(), top.micType(),
                top.score(), top.reasons().isEmpty() ? "" : top.reasons().get(0)));
        Optional<Recommendation> yours = index < 0 ? Optional.empty() : Optional.of(recs.get(index));
        return new Verdict(scenario, choice, Math.round(score), index + 1, lines, yours, top);
    }

    private static double guidePoints(Scenario scenario, Scenario.Answer choice) {
        Scenario.Answer expert = scenario.expert();
        if (expert.sameMic(choice)) return GUIDE_POINTS;
        if (scenario.accepts(choice)) return 0.75 * GUIDE_POINTS;
        boolean family = PatternFamily.of(expert.pattern()) == PatternFamily.of(choice.pattern());
        boolean type = expert.micType() == choice.micType();
        if (family && type) return 0.6 * GUIDE_POINTS;
        return family || type ? 0.25 * GUIDE_POINTS : 0;
    }

    /** Each doubling (or halving) of distance from the guide's costs 10 points, from the first 40 % off. */
    private static double distancePenalty(Scenario.Answer expert, Scenario.Answer choice) {
        if (Double.isNaN(expert.distanceMetres()) || Double.isNaN(choice.distanceMetres())) return 0;
        double octaves = Math.abs(Math.log(choice.distanceMetres() / expert.distanceMetres()) / Math.log(2));
        return octaves < 0.5 ? 0 : Math.min(DISTANCE_POINTS, 10 * octaves);
    }

    private static String guideLine(Scenario scenario, Scenario.Answer choice) {
        Scenario.Answer expert = scenario.expert();
        String verdict = expert.sameMic(choice) ? "That is the guide's answer."
                : scenario.accepts(choice) ? "The guide also accepts that."
                : PatternFamily.of(expert.pattern()) == PatternFamily.of(choice.pattern()) ? "Right family of pattern, but not the guide's answer."
                : "The guide says otherwise.";
        return String.format(Locale.ROOT, "%s The guide: %s%s. %s", verdict, expert.label(),
                Double.isNaN(expert.distanceMetres()) ? "" : String.format(Locale.ROOT, " at %.2f m", expert.distanceMetres()),
                expert.placement());
    }

    private static String numbers(Candidate c) {
        Map<String, Double> n = c.numbers();
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "Your mic at %.2f m: speech about %.0f dB over the noise",
                c.distanceMetres(), c.number("estimatedSnrDb")));
        if (n.containsKey("directToReverberantDb")) {
            b.append(String.format(Locale.ROOT, ", direct sound %.1f dB %s the reverb (critical distance %.2f m, this mic reaches %.2f m)",
                    Math.abs(c.number("directToReverberantDb")), c.number("directToReverberantDb") >= 0 ? "above" : "below",
                    c.number("criticalDistanceMetres"), c.number("effectiveReachMetres")));
        }
        List<String> costs = new ArrayList<>();
        c.points().forEach((k, v) -> {
            if (v < 0) costs.add(String.format(Locale.ROOT, "%s %.0f", k, v));
        });
        if (!costs.isEmpty()) b.append("; costs: ").append(String.join(", ", costs));
        return b.append('.').toString();
    }

    /**
     * The number that made a choice worse than Headroom's first: the score part it loses most on,
     * said as the physical figure behind it ("the room's late reverb is 6 dB louder than your
     * voice at 1.50 m with an omni boom, against 9 dB under it for the first choice").
     */
    static String worseBy(Candidate best, Candidate mine) {
        String part = null;
        double loss = 0;
        java.util.Set<String> names = new java.util.LinkedHashSet<>(best.points().keySet());
        names.addAll(mine.points().keySet());
        for (String name : names) {
            double d = best.points().getOrDefault(name, 0.0) - mine.points().getOrDefault(name, 0.0);
            if (d > loss) { loss = d; part = name; }
        }
        if (part == null) return "Nothing in your choice scores worse than the first choice's; it is ranked below it on the sum of small differences.";
        String what = String.format(Locale.ROOT, "your %s at %.2f m", mine.label(), mine.distanceMetres());
        return switch (part) {
            case "speech over noise" -> String.format(Locale.ROOT, "What made it worse: the noise is %s with %s, against %s for the %s at %.2f m (%.0f points).",
                    relative(mine.number("estimatedSnrDb"), "your voice"), what, relative(best.number("estimatedSnrDb"), "the voice"),
                    best.label(), best.distanceMetres(), loss);
            case "voice over room" -> String.format(Locale.ROOT, "What made it worse: the room's late reverb is %s with %s, against %s for the %s at %.2f m (%.0f points).",
                    relative(mine.number("voiceOverRoomDb"), "your voice"), what, relative(best.number("voiceOverRoomDb"), "the voice"),
                    best.label(), best.distanceMetres(), loss);
            default -> String.format(Locale.ROOT, "What made it worse: %s costs %s %.0f points more than the %s.", part, what, loss, best.label());
        };
    }

    /** "6 dB louder than your voice" for a negative ratio, "12 dB under your voice" for a positive one. */
    private static String relative(double ratioDb, String voice) {
        return ratioDb < 0 ? String.format(Locale.ROOT, "%.0f dB louder than %s", -ratioDb, voice)
                : String.format(Locale.ROOT, "%.0f dB under %s", ratioDb, voice);
    }

    private static String unworkable(Situation s, Scenario.Answer choice) {
        if (s.onCamera() && !s.micMayShow() && choice.micType().inShot() && choice.micType() != MicType.LAVALIER) {
            return "it would be in shot, and no mic may be seen";
        }
        if (choice.micType() == MicType.ON_CAMERA && !s.onCamera()) return "there is no camera";
        if (choice.micType() == MicType.LAVALIER && s.shared()) return "one lavalier cannot serve several talkers";
        if (choice.micType() == MicType.BOOM && s.solo()) return "there is no crew to hold a boom";
        if (choice.micType() == MicType.BOOM && s.liveEvent()) {
            return "at a live event nobody may stand over the talker with a pole, in the audience's view and the camera's way";
        }
        if (choice.micType() == MicType.STUDIO && !Place.of(s).deskOrStand()) return "there is no desk, table or stand here to put it on";
        if (choice.micType() == MicType.HANDHELD && s.solo() && s.moving() && s.onCamera()) {
            return "the talker is filming themselves on the move, so the camera is in their hand";
        }
        if (choice.micType() == MicType.BOUNDARY) return "a boundary mic needs a table or wall to lie on, indoors";
        return "no microphone of that pattern is made for that use (a " + choice.pattern().id() + " is not built as a " + choice.micType().id() + ")";
    }
}
