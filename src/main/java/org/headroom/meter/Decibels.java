package org.headroom.meter;

/** Conversions between linear amplitude or power and decibels, with silence as -infinity. */
public final class Decibels {
    private Decibels() {
    }

    /** 20·log10(amplitude); 0 gives -infinity. */
    public static double fromAmplitude(double amplitude) {
        return 20.0 * Math.log10(Math.abs(amplitude));
    }

    /** 10·log10(power); 0 gives -infinity. */
    public static double fromPower(double power) {
        return 10.0 * Math.log10(power);
    }

    public static double toAmplitude(double db) {
        return Math.pow(10.0, db / 20.0);
    }

    public static double toPower(double db) {
        return Math.pow(10.0, db / 10.0);
    }
}
