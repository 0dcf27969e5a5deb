package org.headroom.audio;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds takes a crash or power cut left unfinished ({@code NAME.wav.recording}, see
 * {@link Recorder}) and finishes them: the header's sizes are set to the audio really in the
 * file, in whole frames (which is usually more than the last header refresh covered), the file
 * becomes RF64 if it passed 4 GiB since then, and it is renamed to {@code NAME.wav}. Headroom
 * runs this when it starts recording into a folder, as a field recorder does at power-on.
 */
public final class RecordingRepair {
    /** Our headers have five chunks before the audio; dozens means this is not a take of ours. */
    private static final int MAX_CHUNKS = 64;

    /**
     * What happened to one unfinished take.
     *
     * @param unfinished    the {@code .recording} file found
     * @param repaired      the playable file it became, or null when it could not be repaired
     * @param frames        frames of audio recovered
     * @param headerFrames  frames the header covered before the repair (what a plain reader saw)
     * @param seconds       frames / rate
     * @param message       one line for the user
     */
    public record Result(Path unfinished, Path repaired, long frames, long headerFrames, double seconds, String message) {
        public boolean ok() {
            return repaired != null;
        }
    }

    private RecordingRepair() {
    }

    /** Unfinished takes in {@code dir}, by name; none if the folder does not exist. */
    public static List<Path> findUnfinished(Path dir) throws IOException {
        List<Path> found = new ArrayList<>();
        if (!Files.isDirectory(dir)) return found;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + Recorder.IN_PROGRESS_SUFFIX)) {
            for (Path f : files) if (Files.isRegularFile(f)) found.add(f);
        }
        found.sort(null);
        return found;
    }

    /** Repairs every unfinished take in {@code dir}; one that cannot be repaired is left as it is and says why. */
    public static List<Result> repairAll(Path dir) throws IOException {
        List<Result> results = new ArrayList<>();
        for (Path f : findUnfinished(dir)) results.add(repairOrExplain(f));
        return results;
    }

    private static Result repairOrExplain(Path file) {
        try {
            return repair(file);
        } catch (IOException e) {
            return new Result(file, null, 0, 0, 0, file.getFileName() + ": could not be repaired (" + e.getMessage() + "); left as it is");
        }
    }

    /** Finishes one unfinished take and renames it; the final name gets "-recovered" if a file already has it. */
    public static Result repair(Path file) throws IOException {
        Fixed fixed;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            fixed = fixHeader(file, ch);
            ch.force(true);
        }
        Path target = finalName(file);
        try {
            Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(file, target);
        }
        double seconds = (double) fixed.frames / fixed.rate;
        String message = String.format(java.util.Locale.ROOT,
                "recovered %s from an unfinished recording: %s of audio (%d frames)", target.getFileName(),
                Durations.describe(seconds), fixed.frames);
        return new Result(file, target, fixed.frames, fixed.headerFrames, seconds, message);
    }

    private static Path finalName(Path file) {
        String name = file.getFileName().toString();
        String base = name.substring(0, name.length() - Recorder.IN_PROGRESS_SUFFIX.length());
        Path target = file.resolveSibling(base);
        if (!Files.exists(target)) return target;
        String stem = base.toLowerCase(java.util.Locale.ROOT).endsWith(".wav") ? base.substring(0, base.length() - 4) : base;
        for (int n = 1; ; n++) {
            Path candidate = file.resolveSibling(stem + "-recovered" + (n == 1 ? "" : "-" + n) + ".wav");
            if (!Files.exists(candidate)) return candidate;
        }
    }

    private record Fixed(long frames, long headerFrames, int rate) {
    }

    /** Where the header's fields are, found by walking the chunks up to the audio. */
    private static final class Layout {
        long sizeSlot = -1;  // the JUNK or ds64 chunk right after WAVE
        boolean hasDs64;
        long factAt = -1;
        long dataAt = -1;
        int blockAlign;
        int rate;
        long declaredData;
    }

    private static Fixed fixHeader(Path file, FileChannel ch) throws IOException {
        Layout l = walk(file, ch);
        long dataStart = l.dataAt + 8;
        long available = ch.size() - dataStart;
        long dataBytes = Math.max(0, available) / l.blockAlign * l.blockAlign;
        long headerFrames = (l.declaredData == WavParser.UNKNOWN_SIZE && l.hasDs64 ? ds64Data(ch, l) : l.declaredData)
                / l.blockAlign;
        ch.truncate(dataStart + dataBytes); // a half-written last frame is noise, not audio
        if ((dataBytes & 1) == 1) ch.write(ByteBuffer.wrap(new byte[1]), dataStart + dataBytes);
        long riffSize = dataStart + dataBytes + (dataBytes & 1) - 8;
        long frames = dataBytes / l.blockAlign;
        boolean rf64 = riffSize > WavHeader.RIFF_LIMIT || l.hasDs64;
        if (rf64) {
            if (l.sizeSlot < 0) throw new AudioFileException(file, "past 4 GiB with no room for an RF64 header");
            byte[] ds64 = new byte[36];
            ByteFields.putAscii(ds64, 0, "ds64");
            ByteFields.put32le(ds64, 4, 28);
            ByteFields.put64le(ds64, 8, riffSize);
            ByteFields.put64le(ds64, 16, dataBytes);
            ByteFields.put64le(ds64, 24, frames);
            put(ch, l.sizeSlot, ds64);
        }
        byte[] riff = new byte[8];
        ByteFields.putAscii(riff, 0, rf64 ? "RF64" : "RIFF");
        ByteFields.put32le(riff, 4, rf64 ? WavHeader.RIFF_LIMIT : riffSize);
        put(ch, 0, riff);
        byte[] size = new byte[4];
        ByteFields.put32le(size, 0, rf64 ? WavHeader.RIFF_LIMIT : dataBytes);
        put(ch, l.dataAt + 4, size);
        if (l.factAt >= 0) {
            ByteFields.put32le(size, 0, Math.min(frames, WavHeader.RIFF_LIMIT));
            put(ch, l.factAt + 8, size);
        }
        return new Fixed(frames, headerFrames, l.rate);
    }

    private static Layout walk(Path file, FileChannel ch) throws IOException {
        byte[] head = FileBytes.read(ch, 0, 12);
        if (head.length < 12 || !(ByteFields.is(head, 0, "RIFF") || ByteFields.is(head, 0, "RF64"))
                || !ByteFields.is(head, 8, "WAVE")) {
            throw new AudioFileException(file, "no WAV header (the recording stopped before it began)");
        }
        Layout l = new Layout();
        long pos = 12;
        for (int n = 0; n < MAX_CHUNKS && pos + 8 <= ch.size(); n++) {
            byte[] h = FileBytes.read(ch, pos, 8);
            String id = ByteFields.fourcc(h, 0);
            long size = ByteFields.u32le(h, 4);
            if (pos == 12 && (id.equals("JUNK") || id.equals("ds64")) && size >= 28) {
                l.sizeSlot = pos;
                l.hasDs64 = id.equals("ds64");
            } else if (id.equals("fmt ") && size >= 16) {
                byte[] fmt = FileBytes.read(ch, pos + 8, 16);
                if (fmt.length == 16) {
                    l.rate = (int) ByteFields.u32le(fmt, 4);
                    l.blockAlign = ByteFields.u16le(fmt, 12);
                }
            } else if (id.equals("fact")) {
                l.factAt = pos;
            } else if (id.equals("data")) {
                l.dataAt = pos;
                l.declaredData = size;
                break; // the audio runs to the end of the file; whatever its size field says is stale
            }
            pos += 8 + size + (size & 1);
        }
        if (l.dataAt < 0 || l.blockAlign <= 0 || l.rate <= 0) {
            throw new AudioFileException(file, "WAV header incomplete (no fmt or data chunk)");
        }
        return l;
    }

    private static long ds64Data(FileChannel ch, Layout l) throws IOException {
        return ByteFields.s64le(FileBytes.read(ch, l.sizeSlot + 16, 8), 0);
    }

    private static void put(FileChannel ch, long at, byte[] bytes) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        while (b.hasRemaining()) ch.write(b, at + b.position());
    }
}
