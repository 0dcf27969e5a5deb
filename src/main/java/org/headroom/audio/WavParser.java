package org.headroom.audio;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a RIFF/WAVE, BWF or RF64/BW64 header (by hand, not through javax.sound, whose SPI
 * misjudges extensible files) and finds the audio. Every size in the header is checked against
 * the real file length before it is used, so a lying header costs neither memory nor time.
 */
final class WavParser {
    static final int WAVE_FORMAT_PCM = 1;
    static final int WAVE_FORMAT_IEEE_FLOAT = 3;
    static final int WAVE_FORMAT_EXTENSIBLE = 0xFFFE;
    static final long UNKNOWN_SIZE = 0xFFFFFFFFL;
    static final int MAX_CHANNELS = 1024;
    static final int MAX_RATE = 10_000_000;
    /** The tail shared by the KSDATAFORMAT_SUBTYPE GUIDs: the first two bytes are the format tag. */
    static final byte[] GUID_TAIL = {0x00, 0x00, 0x00, 0x00, 0x10, 0x00, (byte) 0x80, 0x00, 0x00, (byte) 0xAA, 0x00, 0x38,
            (byte) 0x9B, 0x71};

    private final Path file;
    private final FileChannel ch;
    private final long fileLength;
    private final RiffHeaderWindow headers;
    private final List<ReadNotice> notices = new ArrayList<>();

    private byte[] fmt;
    private Map<String, String> metadata = new HashMap<>();
    private boolean hasBext;
    private long ds64Data = -1;
    private long dataStart = -1;
    private long declaredData = -1;

    private WavParser(Path file, FileChannel ch, long fileLength) {
        this.file = file;
        this.ch = ch;
        this.fileLength = fileLength;
        this.headers = new RiffHeaderWindow(ch);
    }

    static PcmLayout parse(Path file, FileChannel ch) throws IOException {
        return new WavParser(file, ch, ch.size()).parse();
    }

    private PcmLayout parse() throws IOException {
        byte[] head = FileBytes.read(ch, 0, 12);
        if (head.length < 12) throw fail("WAV header is truncated (shorter than 12 bytes)");
        boolean rf64 = ByteFields.is(head, 0, "RF64") || ByteFields.is(head, 0, "BW64");
        readChunks(rf64);
        if (fmt == null) throw fail("WAV header is truncated (no fmt chunk)");
        if (dataStart < 0) throw fail("WAV header is truncated (no data chunk)");
        WavFmt f = WavFmt.parse(file, fmt);
        String container = rf64 ? "RF64" : hasBext ? "BWF" : "WAV";
        long dataBytes = usableDataBytes(f.frameBytes(), notices, f.sampleRate());
        SourceFormat format = new SourceFormat(container, f.encoding().isFloat ? "IEEE float" : "PCM",
                f.sampleRate(), f.channels(), f.containerBits(), f.validBits(), dataBytes / f.frameBytes(),
                f.roles(), metadata, f.mask());
        return new PcmLayout(format, f.encoding(), dataStart, dataBytes, notices);
    }

    /**
     * Walks the chunks by position: every step moves forward by at least the 8-byte chunk header,
     * so any number of chunks is walked in time linear in the file's header bytes, with no count
     * limit (a count limit refused legal files with many padding chunks).
     */
    private void readChunks(boolean rf64) throws IOException {
        long pos = 12;
        while (pos + 8 <= fileLength) {
            byte[] h = headers.read(pos, 8);
            String id = ByteFields.fourcc(h, 0);
            long size = ByteFields.u32le(h, 4);
            long body = pos + 8;
            if (id.equals("data")) {
                dataStart = body;
                declaredData = size;
                if (rf64 && size == UNKNOWN_SIZE) declaredData = ds64Data;
                if (fmt == null || declaredData < 0 || declaredData > fileLength - body) return;
                // A trustworthy size: keep looking, bext or LIST may follow the audio.
                pos = body + declaredData + (declaredData & 1);
                continue;
            }
            if (size > fileLength - body) {
                if (dataStart >= 0 && fmt != null) return; // a damaged trailer after good audio does not matter
                throw fail("WAV header is truncated (" + id.trim() + " chunk cut off)");
            }
            readChunk(id, body, size);
            pos = body + size + (size & 1);
        }
    }

    private void readChunk(String id, long body, long size) throws IOException {
        switch (id) {
            case "fmt ":
                if (size < 16) throw fail("WAV header is damaged (fmt chunk is " + size + " bytes, needs 16)");
                fmt = FileBytes.read(ch, body, (int) Math.min(size, 64));
                break;
            case "ds64":
                if (size >= 24) ds64Data = ByteFields.s64le(FileBytes.read(ch, body, 24), 8);
                break;
            case "bext":
                int n = (int) Math.min(size, BextChunk.FIXED_SIZE + BextChunk.MAX_CODING_HISTORY);
                metadata.putAll(BextChunk.parse(FileBytes.read(ch, body, n)));
                hasBext = true;
                if (size < BextChunk.FIXED_SIZE) noteDamaged("bext", size + " bytes, shorter than the " + BextChunk.FIXED_SIZE + " its fixed fields take");
                break;
            case "iXML":
            case "LIST":
                byte[] bytes = FileBytes.read(ch, body, (int) Math.min(size, MetadataChunkCheck.MAX_CHECKED));
                String problem = MetadataChunkCheck.problem(id, bytes, size);
                if (problem != null) noteDamaged(id, problem);
                else if (id.equals("iXML")) metadata.putAll(IxmlChunk.parse(bytes));
                break;
            default:
                break; // JUNK, fact, cue...: not needed to read the audio
        }
    }

    /** Damaged metadata never costs the audio: the user is told, and what could be read is kept. */
    private void noteDamaged(String id, String problem) {
        notices.add(new ReadNotice("wav.metadata-damaged", "The file's " + id + " metadata chunk is damaged ("
                + problem + "); the audio was read in full, the metadata only in part."));
    }

    /**
     * The data size to read: what the header says, unless the header was never finished (size 0
     * or 0xFFFFFFFF with audio following, or more than the file holds), which is what a recorder
     * that crashed or lost power leaves behind. Then read what is really there, in whole frames.
     */
    private long usableDataBytes(int frameBytes, List<ReadNotice> notices, int rate) {
        long available = fileLength - dataStart;
        long wholeAvailable = available / frameBytes * frameBytes;
        boolean unfinished = declaredData < 0 || declaredData == UNKNOWN_SIZE
                || (declaredData == 0 && wholeAvailable > 0);
        if (!unfinished && declaredData <= available) return declaredData / frameBytes * frameBytes;
        String said = declaredData < 0 || declaredData == UNKNOWN_SIZE ? "an unknown size"
                : declaredData == 0 ? "0 bytes" : declaredData + " bytes, more than the file holds";
        long frames = wholeAvailable / frameBytes;
        notices.add(new ReadNotice("wav.data-size-repaired", String.format(
                "The WAV header was incomplete (its audio size said %s), as an interrupted recording leaves it; "
                        + "recovered %s of audio (%d frames) up to the end of the file.",
                said, Durations.describe((double) frames / rate), frames)));
        return wholeAvailable;
    }

    private AudioFileException fail(String reason) {
        return new AudioFileException(file, reason);
    }
}
