package org.headroom.dsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.headroom.testsupport.TestSignals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpectrumTest {
    private static final int RATE = 48000;

    private static float[] power(Spectrum s, float[] x, int from) {
        float[] frame = java.util.Arrays.copyOfRange(x, from, from + s.size());
        s.transform(frame);
        float[] p = new float[s.bins()];
        s.bandPower(frame, p);
        return p;
    }

    /**
     * A full-scale sine on a bin centre: its main lobe sums to A²/2 = 0.5 (-3.01 dB) on the band-power
     * scale, and its peak bin reads 1 (0 dBFS) on the display scale. 0.01 dB: float rounding only,
     * the sine sits exactly on a bin so no scalloping enters.
     */
    @ParameterizedTest(name = "size {0}")
    @ValueSource(ints = {256, 1024, 4096, 8192})
    void fullScaleSineOnABinReadsItsMeanSquareAndZeroDbfsPeak(int size) {
        Spectrum s = new Spectrum(size);
        int bin = size / 8;
        float[] x = TestSignals.sine(RATE, (double) size / RATE + 0.01, (double) bin * RATE / size, 0);
        float[] p = power(s, x, 0);
        double lobe = 0;
        for (int k = bin - 3; k <= bin + 3; k++) lobe += p[k];
        assertEquals(10 * Math.log10(0.5), 10 * Math.log10(lobe), 0.01, "main lobe = mean square");
        assertEquals(0.0, 10 * Math.log10(p[bin] * s.sinePeakPerBandPower()), 0.01, "display scale");
        assertEquals(3.0, s.sinePeakPerBandPower(), 1e-6, "2 x Hann's ENBW of 1.5 bins");
    }

    /**
     * White noise at -20 dBFS RMS: all bins sum to its variance. Averaged over 40 frames of 4096 the
     * sum of ~2048 chi-square bins scatters by well under 0.1 dB; 0.2 dB leaves room for that.
     */
    @Test
    void whiteNoiseBinsSumToItsVariance() {
        Spectrum s = new Spectrum(4096);
        float[] x = TestSignals.whiteNoise(RATE, 40 * 4096.0 / RATE + 0.01, -20, 7);
        double total = 0;
        for (int f = 0; f < 40; f++) {
            float[] p = power(s, x, f * 4096);
            for (float v : p) total += v;
        }
        assertEquals(-20, 10 * Math.log10(total / 40), 0.2);
    }

    /** A sine between bins (worst case, half a bin off) still sums to A²/2 over ±3 bins: Hann's lobe is ±2 wide. */
    @Test
    void offBinSineKeepsItsPowerInTheLobe() {
        Spectrum s = new Spectrum(1024);
        float[] x = TestSignals.sine(RATE, 0.1, 100.5 * RATE / 1024, -50);
        float[] p = power(s, x, 0);
        double lobe = 0;
        for (int k = 97; k <= 104; k++) lobe += p[k];
        // -50 dBFS peak: mean square -53.01 dB; 0.05 dB for the far sidelobes left outside ±3.5 bins
        assertEquals(-53.01, 10 * Math.log10(lobe), 0.05);
    }

    @Test
    void sizeMustBeAPowerOfTwo() {
        assertThrows(IllegalArgumentException.class, () -> new Spectrum(1000));
        assertEquals(8192, Spectrum.sizeFor(48000, 0.2, 256, 8192));
        assertEquals(8192, Spectrum.sizeFor(192000, 0.2, 256, 8192));
        assertEquals(1024, Spectrum.sizeFor(8000, 0.2, 256, 8192));
    }
}
