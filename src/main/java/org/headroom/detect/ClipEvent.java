package org.headroom.detect;

/**
 * One clipped run.
 *
 * @param channel       0-based channel
 * @param startFrame    first clipped frame
 * @param lengthSamples run length
 * @param polarity      +1 for the positive rail, -1 for the negative one
 */
public record ClipEvent(int channel, long startFrame, int lengthSamples, int polarity) {
}
