package org.headroom.detect;

/**
 * What a finding is about. Names are the JSON contract ("kind": "CLIPPING"). The last three are
 * about the recording or the input rather than the audio; {@code headroom monitor} writes them on
 * the same JSON line shape, and the window logs them in its QC log.
 */
public enum FindingKind {
    CLIPPING, TRUE_PEAK_OVER, NOISE, LOW_SNR, HUM, WIND, HISS,
    TOO_QUIET, SILENCE, DEAD_CHANNEL, DC_OFFSET, PHASE_INVERTED, MONO_IN_STEREO,
    DROPOUT, FAKE_BIT_DEPTH, UPSAMPLED, FILE_REPAIRED, LOUDNESS_TARGET, DELIVERY,
    LOW_DISK_SPACE, RECORDING_FAILED, INPUT_FAILED
}
