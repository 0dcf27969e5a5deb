package org.headroom.analysis.soundreport;

import java.util.List;
import java.util.Locale;

/**
 * A take's loudness picture as a small inline SVG: the loudest momentary loudness of each column
 * as a pale bar, short-term loudness as a line, and a red tick where each warning or error
 * begins. From −60 to 0 LUFS, gridlines at −20 and −40; a column with no defined value is left
 * empty (silence). No script and no external reference, so it prints and reads offline.
 */
final class LoudnessSvg {
    static final double FLOOR_LUFS = -60;
    private static final int HEIGHT = 30;

    private LoudnessSvg() {
    }

    /**
     * @param marks start of each warning or error, as a fraction of the take's length (0..1)
     */
    static String of(LoudnessPicture.Trace trace, List<Double> marks) {
        int columns = Math.max(trace.momentaryLufs().size(), 1);
        StringBuilder s = new StringBuilder();
        s.append("<svg class=\"picture\" viewBox=\"0 0 ").append(columns).append(' ').append(HEIGHT)
                .append("\" preserveAspectRatio=\"none\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\">")
                .append("<title>Loudness over the take: bars momentary, line short-term, -60 to 0 LUFS; red ticks are problems</title>");
        s.append("<rect class=\"bg\" x=\"0\" y=\"0\" width=\"").append(columns).append("\" height=\"").append(HEIGHT).append("\"/>");
        for (int lufs : new int[] {-20, -40}) {
            String y = num(y(lufs));
            s.append("<line class=\"grid\" x1=\"0\" x2=\"").append(columns).append("\" y1=\"").append(y).append("\" y2=\"").append(y).append("\"/>");
        }
        StringBuilder bars = new StringBuilder();
        for (int c = 0; c < trace.momentaryLufs().size(); c++) {
            Double v = trace.momentaryLufs().get(c);
            if (v == null || v <= FLOOR_LUFS) continue;
            bars.append('M').append(c + 0.5).append(' ').append(HEIGHT).append('V').append(num(y(v)));
        }
        if (bars.length() > 0) s.append("<path class=\"momentary\" d=\"").append(bars).append("\"/>");
        StringBuilder line = new StringBuilder();
        boolean pen = false;
        for (int c = 0; c < trace.shortTermLufs().size(); c++) {
            Double v = trace.shortTermLufs().get(c);
            if (v == null || v <= FLOOR_LUFS) {
                pen = false;
                continue;
            }
            line.append(pen ? 'L' : 'M').append(c + 0.5).append(' ').append(num(y(v)));
            pen = true;
        }
        if (line.length() > 0) s.append("<path class=\"short-term\" d=\"").append(line).append("\"/>");
        for (double m : marks) {
            String x = num(Math.max(0, Math.min(1, m)) * columns);
            s.append("<line class=\"mark\" x1=\"").append(x).append("\" x2=\"").append(x).append("\" y1=\"0\" y2=\"").append(HEIGHT).append("\"/>");
        }
        return s.append("</svg>").toString();
    }

    private static double y(double lufs) {
        double clamped = Math.max(FLOOR_LUFS, Math.min(0, lufs));
        return clamped / FLOOR_LUFS * HEIGHT;
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
