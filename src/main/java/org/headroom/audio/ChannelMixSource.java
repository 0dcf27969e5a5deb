package org.headroom.audio;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;


/**
 * A source with another channel count, each output channel a weighted sum of the input
 * channels by their roles.
 *
 * <ul>
 * <li>To stereo, the ITU-R BS.775 downmix: L' = L + 0.7071·C + 0.7071·Ls, R' = R + 0.7071·C +
 *     0.7071·Rs (side and back surrounds alike; a back centre to both at 0.7071). So 5.1, 5.0,
 *     quad and LCR keep the dialogue that sits in the centre.</li>
 * <li>To mono, the mean of that stereo pair, M = (L' + R') / 2: a stereo source's centred voice
 *     keeps its level, and a centre-only voice lands at 0.7071 (−3 dB), as it does in each
 *     channel of the stereo downmix.</li>
 * <li>From mono, every output channel gets the channel.</li>
 * <li>Any other change keeps the first channels and fills missing ones with silence.</li>
 * </ul>
 * The LFE and channels without a speaker position are left out of a downmix; {@link #notes}
 * says so, for the export's output. Nothing is normalised here: a downmix can exceed full scale,
 * which the export's normaliser and its clip check deal with.
 */
public final class ChannelMixSource implements AudioSource {
    /** BS.775's −3 dB for the centre and the surrounds folded into the front pair. */
    static final double MINUS_3DB = Math.sqrt(0.5);

    private final AudioSource in;
    private final SourceFormat format;
    private final float[][] matrix; // [out][in]
    private float[][] work = new float[0][];

    public ChannelMixSource(AudioSource in, int channels) {
        this.in = in;
        SourceFormat f = in.format();
        this.matrix = matrix(f.channelRoles(), channels);
        this.format = new SourceFormat(f.container(), f.encoding(), f.sampleRate(), channels, f.bitsPerSample(),
                f.validBits(), f.frames(), ChannelRole.defaultLayout(channels), f.metadata());
    }

    /** The weight of each input channel in each output channel, {@code [out][in]}. */
    public static float[][] matrix(List<ChannelRole> inRoles, int outChannels) {
        int inCh = inRoles.size();
        float[][] m = new float[outChannels][inCh];
        if (inCh == 1) {
            for (float[] row : m) row[0] = 1f;
        } else if (outChannels <= 2) {
            for (int c = 0; c < inCh; c++) {
                double[] lr = stereoWeights(inRoles.get(c));
                if (outChannels == 2) {
                    m[0][c] = (float) lr[0];
                    m[1][c] = (float) lr[1];
                } else {
                    m[0][c] = (float) ((lr[0] + lr[1]) / 2);
                }
            }
        } else {
            for (int c = 0; c < Math.min(inCh, outChannels); c++) m[c][c] = 1f;
        }
        return m;
    }

    /** A channel's weights in the stereo downmix, {left, right}. */
    private static double[] stereoWeights(ChannelRole role) {
        switch (role) {
            case LEFT: return new double[] {1, 0};
            case RIGHT: return new double[] {0, 1};
            case MONO: return new double[] {1, 1};
            case CENTER: case BACK_CENTER: return new double[] {MINUS_3DB, MINUS_3DB};
            case LEFT_SURROUND: case SIDE_LEFT: case BACK_LEFT: return new double[] {MINUS_3DB, 0};
            case RIGHT_SURROUND: case SIDE_RIGHT: case BACK_RIGHT: return new double[] {0, MINUS_3DB};
            default: return new double[] {0, 0}; // LFE, OTHER
        }
    }

    /**
     * What a mix from these roles to {@code outChannels} leaves out, one sentence each (empty when
     * nothing is): the LFE in a downmix, as BS.775 does, and channels with no speaker position.
     */
    public static List<String> notes(List<ChannelRole> inRoles, int outChannels) {
        List<String> notes = new ArrayList<>();
        if (inRoles.size() <= outChannels || inRoles.size() == 1) return notes;
        boolean downmix = outChannels <= 2;
        for (int c = 0; c < inRoles.size(); c++) {
            ChannelRole r = inRoles.get(c);
            if (downmix && r == ChannelRole.LFE) notes.add("LFE not included in the downmix (channel " + (c + 1) + ")");
            else if (downmix && r == ChannelRole.OTHER) notes.add("channel " + (c + 1) + " has no speaker position: not included in the downmix");
            else if (!downmix && c >= outChannels) notes.add("channel " + (c + 1) + " dropped (only the first " + outChannels + " are kept)");
        }
        return notes;
    }

    @Override
    public SourceFormat format() {
        return format;
    }

    @Override
    public int read(float[][] block) throws IOException {
        int inCh = matrix[0].length;
        // exactly the caller's length: a longer work block would let the upstream hand over more than fits
        if (work.length != inCh || work[0].length != block[0].length) work = new float[inCh][block[0].length];
        int n = in.read(work);
        for (int o = 0; o < block.length; o++) {
            float[] out = block[o];
            java.util.Arrays.fill(out, 0, Math.max(n, 0), 0f);
            for (int c = 0; c < inCh; c++) {
                float w = matrix[o][c];
                if (w == 0f) continue;
                float[] x = work[c];
                for (int i = 0; i < n; i++) out[i] += w * x[i];
            }
        }
        return n;
    }

    @Override
    public BitRate bitRate() {
        return in.bitRate();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
