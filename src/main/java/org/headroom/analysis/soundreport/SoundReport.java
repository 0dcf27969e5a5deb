package org.headroom.analysis.soundreport;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A day's report: what it is called, when it was made, which folders it covers, and its takes
 * grouped by scene (scenes in natural order, "12" after "2", "12A" after "12"; takes in natural
 * order within; takes with no scene last, by file).
 *
 * @param title     shown at the top
 * @param generated when the report was made
 * @param sources   the folders and files given
 * @param rows      every take, readable or not
 */
public record SoundReport(String title, ZonedDateTime generated, List<String> sources, List<TakeRow> rows) {
    /** The group a take without a scene goes into. */
    public static final String NO_SCENE = "";

    public SoundReport {
        sources = List.copyOf(sources);
        rows = List.copyOf(rows);
    }

    /** Scene → its takes, in report order. */
    public Map<String, List<TakeRow>> byScene() {
        List<TakeRow> sorted = new ArrayList<>(rows);
        sorted.sort(ORDER);
        Map<String, List<TakeRow>> groups = new LinkedHashMap<>();
        for (TakeRow r : sorted) groups.computeIfAbsent(scene(r), k -> new ArrayList<>()).add(r);
        return groups;
    }

    /** The take's file as the page shows it: relative to the folder given that holds it ("SUB/12A_T01.WAV"), else as found. */
    public String shownName(TakeRow r) {
        java.nio.file.Path file = java.nio.file.Path.of(r.file());
        for (String source : sources) {
            java.nio.file.Path folder = java.nio.file.Path.of(source);
            if (!file.equals(folder) && file.startsWith(folder)) return folder.relativize(file).toString();
        }
        return r.file();
    }

    public int takes() {
        return rows.size();
    }

    /** Length of every readable take together. */
    public double seconds() {
        return rows.stream().filter(r -> r.seconds() != null).mapToDouble(TakeRow::seconds).sum();
    }

    public long takesWithErrors() {
        return rows.stream().filter(TakeRow::hasErrors).count();
    }

    public long unreadable() {
        return rows.stream().filter(r -> !r.readable()).count();
    }

    private static String scene(TakeRow r) {
        return r.meta() == null ? NO_SCENE : r.meta().scene();
    }

    private static final Comparator<String> NATURAL = NaturalOrder::compare;
    static final Comparator<TakeRow> ORDER = Comparator
            .comparing((TakeRow r) -> scene(r).isEmpty())
            .thenComparing(SoundReport::scene, NATURAL)
            .thenComparing(r -> r.meta() == null ? "" : r.meta().take(), NATURAL)
            .thenComparingLong(r -> r.meta() == null ? Long.MAX_VALUE : r.meta().startSample())
            .thenComparing(TakeRow::file, NATURAL);

    /** Compares runs of digits as numbers, the rest as text ignoring case: "2" < "12" < "12A" < "12B". */
    static final class NaturalOrder {
        private NaturalOrder() {
        }

        static int compare(String a, String b) {
            int i = 0;
            int j = 0;
            while (i < a.length() && j < b.length()) {
                char x = a.charAt(i);
                char y = b.charAt(j);
                if (Character.isDigit(x) && Character.isDigit(y)) {
                    int ei = i;
                    while (ei < a.length() && Character.isDigit(a.charAt(ei))) ei++;
                    int ej = j;
                    while (ej < b.length() && Character.isDigit(b.charAt(ej))) ej++;
                    String na = a.substring(i, ei).replaceFirst("^0+(?=.)", "");
                    String nb = b.substring(j, ej).replaceFirst("^0+(?=.)", "");
                    int c = na.length() != nb.length() ? Integer.compare(na.length(), nb.length()) : na.compareTo(nb);
                    if (c != 0) return c;
                    i = ei;
                    j = ej;
                } else {
                    int c = Character.compare(Character.toLowerCase(x), Character.toLowerCase(y));
                    if (c != 0) return c;
                    i++;
                    j++;
                }
            }
            return Integer.compare(a.length() - i, b.length() - j);
        }
    }
}
