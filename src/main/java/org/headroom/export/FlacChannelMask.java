package org.headroom.export;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.headroom.audio.ChannelMasks;

/**
 * The FLAC way of saying which speakers the channels feed: a Vorbis comment
 * {@code WAVEFORMATEXTENSIBLE_CHANNEL_MASK=0x060F}, as the reference encoder and ffmpeg write
 * and read it. Written for every file of more than two channels, never left to FLAC's default
 * order: RFC 9639 gives 6 channels as L R C LFE and a "back/surround" pair, which readers take
 * as either 5.1 mask (ffmpeg reads 0x60F, WAV tools 0x3F).
 */
final class FlacChannelMask {
    /** "fLaC" and the STREAMINFO block (4-byte header, 34-byte body): where the encoder's frames start. */
    static final int HEADER_BYTES = 4 + 4 + 34;
    /** The byte holding STREAMINFO's "last metadata block" flag. */
    static final int STREAMINFO_FLAGS = 4;
    private static final int VORBIS_COMMENT = 4;
    private static final byte[] VENDOR = "Headroom".getBytes(StandardCharsets.US_ASCII);

    private FlacChannelMask() {
    }

    /**
     * A complete VORBIS_COMMENT block naming the mask, not flagged last (the sink sets the flag
     * when nothing follows); nothing for mono, stereo or an unsaid mask.
     */
    static byte[] commentBlock(int channels, long mask) {
        if (mask == 0 || channels <= 2) return new byte[0];
        byte[] comment = String.format(Locale.ROOT, "%s=0x%04X", ChannelMasks.VORBIS_COMMENT_TAG, mask).getBytes(StandardCharsets.US_ASCII);
        int body = 4 + VENDOR.length + 4 + 4 + comment.length;
        ByteBuffer b = ByteBuffer.allocate(4 + body).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) VORBIS_COMMENT).put((byte) (body >>> 16)).put((byte) (body >>> 8)).put((byte) body);
        b.putInt(VENDOR.length).put(VENDOR).putInt(1).putInt(comment.length).put(comment);
        return b.array();
    }
}
