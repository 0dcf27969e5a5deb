package org.headroom.edit;

import java.io.IOException;
import java.util.List;
import org.headroom.audio.AudioSource;
import org.headroom.audio.BitRate;
import org.headroom.audio.SourceFormat;

/**
 * The programme with its layers mixed in. Each layer's file is opened when the programme reaches
 * it and closed when it ends; a loop reopens the file for each pass. What a layer adds at a
 * programme frame depends only on that frame (the file's frame there, its gain, fades and duck),
 * never on how the programme was read up to it, so block sizes and seeks cannot change it.
 * Frames are mixed in float and not limited: the normalisation stage after this one deals with
 * the sum.
 */
final class LayeredSource implements AudioSource {
    private final AudioSource programme;
    private final Track[] tracks;
    private long position;

    /** @param position the programme frame the upstream's first read starts at */
    LayeredSource(AudioSource programme, List<LayerPlan> layers, long position) {
        this.programme = programme;
        this.tracks = layers.stream().map(Track::new).toArray(Track[]::new);
        this.position = position;
    }

    @Override
    public SourceFormat format() {
        return programme.format();
    }

    @Override
    public int read(float[][] block) throws IOException {
        int n = programme.read(block);
        for (Track t : tracks) t.mixInto(block, position, n);
        position += n;
        return n;
    }

    @Override
    public BitRate bitRate() {
        return programme.bitRate();
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        for (Track t : tracks) {
            try {
                t.close();
            } catch (IOException e) {
                if (first == null) first = e;
            }
        }
        programme.close();
        if (first != null) throw first;
    }

    /** One layer being played: its open file, which pass of the loop, and where in it. */
    private static final class Track {
        private final LayerPlan plan;
        private AudioSource file;
        private long pass = -1;
        private long filePos;    // frames into the segment the next read gives
        private float[][] buffer = new float[0][];
        private float[][] fileBuf = new float[0][];
        private int bufPos;
        private int bufEnd;
        private float[] gains = new float[0];
        private float[] ducks = new float[0];

        Track(LayerPlan plan) {
            this.plan = plan;
        }

        void mixInto(float[][] block, long blockStart, int n) throws IOException {
            long from = Math.max(blockStart, plan.start());
            long to = Math.min(blockStart + n, plan.end());
            while (from < to) {
                long into = from - plan.start();
                long passNo = into / plan.segment();
                long offset = into % plan.segment();
                int run = (int) Math.min(to - from, plan.segment() - offset);
                read(passNo, offset, run);
                mix(block, (int) (from - blockStart), from, run);
                from += run;
            }
            if (blockStart + n >= plan.end()) close();
        }

        /** Fills buffer[.][0, run) with the segment's frames [offset, offset + run) of pass {@code passNo}. */
        private void read(long passNo, long offset, int run) throws IOException {
            if (file == null || passNo != pass || offset != filePos) {
                close();
                file = LayerPlan.open(plan.file(), plan.channels(), plan.sampleRate());
                file.skip(plan.fileStart() + offset); // a file shorter than planned reads as silence below
                pass = passNo;
                bufPos = bufEnd = 0;
                if (fileBuf.length == 0) fileBuf = new float[plan.channels()][Renderer.BLOCK];
            }
            if (buffer.length == 0 || buffer[0].length < run) buffer = new float[plan.channels()][run];
            int done = 0;
            while (done < run) {
                if (bufPos == bufEnd) {
                    bufEnd = file.read(fileBuf);
                    bufPos = 0;
                    if (bufEnd == 0) break;
                }
                int k = Math.min(run - done, bufEnd - bufPos);
                for (int c = 0; c < buffer.length; c++) System.arraycopy(fileBuf[c], bufPos, buffer[c], done, k);
                bufPos += k;
                done += k;
            }
            for (float[] ch : buffer) java.util.Arrays.fill(ch, done, run, 0f);
            filePos = offset + run;
        }

        private void mix(float[][] block, int at, long frame, int run) {
            if (gains.length < run) {
                gains = new float[run];
                ducks = new float[run];
            }
            if (plan.flat(frame, run)) {
                java.util.Arrays.fill(gains, 0, run, (float) plan.gain()); // between the fades and seams: one gain
            } else {
                for (int j = 0; j < run; j++) gains[j] = (float) plan.gainAt(frame + j);
            }
            if (plan.duck() != null) {
                plan.duck().gains(frame, ducks, run);
                for (int j = 0; j < run; j++) gains[j] *= ducks[j];
            }
            for (int c = 0; c < block.length; c++) {
                float[] out = block[c];
                float[] in = buffer[c];
                for (int j = 0; j < run; j++) out[at + j] += in[j] * gains[j];
            }
        }

        void close() throws IOException {
            if (file != null) {
                AudioSource f = file;
                file = null;
                f.close();
            }
        }
    }
}
