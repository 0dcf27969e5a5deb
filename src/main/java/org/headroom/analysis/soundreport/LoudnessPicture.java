package org.headroom.analysis.soundreport;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.headroom.analysis.LoudnessLogSink;

/**
 * The loudness of a take over time, small enough for a row of the report: the analysis's
 * 10 ms loudness trace kept at 100 ms (the loudest momentary value and the last short-term one
 * of each 100 ms), then folded into {@link #COLUMNS} columns when the take has ended. A
 * six-hour take keeps 216 000 pairs of floats (1.7 MB) while it is read, then 2 × 120 numbers.
 */
public final class LoudnessPicture implements LoudnessLogSink {
    /** Columns in a picture: one every half second of a one-minute take, enough for a 40 mm drawing. */
    public static final int COLUMNS = 120;
    private static final int STEPS_PER_POINT = 10;

    private final FloatList momentary = new FloatList();
    private final FloatList shortTerm = new FloatList();
    private float maxMomentary = Float.NaN;
    private float lastShortTerm = Float.NaN;
    private int steps;

    @Override
    public void step(double endSeconds, double momentaryLufs, double shortTermLufs) {
        if (!Double.isNaN(momentaryLufs) && !(momentaryLufs <= maxMomentary)) maxMomentary = (float) momentaryLufs;
        lastShortTerm = (float) shortTermLufs;
        if (++steps == STEPS_PER_POINT) flush();
    }

    private void flush() {
        if (steps == 0) return;
        momentary.add(maxMomentary);
        shortTerm.add(lastShortTerm);
        maxMomentary = Float.NaN;
        steps = 0;
    }

    /** The picture: per column the loudest momentary and the last short-term loudness, null where undefined. */
    public Trace trace() {
        flush();
        int n = momentary.size();
        int columns = Math.min(COLUMNS, n);
        List<Double> m = new ArrayList<>(columns);
        List<Double> s = new ArrayList<>(columns);
        for (int c = 0; c < columns; c++) {
            int from = (int) ((long) c * n / columns);
            int to = (int) ((long) (c + 1) * n / columns);
            float max = Float.NaN;
            for (int i = from; i < to; i++) if (!Float.isNaN(momentary.get(i)) && !(momentary.get(i) <= max)) max = momentary.get(i);
            m.add(tenth(max));
            s.add(tenth(shortTerm.get(to - 1)));
        }
        return new Trace(m, s);
    }

    private static Double tenth(float v) {
        return Float.isFinite(v) ? Math.round(v * 10.0) / 10.0 : null;
    }

    /**
     * A take's loudness picture, columns evenly spread over its length.
     *
     * @param momentaryLufs loudest momentary loudness per column, null where undefined (silence, the first 0.4 s)
     * @param shortTermLufs short-term loudness at each column's end, null where undefined
     */
    public record Trace(List<Double> momentaryLufs, List<Double> shortTermLufs) {
        public static final Trace NONE = new Trace(List.of(), List.of());

        public Trace {
            momentaryLufs = java.util.Collections.unmodifiableList(new ArrayList<>(momentaryLufs));
            shortTermLufs = java.util.Collections.unmodifiableList(new ArrayList<>(shortTermLufs));
        }
    }

    /** Growable float storage: a take's trace without boxing a Float per 100 ms. */
    private static final class FloatList {
        private float[] values = new float[1024];
        private int size;

        void add(float v) {
            if (size == values.length) values = Arrays.copyOf(values, size * 2);
            values[size++] = v;
        }

        float get(int i) {
            return values[i];
        }

        int size() {
            return size;
        }
    }
}
