package org.headroom.analysis;

import java.util.List;
import java.util.Map;
import org.headroom.audio.BitRate;
import org.headroom.audio.SourceFormat;
import org.headroom.detect.Finding;

/**
 * Everything measured about one file, as an immutable tree that mirrors the JSON contract.
 * A {@code Double} that is null means undefined (silence, a gate nobody passed, not measured):
 * the records refuse NaN and infinities so no writer can ever print them. Build values from
 * meter output through {@link #defined(double)}.
 *
 * @param file     the file name as the user gave it
 * @param metadata textual metadata (BWF bext as "bext.description"...); never null
 * @param delivery the delivery check when a preset was given, else null
 */
public record Report(
        String file,
        FormatInfo format,
        Levels levels,
        Loudness loudness,
        Clipping clipping,
        Noise noise,
        List<Finding> findings,
        Map<String, String> metadata,
        DeliveryCheck delivery) {

    public Report {
        findings = List.copyOf(findings);
        metadata = Map.copyOf(metadata);
    }

    /** Meter output to report value: NaN and ±infinity (silence, undefined) become null. */
    public static Double defined(double value) {
        return Double.isFinite(value) ? value : null;
    }

    /** The same report with a delivery check attached and its findings appended. */
    public Report withDelivery(DeliveryCheck check, List<Finding> checkFindings) {
        List<Finding> all = new java.util.ArrayList<>(findings);
        all.addAll(checkFindings);
        return new Report(file, format, levels, loudness, clipping, noise, all, metadata, check);
    }

    private static Double finite(String what, Double value) {
        if (value != null && !Double.isFinite(value)) {
            throw new IllegalArgumentException(what + " must be finite or null (use Report.defined): " + value);
        }
        return value;
    }

    /**
     * @param bitsPerSample  null for lossy encodings
     * @param frames         null when not known
     * @param bitRateMode    "PCM", "CBR" or "VBR"
     */
    public record FormatInfo(String container, String encoding, int sampleRate, Integer bitsPerSample, int channels,
                             Long frames, Double durationSeconds, Double bitRateKbps, String bitRateMode) {
        public FormatInfo {
            finite("durationSeconds", durationSeconds);
            finite("bitRateKbps", bitRateKbps);
        }

        public static FormatInfo of(SourceFormat format, BitRate bitRate) {
            Long frames = format.frames() < 0 ? null : format.frames();
            return new FormatInfo(format.container(), format.encoding(), format.sampleRate(), format.bitsPerSample(),
                    format.channels(), frames, defined(format.durationSeconds()),
                    bitRate == null ? null : defined(bitRate.kbps()),
                    bitRate == null ? null : bitRate.mode().name());
        }
    }

    /** Programme levels (the loudest channel for peaks, all channels together for RMS) and each channel's. */
    public record Levels(Double samplePeakDbfs, Double truePeakDbtp, Double rmsDbfs, Integer effectiveBits,
                         List<ChannelLevels> channels) {
        public Levels {
            finite("samplePeakDbfs", samplePeakDbfs);
            finite("truePeakDbtp", truePeakDbtp);
            finite("rmsDbfs", rmsDbfs);
            channels = List.copyOf(channels);
        }

        public static Levels of(double samplePeakDbfs, double truePeakDbtp, double rmsDbfs, Integer effectiveBits,
                                List<ChannelLevels> channels) {
            return new Levels(defined(samplePeakDbfs), defined(truePeakDbtp), defined(rmsDbfs), effectiveBits, channels);
        }
    }

    /** @param dcOffset mean sample value as a fraction of full scale */
    public record ChannelLevels(Double samplePeakDbfs, Double truePeakDbtp, Double rmsDbfs, Double dcOffset) {
        public ChannelLevels {
            finite("samplePeakDbfs", samplePeakDbfs);
            finite("truePeakDbtp", truePeakDbtp);
            finite("rmsDbfs", rmsDbfs);
            finite("dcOffset", dcOffset);
        }

        public static ChannelLevels of(double samplePeakDbfs, double truePeakDbtp, double rmsDbfs, double dcOffset) {
            return new ChannelLevels(defined(samplePeakDbfs), defined(truePeakDbtp), defined(rmsDbfs), defined(dcOffset));
        }
    }

    /** BS.1770 / EBU R 128 loudness; integrated is null when no block passes the gates. */
    public record Loudness(Double integratedLufs, Double loudnessRangeLu, Double maxMomentaryLufs, Double maxShortTermLufs) {
        public Loudness {
            finite("integratedLufs", integratedLufs);
            finite("loudnessRangeLu", loudnessRangeLu);
            finite("maxMomentaryLufs", maxMomentaryLufs);
            finite("maxShortTermLufs", maxShortTermLufs);
        }

        public static Loudness of(double integratedLufs, double loudnessRangeLu, double maxMomentaryLufs,
                                  double maxShortTermLufs) {
            return new Loudness(defined(integratedLufs), defined(loudnessRangeLu), defined(maxMomentaryLufs),
                    defined(maxShortTermLufs));
        }
    }

    /**
     * @param rule           the clip rule in words, e.g. "3+ consecutive samples at full scale"
     * @param clippedSamples every clipped sample, all channels
     * @param eventCount     every clipped run, all channels; may exceed {@code events.size()}
     * @param events         the first clipped runs, at most the detector's list limit
     */
    public record Clipping(String rule, long clippedSamples, long eventCount, List<ClipEventInfo> events) {
        public Clipping {
            events = List.copyOf(events);
            if (eventCount < events.size()) throw new IllegalArgumentException(eventCount + " events but " + events.size() + " listed");
        }

        /** A report whose list holds every event. */
        public Clipping(String rule, long clippedSamples, List<ClipEventInfo> events) {
            this(rule, clippedSamples, events.size(), events);
        }

        /** True when the list holds only the first of the events. */
        public boolean listIsPartial() {
            return eventCount > events.size();
        }
    }

    public enum Polarity { POSITIVE, NEGATIVE }

    /** One clip event; channel is 0-based. */
    public record ClipEventInfo(int channel, long startFrame, double startSeconds, long lengthSamples, Polarity polarity) {
    }

    /** @param hum the strongest mains hum, or null when none was found */
    /** @param hiss null when it cannot be measured (nothing above 4 kHz: an 8 kHz file) */
    public record Noise(Double noiseFloorDbfs, Double snrDb, HumInfo hum, boolean wind, Boolean hiss) {
        public Noise {
            finite("noiseFloorDbfs", noiseFloorDbfs);
            finite("snrDb", snrDb);
        }

        public static Noise of(double noiseFloorDbfs, double snrDb, HumInfo hum, boolean wind, Boolean hiss) {
            return new Noise(defined(noiseFloorDbfs), defined(snrDb), hum, wind, hiss);
        }
    }

    public record HumInfo(double frequencyHz, Double levelDbfs) {
        public HumInfo {
            finite("levelDbfs", levelDbfs);
        }
    }
}
