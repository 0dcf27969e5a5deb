package org.headroom.detect;

/**
 * Base of the detectors that read a {@link SpectrumSampler}. Built on their own they own and feed a
 * private sampler; built on a shared one (see {@link DetectorSet}) they assume its owner feeds it
 * before them, so the FFTs are paid once for all of them. Each reads one of the sampler's frames:
 * the decimated low band (hum, wind) or the full band (hiss, provenance).
 */
abstract class SpectralDetector implements Detector {
    protected final SpectrumSampler sampler;
    /** The frame this detector reads. */
    protected final SpectrumSampler.Frame frame;
    protected final int sampleRate;
    private final boolean owner;
    private long seen;

    protected SpectralDetector(SpectrumSampler sampler, boolean owner, boolean lowBand) {
        this.sampler = sampler;
        this.frame = lowBand ? sampler.low() : sampler.full();
        this.sampleRate = sampler.sampleRate();
        this.owner = owner;
    }

    @Override
    public void accept(float[][] block, int frames) {
        if (owner) sampler.accept(block, frames);
        if (sampler.captures() != seen) {
            seen = sampler.captures();
            onCapture(sampler.lastStartFrame(), sampler.lastStartFrame() + sampler.spanFrames());
        }
    }

    /** A new spectrum is ready for audio frames [start, end). */
    protected abstract void onCapture(long start, long end);

    /** Mean over channels of the latest capture's power in {@link #frame}, into {@code out} for bins [0, bins). */
    protected final void meanPower(double[] out, int bins) {
        int channels = sampler.channels();
        java.util.Arrays.fill(out, 0, bins, 0.0);
        for (int c = 0; c < channels; c++) {
            float[] p = frame.power(c);
            for (int k = 0; k < bins; k++) out[k] += p[k];
        }
        if (channels > 1) for (int k = 0; k < bins; k++) out[k] /= channels;
    }

    /** Power of the whole band (DC left out) in the latest capture, mean over channels: comparable with low-band sums. */
    protected final double fullBandPower() {
        SpectrumSampler.Frame full = sampler.full();
        double s = 0;
        for (int c = 0; c < sampler.channels(); c++) {
            float[] p = full.power(c);
            for (int k = 1; k < full.bins(); k++) s += p[k];
        }
        return s / sampler.channels();
    }

    /** Sum of power over bins [from, to). */
    protected static double bandPower(double[] p, int from, int to) {
        double s = 0;
        for (int k = Math.max(0, from); k < Math.min(p.length, to); k++) s += p[k];
        return s;
    }
}
