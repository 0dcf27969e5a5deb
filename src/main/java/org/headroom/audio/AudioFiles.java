package org.headroom.audio;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Opens audio files. The reader is chosen from the file's first bytes, never from its name: a
 * ".wav" that is really an MP3 is read as an MP3, and a text file gets a clear error.
 */
public final class AudioFiles {
    /**
     * The lowest sample rate Headroom reads: 8 kHz, telephone and radio-link audio and the lowest
     * rate of any format it reads (MPEG-2.5 layer III). Below it the loudness weighting's 1.7 kHz
     * shelf (ITU-R BS.1770) and the speech band the detectors look at no longer fit under the
     * Nyquist frequency, so no figure would mean anything. A header claiming 1 or 7 Hz is damaged.
     */
    public static final int MIN_SAMPLE_RATE = 8000;

    private AudioFiles() {
    }

    /**
     * Opens {@code file} as an {@link AudioSource}: WAV, BWF, RF64/BW64, AIFF, AIFF-C, FLAC, MP3 or
     * Ogg Vorbis. The caller closes the source.
     *
     * @throws AudioFileException with a one-line reason starting with the file name when the file
     *         is missing, not audio, damaged or of an unsupported kind
     */
    public static AudioSource open(Path file) throws AudioFileException {
        try {
            return openChecked(file);
        } catch (AudioFileException e) {
            throw e;
        } catch (NoSuchFileException e) {
            throw new AudioFileException(file, "file not found", e);
        } catch (AccessDeniedException e) {
            throw new AudioFileException(file, "cannot be read (permission denied)", e);
        } catch (IOException e) {
            throw new AudioFileException(file, "cannot be read (" + e.getMessage() + ")", e);
        } catch (RuntimeException e) {
            // a decoder library tripping over damaged data must not reach the user as a stack trace
            throw new AudioFileException(file, "damaged or unreadable audio (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    private static AudioSource openChecked(Path file) throws IOException {
        if (Files.isDirectory(file)) throw new AudioFileException(file, "is a directory");
        if (!Files.exists(file)) throw new AudioFileException(file, "file not found");
        if (!Files.isRegularFile(file)) throw new AudioFileException(file, "is not a regular file");
        FileChannel ch = FileChannel.open(file, StandardOpenOption.READ);
        boolean handedOver = false;
        try {
            long size = ch.size();
            if (size == 0) throw new AudioFileException(file, "file is empty");
            byte[] head = FileBytes.read(ch, 0, 12);
            AudioSource source = openByMagic(file, ch, head, size);
            int rate = source.format().sampleRate();
            if (rate < MIN_SAMPLE_RATE) {
                source.close();
                throw new AudioFileException(file, "sample rate " + rate + " Hz is below the lowest Headroom can measure, "
                        + MIN_SAMPLE_RATE + " Hz (the loudness weighting and speech detectors need at least that); "
                        + "the header is probably damaged");
            }
            handedOver = true;
            return source;
        } finally {
            if (!handedOver) ch.close();
        }
    }

    private static AudioSource openByMagic(Path file, FileChannel ch, byte[] head, long size) throws IOException {
        if (ByteFields.is(head, 0, "RIFF") || ByteFields.is(head, 0, "RF64") || ByteFields.is(head, 0, "BW64")) {
            if (head.length < 12) throw new AudioFileException(file, "WAV header is truncated (shorter than 12 bytes)");
            if (!ByteFields.is(head, 8, "WAVE")) {
                throw new AudioFileException(file, "not a WAV file (RIFF type '" + ByteFields.fourcc(head, 8) + "')");
            }
            return new PcmFileSource(file, ch, WavParser.parse(file, ch));
        }
        if (ByteFields.is(head, 0, "FORM")) {
            if (head.length < 12) throw new AudioFileException(file, "AIFF header is truncated (shorter than 12 bytes)");
            if (!ByteFields.is(head, 8, "AIFF") && !ByteFields.is(head, 8, "AIFC")) {
                throw new AudioFileException(file, "not an AIFF file (IFF type '" + ByteFields.fourcc(head, 8) + "')");
            }
            return new PcmFileSource(file, ch, AiffParser.parse(file, ch));
        }
        if (ByteFields.is(head, 0, "fLaC")) return FlacSource.open(file, ch, 0);
        if (ByteFields.is(head, 0, "OggS")) return VorbisSource.open(file, ch);
        if (ByteFields.is(head, 0, "ID3")) {
            long afterTag = Mp3Tags.skipId3v2(ch, 0);
            byte[] next = FileBytes.read(ch, afterTag, 4);
            if (ByteFields.is(next, 0, "fLaC")) return FlacSource.open(file, ch, afterTag);
            return Mp3Source.open(file, ch);
        }
        if (Mp3Tags.isFrameHeader(head, 0)) return Mp3Source.open(file, ch);
        throw new AudioFileException(file, notAudio(head));
    }

    /** Why a file is not audio, naming a few common look-alikes so the user knows what they have. */
    static String notAudio(byte[] h) {
        if (h.length < 4) return "not an audio file (only " + h.length + " bytes long)";
        if ((h[0] & 0xff) == 0x89 && ByteFields.is(h, 1, "PNG")) return "not an audio file (a PNG image)";
        if (ByteFields.is(h, 0, "%PDF")) return "not an audio file (a PDF document)";
        if (h[0] == 'P' && h[1] == 'K' && h[2] == 3 && h[3] == 4) return "not an audio file (a ZIP archive)";
        if (h.length >= 8 && ByteFields.is(h, 4, "ftyp")) return "MP4/M4A audio is not supported yet";
        if (ByteFields.is(h, 0, "caff")) return "Core Audio (CAF) files are not supported yet";
        if ((h[0] & 0xff) == 0x1A && (h[1] & 0xff) == 0x45 && (h[2] & 0xff) == 0xDF && (h[3] & 0xff) == 0xA3) {
            return "Matroska/WebM files are not supported yet";
        }
        boolean printable = true;
        for (int i = 0; i < 4; i++) printable &= h[i] >= 0x20 && h[i] < 0x7f;
        if (printable) return "not an audio file (starts with '" + new String(h, 0, 4, java.nio.charset.StandardCharsets.US_ASCII) + "')";
        return String.format("not an audio file (starts with bytes %02X %02X %02X %02X)", h[0], h[1], h[2], h[3]);
    }
}
