package org.headroom.ui.common;

/**
 * Where a level sits on the bar, 0 (bottom) to 1 (0 dBFS). The IEC 60268-18 style deflection
 * that digital peak meters use: the top 20 dB take half the height, so the region where
 * levels are set (−18 to 0) is easy to read and −60 still shows.
 */
public final class MeterScale {
    private final double bottomDb;
    private final double bottom;

    public MeterScale(double bottomDb) {
        this.bottomDb = bottomDb;
        this.bottom = deflection(bottomDb);
    }

    public double fraction(double db) {
        if (!(db > bottomDb)) return 0;
        if (db >= 0) return 1;
        return (deflection(db) - bottom) / (100 - bottom);
    }

    public double bottomDb() {
        return bottomDb;
    }

    /** Percent of full deflection, continuous and rising; 0 dBFS is 100. */
    public static double deflection(double db) {
        if (db < -70) return 0;
        if (db < -60) return (db + 70) * 0.25;
        if (db < -50) return (db + 60) * 0.5 + 2.5;
        if (db < -40) return (db + 50) * 0.75 + 7.5;
        if (db < -30) return (db + 40) * 1.5 + 15;
        if (db < -20) return (db + 30) * 2.0 + 30;
        return (db + 20) * 2.5 + 50;
    }
}
