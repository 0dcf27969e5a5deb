package org.headroom.ui.editor;

import java.awt.FontMetrics;
import java.util.ArrayList;
import java.util.List;

/**
 * Breaks a line of text at spaces into at most a given number of lines of a given width; what
 * does not fit ends the last line with an ellipsis. A list row of a fixed height draws its text
 * with it, so the list never has to measure every row to lay itself out.
 */
final class LineWrap {
    private static final String ELLIPSIS = "\u2026";

    private LineWrap() {
    }

    static List<String> lines(String text, FontMetrics fm, int width, int maxLines) {
        List<String> out = new ArrayList<>();
        String rest = text.strip();
        while (!rest.isEmpty() && out.size() < maxLines) {
            boolean last = out.size() == maxLines - 1;
            if (fm.stringWidth(rest) <= width) {
                out.add(rest);
                return out;
            }
            if (last) {
                out.add(ellipsised(rest, fm, width));
                return out;
            }
            int cut = breakAt(rest, fm, width);
            out.add(rest.substring(0, cut).stripTrailing());
            rest = rest.substring(cut).stripLeading();
        }
        return out;
    }

    /** Where the first line ends: after the last space that fits, or mid-word when one word is wider than the line. */
    private static int breakAt(String s, FontMetrics fm, int width) {
        int fits = fitting(s, fm, width);
        int space = s.lastIndexOf(' ', fits);
        return space > 0 ? space + 1 : Math.max(1, fits);
    }

    /** How many leading characters of {@code s} fit in {@code width}. */
    private static int fitting(String s, FontMetrics fm, int width) {
        int lo = 0;
        int hi = s.length();
        while (lo < hi) { // bisection: a long message costs a few measurements, not one per character
            int mid = (lo + hi + 1) >>> 1;
            if (fm.stringWidth(s.substring(0, mid)) <= width) lo = mid;
            else hi = mid - 1;
        }
        return lo;
    }

    private static String ellipsised(String s, FontMetrics fm, int width) {
        int n = fitting(s, fm, width - fm.stringWidth(ELLIPSIS));
        return s.substring(0, n).stripTrailing() + ELLIPSIS;
    }
}
