package org.headroom.edit;

/** The mixing of one join: pure arithmetic on two equal-length handles. */
final class Crossfades {
    private Crossfades() {
    }

    /**
     * Mixes {@code in[.][0, n)} (fading in) into {@code out[.][0, n)} (fading out), in place in
     * {@code out}. Gains are evaluated at frame centres, (i + ½)/n, so the curve is symmetric
     * about the middle of the join.
     */
    static void mix(float[][] out, float[][] in, int n, FadeShape shape) {
        double rho = shape == FadeShape.EQUAL_POWER ? correlation(out, in, n) : 0.0;
        for (int i = 0; i < n; i++) {
            double x = (i + 0.5) / n;
            float a = (float) shape.gain(x);
            float b = (float) shape.crossfadeOut(x, rho);
            for (int c = 0; c < out.length; c++) out[c][i] = b * out[c][i] + a * in[c][i];
        }
    }

    /**
     * Correlation of the two handles over the join, all channels together: 1 for the same
     * sound in phase, about 0 for unrelated sounds. Silence on either side counts as unrelated.
     */
    static double correlation(float[][] a, float[][] b, int n) {
        double ab = 0, aa = 0, bb = 0;
        for (int c = 0; c < a.length; c++) {
            for (int i = 0; i < n; i++) {
                double x = a[c][i], y = b[c][i];
                ab += x * y;
                aa += x * x;
                bb += y * y;
            }
        }
        return aa > 0 && bb > 0 ? ab / Math.sqrt(aa * bb) : 0.0;
    }
}
