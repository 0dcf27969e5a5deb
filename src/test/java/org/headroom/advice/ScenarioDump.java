package org.headroom.advice;

import java.lang.reflect.Method;
import java.util.List;

/** Prints every scenario's ranking; a tuning aid, not a test. */
public class ScenarioDump {
    public static void main(String[] args) throws Exception {
        Scenarios sc = new Scenarios();
        MicRecommender rec = new MicRecommender(List.copyOf(AdvicePresetsTest.microphones().values().stream()
                .sorted(java.util.Comparator.comparing(Microphone::id)).toList()), AdvicePresetsTest.scoring());
        for (Method m : Scenarios.class.getDeclaredMethods()) {
            if (m.getReturnType() != Situation.class) continue;
            List<Recommendation> r = rec.recommend((Situation) m.invoke(sc));
            System.out.println("== " + m.getName());
            for (int i = 0; i < Math.min(6, r.size()); i++) {
                Recommendation x = r.get(i);
                System.out.printf("  %5.1f %-14s %-10s %s%n", x.score(), x.pattern(), x.micType(), x.microphone());
            }
            if (args.length > 0) { r.get(0).reasons().forEach(s -> System.out.println("     - " + s)); System.out.println("     kit " + r.get(0).accessories()); System.out.println("     place " + r.get(0).placement()); }
        }
    }
}
