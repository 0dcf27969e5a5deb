package org.headroom.edit;

import java.io.IOException;
import java.nio.file.Path;
import org.headroom.audio.AudioFiles;
import org.headroom.audio.AudioSource;
import org.headroom.audio.ChannelMixSource;
import org.headroom.audio.ResampledSource;
import org.headroom.audio.SourceFormat;

/**
 * One layer worked out against the programme, in programme frames: where it plays, which frames
 * of the (converted) file, its gain, fades and duck. Checked when planned, so a render never
 * finds out half way through that the file is too short.
 *
 * @param fileStart  first frame of the file to play, at the programme's rate
 * @param segment    frames of the file per pass (from .. to)
 * @param start      programme frame where it starts
 * @param end        programme frame where it stops (exclusive; the programme's end at most)
 * @param duck       the duck envelope, or null
 * @param seam       with a loop, the frames faded out and in at each pass boundary (a butt-joined loop
 *                   clicks wherever the segment's ends do not meet); 0 without a loop
 */
record LayerPlan(Path file, int channels, int sampleRate, long fileStart, long segment, long start, long end, double gain,
                 long fadeIn, long fadeOut, DuckEnvelope duck, long seam) {
    /** The loop's seam fades: 5 ms each side, short enough to pass for the music's own attack. */
    static final double SEAM_SECONDS = 0.005;

    /**
     * @throws EdlException when from/to fall outside the file or nothing of it would play
     * @throws IOException  (an {@link org.headroom.audio.AudioFileException} naming the file) when it cannot be read
     */
    static LayerPlan of(Timeline.LayerSpan span, SourceFormat programme, long programmeFrames, DuckEnvelope duck)
            throws IOException {
        Edit.Layer l = span.layer();
        String where = "edit " + (span.editIndex() + 1) + " (layer): ";
        if (!java.nio.file.Files.isRegularFile(l.file())) {
            throw new EdlException(where + "file " + l.file() + " " + (java.nio.file.Files.isDirectory(l.file()) ? "is a folder" : "not found"));
        }
        int rate = programme.sampleRate();
        long converted;
        try (AudioSource s = open(l.file(), programme.channels(), rate)) {
            SourceFormat f = s.format();
            converted = f.frames() >= 0 ? f.frames() : s.skip(Long.MAX_VALUE);
        }
        double fileSeconds = (double) converted / rate;
        long from = Math.round(l.from() * rate);
        long to = Double.isNaN(l.to()) ? converted : Math.round(l.to() * rate);
        if (from >= converted) {
            throw new EdlException(where + String.format(java.util.Locale.ROOT, "from %s is past the end of %s (%.3f s long)",
                    l.from(), l.file().getFileName(), fileSeconds));
        }
        if (to > converted + 1) {
            throw new EdlException(where + String.format(java.util.Locale.ROOT, "to %s is past the end of %s (%.3f s long)",
                    l.to(), l.file().getFileName(), fileSeconds));
        }
        to = Math.min(to, converted);
        long segment = to - from;
        long start = span.outputStart();
        long end = l.loop() ? span.outputUntil() : start + segment;
        end = Math.min(end, programmeFrames);
        if (end <= start) throw new EdlException(where + "at " + l.at() + " leaves nothing of the layer to play");
        long length = end - start;
        long fadeIn = Math.min(length, Math.round(l.fadeIn() * rate));
        long fadeOut = Math.min(length, Math.round(l.fadeOut() * rate));
        long seam = l.loop() ? Math.min(segment / 4, Math.round(SEAM_SECONDS * rate)) : 0;
        return new LayerPlan(l.file(), programme.channels(), rate, from, segment, start, end, Math.pow(10, l.gainDb() / 20), fadeIn,
                fadeOut, duck, seam);
    }

    /** The file at the programme's channel count (ITU downmix or copies of mono) and rate (the export's resampler). */
    static AudioSource open(Path file, int channels, int rate) throws IOException {
        AudioSource s = AudioFiles.open(file);
        try {
            if (s.format().channels() != channels) s = new ChannelMixSource(s, channels);
            if (s.format().sampleRate() != rate) s = new ResampledSource(s, rate);
            return s;
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
    }

    /** The layer's own gain at programme frame {@code f} inside [start, end): level and fades (not the duck). */
    double gainAt(long f) {
        double g = gain;
        long intoLayer = f - start;
        if (intoLayer < fadeIn) g *= FadeShape.LINEAR.gain((intoLayer + 0.5) / fadeIn);
        long toEnd = end - 1 - f;
        if (toEnd < fadeOut) g *= FadeShape.LINEAR.gain((toEnd + 0.5) / fadeOut);
        if (seam > 0) {
            long offset = intoLayer % segment;
            boolean firstPass = intoLayer < segment;
            boolean lastPass = f - offset + segment >= end;
            if (!firstPass && offset < seam) g *= FadeShape.S_CURVE.gain((offset + 0.5) / seam);
            if (!lastPass && segment - 1 - offset < seam) g *= FadeShape.S_CURVE.gain((segment - 1 - offset + 0.5) / seam);
        }
        return g;
    }

    /** Whether the gain is {@link #gain} all through [frame, frame + n), n within one pass: outside fades and seams. */
    boolean flat(long frame, int n) {
        if (frame < start + fadeIn || frame + n > end - fadeOut) return false;
        if (seam == 0) return true;
        long offset = (frame - start) % segment;
        return offset >= seam && offset + n <= segment - seam;
    }
}
