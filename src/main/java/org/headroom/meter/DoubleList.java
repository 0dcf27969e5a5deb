package org.headroom.meter;

import java.util.Arrays;

/** A growable list of primitive doubles: gating blocks without boxing (8 bytes a value). */
final class DoubleList {
    private double[] values = new double[1024];
    private int size;

    void add(double v) {
        if (size == values.length) values = Arrays.copyOf(values, size * 2);
        values[size++] = v;
    }

    int size() {
        return size;
    }

    double get(int i) {
        return values[i];
    }

    void clear() {
        size = 0;
    }

    /** A sorted copy of the values for which {@code v > floor}. */
    double[] sortedAbove(double floor) {
        double[] out = new double[size];
        int n = 0;
        for (int i = 0; i < size; i++) if (values[i] > floor) out[n++] = values[i];
        out = Arrays.copyOf(out, n);
        Arrays.sort(out);
        return out;
    }
}
