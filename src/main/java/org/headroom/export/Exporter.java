package org.headroom.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.headroom.audio.AudioFiles;
import org.headroom.audio.AudioSource;
import org.headroom.audio.SourceFormat;

/**
 * One export: read any supported file, mix channels, resample, normalise (gain + true-peak
 * limiter), dither, encode, and commit the file atomically. Memory stays flat in file length:
 * every stage streams blocks, and normalisation re-reads the source rather than keeping it.
 */
public final class Exporter {
    private final ExportSettings settings;
    private final Normaliser normaliser;
    private final long ditherSeed;

    public Exporter(ExportSettings settings) {
        this(settings, settings.normaliser(), System.nanoTime());
    }

    private Exporter(ExportSettings settings, Normaliser normaliser, long ditherSeed) {
        this.settings = settings;
        this.normaliser = normaliser;
        this.ditherSeed = ditherSeed;
    }

    /** The same export with another loudness step (the editor's, say). */
    public Exporter withNormaliser(Normaliser other) {
        return new Exporter(settings, other, ditherSeed);
    }

    /** The same export with a fixed dither seed, so the output is reproducible. */
    public Exporter withDitherSeed(long seed) {
        return new Exporter(settings, normaliser, seed);
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
        StreamOpener converted = () -> convert(AudioFiles.open(source), format, resample, remix);
        boolean dither = needsDither(sourceFormat, format, resample || remix || normaliser != Normaliser.NONE);
        Normalised normalised = normaliser.apply(converted, monitor);
        ExportTags finalTags = format.bwf() && tags.codingHistory().isEmpty() ? tags.withCodingHistory(codingHistory(format)) : tags;
        long frames;
        try (AudioSource stream = normalised.stream()) {
            frames = encode(stream, target, format, finalTags, dither, monitor);
        }
        return new ExportResult(target, format, frames, dither, normalised.report());
    }

    private long encode(AudioSource stream, Path target, SinkFormat format, ExportTags tags, boolean dither,
                        ExportMonitor monitor) throws IOException {
        AudioSink sink = AudioSinks.open(target, format, tags);
        boolean committed = false;
        try {
            TpdfDither d = dither ? new TpdfDither(format.bitsPerSample(), ditherSeed) : null;
            long total = stream.format().frames();
            float[][] block = new float[format.channels()][Passes.BLOCK];
            for (int n; (n = stream.read(block)) > 0; ) {
                if (monitor.isCancelled()) throw new ExportCancelledException();
                if (d != null) d.process(block, n);
                sink.write(block, n);
                monitor.progress("writing", sink.framesWritten(), total);
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
