package org.headroom.audio;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads an AIFF or AIFF-C header (Apple's Audio IFF 1.3 and the AIFF-C draft): big-endian
 * chunks, an 80-bit extended sample rate, and the SSND chunk's offset before the samples.
 */
final class AiffParser {
    private AiffParser() {
    }

    static PcmLayout parse(Path file, FileChannel ch) throws IOException {
        long fileLength = ch.size();
        boolean aifc = ByteFields.is(FileBytes.read(ch, 8, 4), 0, "AIFC");
        byte[] comm = null;
        long ssndBody = -1, ssndSize = -1;
        long pos = 12;
        // walked by position, like WavParser: any number of chunks, linear time, one window of memory
        RiffHeaderWindow headers = new RiffHeaderWindow(ch);
        while (pos + 8 <= fileLength) {
            byte[] h = headers.read(pos, 8);
            String id = ByteFields.fourcc(h, 0);
            long size = ByteFields.u32be(h, 4);
            long body = pos + 8;
            if (id.equals("SSND")) {
                ssndBody = body;
                ssndSize = size;
                if (size > fileLength - body) break; // cut short: the samples run to the end of the file
            } else if (id.equals("COMM")) {
                if (size < 18 || size > fileLength - body) throw new AudioFileException(file, "AIFF header is truncated (COMM chunk cut off)");
                comm = FileBytes.read(ch, body, (int) Math.min(size, 256));
            }
            pos = body + size + (size & 1);
        }
        if (comm == null) throw new AudioFileException(file, "AIFF header is truncated (no COMM chunk)");
        if (ssndBody < 0 || ssndBody + 8 > fileLength) throw new AudioFileException(file, "AIFF header is truncated (no SSND chunk)");
        return layout(file, ch, aifc, comm, ssndBody, ssndSize, fileLength);
    }

    private static PcmLayout layout(Path file, FileChannel ch, boolean aifc, byte[] comm, long ssndBody, long ssndSize,
                                    long fileLength) throws IOException {
        int channels = ByteFields.s16be(comm, 0);
        long frames = ByteFields.u32be(comm, 2);
        int bits = ByteFields.s16be(comm, 6);
        double rate = ByteFields.extended80(comm, 8);
        String compression = aifc && comm.length >= 22 ? ByteFields.fourcc(comm, 18) : "NONE";
        if (channels < 1 || channels > WavParser.MAX_CHANNELS) throw new AudioFileException(file, "AIFF header is damaged (" + channels + " channels)");
        if (!(rate >= 1 && rate <= WavParser.MAX_RATE)) throw new AudioFileException(file, "AIFF header is damaged (sample rate " + rate + ")");
        if (bits < 1 || bits > 64) throw new AudioFileException(file, "AIFF header is damaged (" + bits + "-bit samples)");
        PcmEncoding enc = encoding(file, compression, bits);
        long offset = ByteFields.u32be(FileBytes.read(ch, ssndBody, 4), 0);
        long dataStart = ssndBody + 8 + offset;
        if (dataStart > fileLength) throw new AudioFileException(file, "AIFF header is damaged (SSND offset past the end of the file)");
        int frameBytes = enc.bytes * channels;
        long inChunk = Math.max(0, Math.min(ssndSize - 8 - offset, fileLength - dataStart));
        long available = inChunk / frameBytes;
        List<ReadNotice> notices = new ArrayList<>();
        if (available < frames) {
            notices.add(new ReadNotice("aiff.data-truncated", String.format(
                    "The AIFF header promises %d frames but the file holds only %d; it was cut short, "
                            + "so %s of audio was recovered.", frames, available, Durations.describe(available / rate))));
            frames = available;
        }
        int sampleRate = (int) Math.round(rate);
        SourceFormat format = new SourceFormat(aifc ? "AIFF-C" : "AIFF", enc.isFloat ? "IEEE float" : "PCM", sampleRate,
                channels, enc.bytes * 8, enc.isFloat ? enc.bytes * 8 : Math.min(bits, enc.bytes * 8), frames,
                ChannelRole.defaultLayout(channels), Map.of());
        return new PcmLayout(format, enc, dataStart, frames * frameBytes, notices);
    }

    private static PcmEncoding encoding(Path file, String compression, int bits) throws AudioFileException {
        int bytes = (bits + 7) / 8;
        switch (compression) {
            case "NONE":
            case "twos":
                return pick(file, bytes, PcmEncoding.S8, PcmEncoding.S16BE, PcmEncoding.S24BE, PcmEncoding.S32BE);
            case "sowt":
                return pick(file, bytes, PcmEncoding.S8, PcmEncoding.S16LE, PcmEncoding.S24LE, PcmEncoding.S32LE);
            case "fl32":
            case "FL32":
                return PcmEncoding.F32BE;
            case "fl64":
            case "FL64":
                return PcmEncoding.F64BE;
            default:
                throw new AudioFileException(file, "unsupported AIFF-C compression '" + compression + "'");
        }
    }

    private static PcmEncoding pick(Path file, int bytes, PcmEncoding... byWidth) throws AudioFileException {
        if (bytes < 1 || bytes > 4) throw new AudioFileException(file, "unsupported AIFF sample size (" + bytes * 8 + " bits)");
        return byWidth[bytes - 1];
    }
}
