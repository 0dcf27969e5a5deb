package org.headroom.edit;

import java.io.IOException;
import org.headroom.audio.AudioSource;
import org.headroom.audio.ChannelRole;
import org.headroom.meter.Decibels;
import org.headroom.meter.LoudnessMeter;
import org.headroom.meter.SampleStatsMeter;
import org.headroom.meter.TruePeakMeter;

/**
 * One pass of a rendered stream through the engine's own meters, for two-pass effects: the
 * figures normalisation aims at are the figures {@code headroom analyze} will report.
 *
 * @param integratedLufs integrated loudness, NaN when no block passes the gates (silence)
 * @param truePeakDbtp   true peak, −∞ for silence
 * @param samplePeakDbfs sample peak, −∞ for silence
 */
public record Measurement(double integratedLufs, double truePeakDbtp, double samplePeakDbfs) {

    /** Reads {@code source} to its end and closes it. */
    static Measurement of(AudioSource source) throws IOException {
        return of(source, PassListener.NONE, "measuring");
    }

    /** The same, telling {@code listener} of each block under {@code stage}. */
    public static Measurement of(AudioSource source, PassListener listener, String stage) throws IOException {
        try (source) {
            var f = source.format();
            LoudnessMeter loudness = new LoudnessMeter(f.sampleRate(), ChannelRole.loudnessWeights(f.channelRoles()));
            loudness.keepStepHistory(false);
            TruePeakMeter truePeak = new TruePeakMeter(f.channels(), f.sampleRate());
            SampleStatsMeter stats = new SampleStatsMeter(f.channels());
            float[][] block = new float[f.channels()][Renderer.BLOCK];
            long done = 0;
            for (int n; (n = source.read(block)) > 0; ) {
                loudness.accept(block, n);
                truePeak.accept(block, n);
                stats.accept(block, n);
                done += n;
                listener.progress(stage, done, f.frames());
            }
            return new Measurement(loudness.integrated().orElse(Double.NaN),
                    Decibels.fromAmplitude(truePeak.truePeakAll()), Decibels.fromAmplitude(stats.peakAll()));
        }
    }
}
