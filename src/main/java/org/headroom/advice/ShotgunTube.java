package org.headroom.advice;

/**
 * The interference tube of a shotgun. It narrows the pickup only where the wavelength is shorter
 * than the tube (f ≳ c/L); below that the mic behaves as its capsule. A shotgun is therefore
 * described by its capsule plus a directivity index for the band where the tube works, as DPA
 * recommends, rather than by a single first-order pattern.
 *
 * @param lengthMetres       tube length L
 * @param directivityIndexDb DI above the tube's onset frequency (a distance factor of 3 is DI 9.5 dB)
 */
public record ShotgunTube(double lengthMetres, double directivityIndexDb) {
    public ShotgunTube {
        if (!(lengthMetres > 0 && lengthMetres < 1)) throw new IllegalArgumentException("tube length must be 0..1 m");
        if (!(directivityIndexDb > 0 && directivityIndexDb < 20)) throw new IllegalArgumentException("tube DI must be 0..20 dB");
    }

    /** Frequency above which the tube adds directivity: wavelength equal to its length. */
    public double onsetHz() {
        return PolarPattern.SPEED_OF_SOUND / lengthMetres;
    }

    public double directivityFactor() {
        return Math.pow(10, directivityIndexDb / 10);
    }
}
