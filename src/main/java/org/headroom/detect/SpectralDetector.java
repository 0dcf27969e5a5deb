package org.headroom.detect;

/**
 * Base of the detectors that read a {@link SpectrumSampler}. Built on their own they own and feed a
 * private sampler; built on a shared one (see {@link DetectorSet}) they assume its owner feeds it
 * before them, so the FFTs are paid once for all of them.
 */
abstract class SpectralDetector implements Detector {
    protected final SpectrumSampler sampler;
    protected final int sampleRate;
    private final boolean owner;
    private long seen;

    protected SpectralDetector(SpectrumSampler sampler, boolean owner) {
        this.sampler = sampler;
        this.sampleRate = sampler.sampleRate();
        this.owner = owner;
    }

    @Override
    public void accept(float[][] block, int frames) {
        if (owner) sampler.accept(block, frames);
        if (sampler.captures() != seen) {
            seen = sampler.captures();
            onCapture(sampler.lastStartFrame(), sampler.lastStartFrame() + sampler.size());
        }
    }

    /** A new spectrum is ready for audio frames [start, end). */
    protected abstract void onCapture(long start, long end);

    /** Mean over channels of the latest capture's power, into {@code out} for bins [0, bins). */
    protected final void meanPower(double[] out, int bins) {
        int channels = sampler.channels();
        java.util.Arrays.fill(out, 0, bins, 0.0);
        for (int c = 0; c < channels; c++) {
            float[] p = sampler.power(c);
            for (int k = 0; k < bins; k++) out[k] += p[k];
        }
        if (channels > 1) for (int k = 0; k < bins; k++) out[k] /= channels;
    }

    /** Sum of power over bins [from, to). */
    protected static double bandPower(double[] p, int from, int to) {
        double s = 0;
        for (int k = Math.max(0, from); k < Math.min(p.length, to); k++) s += p[k];
        return s;
    }
}
