package org.headroom.advice;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The apprentice's running score across scenarios. One thread; {@link #verdicts()} returns a copy. */
public final class TrainingSession {
    private final Trainer trainer;
    private final List<Verdict> verdicts = new ArrayList<>();

    public TrainingSession(Trainer trainer) {
        this.trainer = trainer;
    }

    public Verdict answer(Scenario scenario, Scenario.Answer choice) {
        Verdict v = trainer.judge(scenario, choice);
        verdicts.add(v);
        return v;
    }

    public List<Verdict> verdicts() {
        return List.copyOf(verdicts);
    }

    /** Mean score so far, 0 before the first answer. */
    public double score() {
        return verdicts.stream().mapToDouble(Verdict::score).average().orElse(0);
    }

    public String summary() {
        long right = verdicts.stream().filter(v -> v.scenario().accepts(v.choice())).count();
        return String.format(Locale.ROOT, "%d scenario%s, average %.0f of 100; %d answered as the guide would.",
                verdicts.size(), verdicts.size() == 1 ? "" : "s", score(), right);
    }
}
