package org.headroom.analysis;

import java.util.List;

import org.headroom.audio.SourceFormat;
import org.headroom.detect.Finding;

/**
 * What the live meters show at one moment, made on the capture thread and handed to the
 * screen (or the headless monitor) by swapping one reference. Immutable; levels in dB with
 * -infinity for silence; undefined loudness as null, as in {@link Report}.
 *
 * @param seconds        programme time of the end of the last block
 * @param frames         frames captured so far
 * @param format         the format actually captured
 * @param channels       one entry per channel
 * @param momentaryLufs  400 ms loudness, null while undefined
 * @param shortTermLufs  3 s loudness, null while undefined
 * @param integratedLufs gated integrated loudness since the last reset, null while undefined
 * @param loudnessRangeLu loudness range since the last reset, null while undefined
 * @param correlation    stereo phase correlation over the last ~300 ms, null for mono or silence
 * @param noiseFloorDbfs quietest 500 ms so far, null while unknown (refreshed about once a second)
 * @param snrDb          speech over noise, null while unknown
 * @param humHz          mains hum frequency, null when none
 * @param humDbfs        mains hum level, null when none
 * @param wind           wind or rumble heard
 * @param hiss           broadband hiss heard
 * @param effectiveBits  bits actually used so far; null for lossy sources
 * @param overruns       times the capture buffer overflowed (audio was lost)
 * @param findings       everything found so far, oldest first (refreshed about four times a second)
 * @param spectrum       the newest spectrum (refreshed about 30 times a second), null before the first
 *                       and in a session without display meters
 * @param arrivalNanos   {@link System#nanoTime()} when the newest block came off the source: where a
 *                       screen's capture-to-screen latency starts
 */
public record LiveSnapshot(
        double seconds,
        long frames,
        SourceFormat format,
        List<ChannelMeters> channels,
        Double momentaryLufs,
        Double shortTermLufs,
        Double integratedLufs,
        Double loudnessRangeLu,
        Double correlation,
        Double noiseFloorDbfs,
        Double snrDb,
        Double humHz,
        Double humDbfs,
        boolean wind,
        boolean hiss,
        Integer effectiveBits,
        long overruns,
        List<Finding> findings,
        Spectrum spectrum,
        long arrivalNanos) {

    public LiveSnapshot {
        channels = List.copyOf(channels);
        findings = List.copyOf(findings);
    }

    /**
     * One channel's meters.
     *
     * @param peakDbfs         sample peak of the last ~40 ms: the bar
     * @param holdDbfs         the peak-hold marker
     * @param heldPeakDbfs     highest sample peak since the last reset: the number over the bar
     * @param truePeakDbtp     highest true peak since the start
     * @param rmsDbfs          RMS of the last ~300 ms
     * @param ppmTypeIDbfs     PPM Type I (DIN) reading; NaN in a session without display meters
     * @param ppmTypeIIaDbfs   PPM Type IIa (BBC/EBU) reading; NaN likewise
     * @param vuDbfs           VU reading; NaN likewise
     * @param clips            clip events since the last reset of this channel's indicator
     * @param secondsSinceClip time since the last clip, null if none since the reset
     */
    public record ChannelMeters(double peakDbfs, double holdDbfs, double heldPeakDbfs, double truePeakDbtp,
                                double rmsDbfs, double ppmTypeIDbfs, double ppmTypeIIaDbfs, double vuDbfs, long clips,
                                Double secondsSinceClip) {
    }

    /**
     * One spectrum of the newest audio: level per FFT bin, power averaged over the channels, in
     * dBFS (a full-scale sine's bin reads 0). Immutable: the bins are copied in and read one by
     * one, so a screen can keep a reading across frames and compare it by identity.
     */
    public static final class Spectrum {
        private final float[] db;
        private final double binHz;

        /** @param db level of bin k (at k·binHz), dBFS; @param binHz width of one bin */
        public Spectrum(float[] db, double binHz) {
            this.db = db.clone();
            this.binHz = binHz;
        }

        public int bins() {
            return db.length;
        }

        public float db(int bin) {
            return db[bin];
        }

        public double binHz() {
            return binHz;
        }
    }
}
