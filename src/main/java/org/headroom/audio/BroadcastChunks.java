package org.headroom.audio;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The bext (EBU Tech 3285, version 1) and iXML chunks of a Broadcast Wave file, for
 * {@link WavWriter}'s extra chunks: a recording carries both, built once when the take starts;
 * an export carries bext alone. bext holds ASCII in fixed fields, so a recording's full
 * scene/take/notes text (any language) also goes into iXML, which is UTF-8 and has no limits.
 * Version 1, not 2: version 2's loudness fields would have to be known before the audio is
 * written, and version 1 readers and writers agree on everything else.
 */
public final class BroadcastChunks {
    private static final int BEXT_VERSION = 1;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private BroadcastChunks() {
    }

    /** bext then iXML, each a whole chunk of even length. */
    static byte[] build(TakeInfo info, LocalDateTime start, int sampleRate, int channels, int bits) {
        TakeInfo withId = info.originatorReference().isEmpty() ? withReference(info, start) : info;
        long timeReference = samplesSinceMidnight(start, sampleRate);
        String history = "A=PCM,F=" + sampleRate + ",W=" + bits + ",M=" + mode(channels) + ",T=Headroom";
        byte[] bext = bext(withId.bextDescription(), withId.originator(), withId.originatorReference(), start, timeReference, history);
        byte[] ixml = chunk("iXML", ixml(withId, timeReference, sampleRate).getBytes(StandardCharsets.UTF_8));
        byte[] out = new byte[bext.length + ixml.length];
        System.arraycopy(bext, 0, out, 0, bext.length);
        System.arraycopy(ixml, 0, out, bext.length, ixml.length);
        return out;
    }

    /** A unique id in the spirit of EBU's USID: who, when to the second, and random digits. */
    private static TakeInfo withReference(TakeInfo info, LocalDateTime start) {
        String reference = "HDRM" + start.format(ID_TIME) + String.format("%09d", ThreadLocalRandom.current().nextInt(1_000_000_000));
        return new TakeInfo(info.description(), info.originator(), reference, info.scene(), info.take(), info.notes());
    }

    /** bext TimeReference: the first sample's time of day, counted in samples since midnight. */
    static long samplesSinceMidnight(LocalDateTime start, int sampleRate) {
        long nanos = start.toLocalTime().toNanoOfDay();
        return nanos / 1_000_000_000L * sampleRate + nanos % 1_000_000_000L * sampleRate / 1_000_000_000L;
    }

    /**
     * A whole bext chunk (id, size, body, pad byte). Text longer than its fixed field is cut, as
     * Tech 3285 fixes the sizes; non-ASCII becomes '?'.
     *
     * @param origination   OriginationDate and OriginationTime, or null to leave both empty
     * @param timeReference the first sample's time of day in samples since midnight
     * @param codingHistory lines of coding history, "" for none; each line ends in CR LF, as Tech 3285 asks
     */
    public static byte[] bext(String description, String originator, String originatorReference, LocalDateTime origination,
                              long timeReference, String codingHistory) {
        String history = codingHistory.isEmpty() ? "" : codingHistory.replace("\r\n", "\n").replace("\n", "\r\n") + "\r\n";
        byte[] historyBytes = ascii(history);
        byte[] b = new byte[BextChunk.FIXED_SIZE + historyBytes.length];
        putText(b, 0, 256, description);
        putText(b, 256, 32, originator);
        putText(b, 288, 32, originatorReference);
        if (origination != null) {
            putText(b, 320, 10, origination.format(DATE));
            putText(b, 330, 8, origination.format(TIME));
        }
        ByteFields.put64le(b, 338, timeReference);
        ByteFields.put16le(b, 346, BEXT_VERSION);
        // UMID (64 bytes) and the reserved bytes stay zero: no UMID is claimed.
        System.arraycopy(historyBytes, 0, b, BextChunk.FIXED_SIZE, historyBytes.length);
        return chunk("bext", b);
    }

    private static String mode(int channels) {
        return channels == 1 ? "mono" : channels == 2 ? "stereo" : "multichannel";
    }

    private static String ixml(TakeInfo info, long timeReference, int rate) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<BWFXML>\n"
                + "  <IXML_VERSION>1.61</IXML_VERSION>\n"
                + element("SCENE", info.scene()) + element("TAKE", info.take()) + element("NOTE", info.notes())
                + element("FILE_UID", info.originatorReference())
                + "  <SPEED>\n"
                + "    <TIMESTAMP_SAMPLE_RATE>" + rate + "</TIMESTAMP_SAMPLE_RATE>\n"
                + "    <TIMESTAMP_SAMPLES_SINCE_MIDNIGHT_HI>" + (timeReference >>> 32) + "</TIMESTAMP_SAMPLES_SINCE_MIDNIGHT_HI>\n"
                + "    <TIMESTAMP_SAMPLES_SINCE_MIDNIGHT_LO>" + (timeReference & 0xFFFFFFFFL) + "</TIMESTAMP_SAMPLES_SINCE_MIDNIGHT_LO>\n"
                + "  </SPEED>\n</BWFXML>\n";
    }

    private static String element(String name, String value) {
        return value.isEmpty() ? "" : "  <" + name + ">" + xmlEscape(value) + "</" + name + ">\n";
    }

    static String xmlEscape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** A fixed-width bext text field: ASCII (other characters become '?'), cut to the width, NUL-padded. */
    private static void putText(byte[] b, int at, int width, String text) {
        byte[] a = ascii(text);
        System.arraycopy(a, 0, b, at, Math.min(width, a.length));
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII); // unmappable characters become '?'
    }

    /** id, little-endian size, body, and the pad byte RIFF wants after an odd body. */
    private static byte[] chunk(String id, byte[] body) {
        byte[] c = new byte[8 + body.length + (body.length & 1)];
        ByteFields.putAscii(c, 0, id);
        ByteFields.put32le(c, 4, body.length);
        System.arraycopy(body, 0, c, 8, body.length);
        return c;
    }
}
