package org.headroom.detect;

/**
 * One thing found in the audio, with where it is and why it was flagged.
 *
 * @param kind         what it is
 * @param severity     how much it matters
 * @param channel      0-based channel, or -1 for the whole programme
 * @param startFrame   first frame concerned
 * @param endFrame     frame just after the last one concerned
 * @param startSeconds startFrame / sample rate
 * @param endSeconds   endFrame / sample rate
 * @param value        the measured value that fired the rule (dB, Hz, count... as the rule says); NaN when none
 * @param rule         the rule that fired, readable by a person: "3+ consecutive samples at full scale"
 * @param message      one plain sentence an apprentice understands
 */
public record Finding(
        FindingKind kind,
        Severity severity,
        int channel,
        long startFrame,
        long endFrame,
        double startSeconds,
        double endSeconds,
        double value,
        String rule,
        String message) {

    public static final int ALL_CHANNELS = -1;

    /**
     * The channel as people count it, from 1, as the text says "Channel 1"; null for the whole
     * programme. Everything written for people or scripts (JSON, CSV) uses this, never the
     * 0-based index.
     */
    public Integer channelNumber() {
        return channelNumber(channel);
    }

    /** A 0-based channel index counted from 1; null for {@link #ALL_CHANNELS}. */
    public static Integer channelNumber(int channel) {
        return channel == ALL_CHANNELS ? null : channel + 1;
    }

    /** Builds a finding from frame positions, deriving the times from the sample rate. */
    public static Finding at(FindingKind kind, Severity severity, int channel, long startFrame, long endFrame,
                             int sampleRate, double value, String rule, String message) {
        return new Finding(kind, severity, channel, startFrame, endFrame,
                (double) startFrame / sampleRate, (double) endFrame / sampleRate, value, rule, message);
    }
}
