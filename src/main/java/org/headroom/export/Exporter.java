package org.headroom.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.headroom.audio.AudioFiles;
import org.headroom.audio.AudioSource;
import org.headroom.audio.ChannelMixSource;
import org.headroom.audio.ResampledSource;
import org.headroom.audio.SourceFormat;
import org.headroom.edit.Edit;
import org.headroom.edit.EditList;
import org.headroom.edit.PassListener;
import org.headroom.edit.Renderer;
import org.headroom.edit.SourceOpener;

/**
 * One export: read any supported file, mix channels, resample, normalise, dither, encode, and
 * commit the file atomically. Memory stays flat in file length: every stage streams blocks, and
 * normalisation re-reads the source rather than keeping it.
 *
 * <p>Normalisation is the editor's: the settings become an edit list
 * ({@link ExportSettings#edits()}) that {@link Renderer} plans and streams, so {@code headroom
 * export} and {@code headroom edit} share one normaliser and one true-peak limiter.
 */
public final class Exporter {
    /** Frames per block while encoding. */
    private static final int BLOCK = 4096;

    private final ExportSettings settings;
    private final long ditherSeed;

    public Exporter(ExportSettings settings) {
        this(settings, System.nanoTime());
    }

    private Exporter(ExportSettings settings, long ditherSeed) {
        this.settings = settings;
        this.ditherSeed = ditherSeed;
    }

    /** The same export with a fixed dither seed, so the output is reproducible. */
    public Exporter withDitherSeed(long seed) {
        return new Exporter(settings, seed);
    }

    /**
     * @throws org.headroom.audio.AudioFileException when the source cannot be read as audio
     * @throws TargetIsSourceException when {@code target} is {@code source}
     * @throws ExportCancelledException when the monitor asked to stop; nothing is left under the target name
     */
    public ExportResult export(Path source, Path target, ExportTags tags, ExportMonitor monitor) throws IOException {
        refuseSelf(source, target);
        SourceFormat sourceFormat;
        try (AudioSource probe = AudioFiles.open(source)) {
            sourceFormat = probe.format();
        }
        SinkFormat format = settings.resolve(sourceFormat);
        boolean resample = format.sampleRate() != sourceFormat.sampleRate();
        boolean remix = format.channels() != sourceFormat.channels();
        SourceOpener converted = () -> convert(AudioFiles.open(source), format, resample, remix);
        List<String> notes = remix ? ChannelMixSource.notes(sourceFormat.channelRoles(), format.channels()) : List.of();
        EditList edits = settings.edits();
        boolean dither = needsDither(sourceFormat, format, resample || remix || !edits.edits().isEmpty());
        // without edits there is nothing to plan: the renderer would only re-read the source to count it
        Renderer.Rendering plan = edits.edits().isEmpty() ? null : Renderer.plan(converted, edits, passes(monitor));
        ExportTags finalTags = format.bwf() && tags.codingHistory().isEmpty() ? tags.withCodingHistory(codingHistory(format)) : tags;
        if (checksEncodedLoudness(format, plan)) {
            EncodedLoudness.Outcome o = EncodedLoudness.encode(plan, target,
                    (stream, file, stage) -> encode(stream, file, format, finalTags, dither, monitor, stage), passes(monitor));
            return new ExportResult(target, format, o.frames(), dither,
                    ExportResult.Normalisation.of(plan).encoded(o.encodedLufs(), o.correctionDb()), notes);
        }
        long frames;
        try (AudioSource stream = plan == null ? converted.open() : plan.open()) {
            frames = encode(stream, target, format, finalTags, dither, monitor, "writing");
        }
        return new ExportResult(target, format, frames, dither, plan == null ? null : ExportResult.Normalisation.of(plan), notes);
    }

    /** A lossy encode after loudness normalisation: the encoder may take loudness away, so read it back. */
    private static boolean checksEncodedLoudness(SinkFormat format, Renderer.Rendering plan) {
        return format.codec() == Codec.MP3 && plan != null && plan.timeline().normalise() instanceof Edit.NormaliseLoudness
                && Double.isFinite(plan.reachedLufs());
    }

    /** The renderer's measuring passes report to the monitor and stop when it cancels. */
    private static PassListener passes(ExportMonitor monitor) {
        return (stage, done, total) -> {
            if (monitor.isCancelled()) throw new ExportCancelledException();
            monitor.progress(stage, done, total);
        };
    }

    private long encode(AudioSource stream, Path target, SinkFormat format, ExportTags tags, boolean dither,
                        ExportMonitor monitor, String stage) throws IOException {
        AudioSink sink = AudioSinks.open(target, format, tags);
        boolean committed = false;
        try {
            TpdfDither d = dither ? new TpdfDither(format.bitsPerSample(), ditherSeed) : null;
            long total = stream.format().frames();
            float[][] block = new float[format.channels()][BLOCK];
            for (int n; (n = stream.read(block)) > 0; ) {
                if (monitor.isCancelled()) throw new ExportCancelledException();
                if (d != null) d.process(block, n);
                sink.write(block, n);
                monitor.progress(stage, sink.framesWritten(), total);
            }
            long frames = sink.framesWritten();
            sink.close();
            committed = true;
            return frames;
        } finally {
            if (!committed) sink.abort();
        }
    }

    private static AudioSource convert(AudioSource s, SinkFormat format, boolean resample, boolean remix) {
        AudioSource out = s;
        if (remix) out = new ChannelMixSource(out, format.channels());
        if (resample) out = new ResampledSource(out, format.sampleRate());
        return out;
    }

    /**
     * Dither when integer samples lose precision: after any processing, from float or lossy
     * sources, or from deeper PCM. A PCM source that already fits, left untouched, goes through
     * bit for bit.
     */
    static boolean needsDither(SourceFormat source, SinkFormat target, boolean processed) {
        if (!target.isIntegerPcm() || target.bitsPerSample() > 24) return false;
        boolean integerSource = !source.isLossy() && "PCM".equals(source.encoding()) || "FLAC".equals(source.encoding());
        Integer bits = source.validBits() != null ? source.validBits() : source.bitsPerSample();
        boolean fits = integerSource && bits != null && bits <= target.bitsPerSample();
        return processed || !fits;
    }

    static void refuseSelf(Path source, Path target) throws IOException {
        Path s = source.toAbsolutePath().normalize();
        Path t = target.toAbsolutePath().normalize();
        if (s.equals(t) || Files.exists(t) && Files.exists(s) && Files.isSameFile(s, t)) throw new TargetIsSourceException(target);
    }

    /** One line of BWF coding history (EBU R 98) for what we wrote. */
    static String codingHistory(SinkFormat f) {
        String mode = f.channels() == 1 ? "mono" : f.channels() == 2 ? "stereo" : "multitrack";
        return String.format(Locale.ROOT, "A=PCM,F=%d,W=%d,M=%s,T=Headroom export", f.sampleRate(), f.bitsPerSample(), mode);
    }
}
