package org.headroom.analysis.soundreport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.headroom.audio.BroadcastChunks;
import org.headroom.audio.WavWriter;
import org.headroom.testsupport.TestSignals;

/**
 * Takes written the way field recorders write their metadata, built here from the published
 * layouts (EBU Tech 3285 bext, the iXML specification's BWFXML elements, and each maker's
 * {@code xKEY=value} lines in the bext Description), with our own values. The audio is a short
 * speech-like signal so the analysis has something to measure.
 */
final class RecorderTakes {
    static final int RATE = 48_000;
    /** 10:00:00:00 at 48 kHz: the time reference every fixture starts at unless it says otherwise. */
    static final long TEN_OCLOCK = 10L * 3600 * RATE;

    private RecorderTakes() {
    }

    /**
     * A Sound Devices-style polyphonic take: bext Description lines with the {@code s} prefix and a
     * full iXML (23.976 non-drop, three named tracks, circled), which wins where both speak.
     */
    static Path soundDevices(Path dir, String name, String scene, String take, long timeReference) throws IOException {
        String description = "sSPEED=023.976-ND\r\nsTAKE=" + take + "\r\nsUBITS=26120700\r\nsSWVER=10.90\r\nsPROJECT=Harbour Lights\r\n"
                + "sSCENE=" + scene + "\r\nsFILENAME=" + name + "\r\nsTAPE=DAY07\r\nsTRK1=Mix\r\nsTRK2=Boom\r\nsTRK3=Lav Anna\r\n"
                + "sNOTE=bext note\r\n";
        String ixml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<BWFXML>\n<IXML_VERSION>2.10</IXML_VERSION>\n"
                + "<PROJECT>Harbour Lights</PROJECT>\n<SCENE>" + scene + "</SCENE>\n<TAKE>" + take + "</TAKE>\n<TAPE>DAY07</TAPE>\n"
                + "<CIRCLED>TRUE</CIRCLED>\n<NOTE>Plane overhead at the end; café scene</NOTE>\n<FILE_UID>SDV" + take + "</FILE_UID>\n"
                + "<UBITS>26120700</UBITS>\n"
                + "<SPEED>\n<NOTE>camera overcrank 0.000</NOTE>\n<MASTER_SPEED>24000/1001</MASTER_SPEED>\n"
                + "<CURRENT_SPEED>24000/1001</CURRENT_SPEED>\n<TIMECODE_RATE>24000/1001</TIMECODE_RATE>\n<TIMECODE_FLAG>NDF</TIMECODE_FLAG>\n"
                + "<FILE_SAMPLE_RATE>48000</FILE_SAMPLE_RATE>\n<AUDIO_BIT_DEPTH>24</AUDIO_BIT_DEPTH>\n"
                + "<TIMESTAMP_SAMPLE_RATE>48000</TIMESTAMP_SAMPLE_RATE>\n"
                + "<TIMESTAMP_SAMPLES_SINCE_MIDNIGHT_HI>" + (timeReference >>> 32) + "</TIMESTAMP_SAMPLES_SINCE_MIDNIGHT_HI>\n"
                + "<TIMESTAMP_SAMPLES_SINCE_MIDNIGHT_LO>" + (timeReference & 0xFFFFFFFFL) + "</TIMESTAMP_SAMPLES_SINCE_MIDNIGHT_LO>\n"
                + "</SPEED>\n<TRACK_LIST>\n<TRACK_COUNT>3</TRACK_COUNT>\n"
                + track(1, "Mix", "MIX") + track(2, "Boom", "") + track(3, "Lav Anna", "")
                + "</TRACK_LIST>\n<HISTORY><ORIGINAL_FILENAME>" + name + "</ORIGINAL_FILENAME></HISTORY>\n</BWFXML>\n";
        return write(dir.resolve(name), 3, bext(description, "SOUND DEVICES", timeReference), ixml(ixml));
    }

    /** A Zoom F-series-style take with bext only: {@code z} prefix lines, 29.97 drop-frame, two tracks, circled. */
    static Path zoom(Path dir, String name, String scene, String take, long timeReference) throws IOException {
        String description = "zSPEED=29.970DF\r\nzTAKE=" + take + "\r\nzUBITS=00000000\r\nzSCENE=" + scene + "\r\nzTAPE=F8N-CARD2\r\n"
                + "zCIRCLED=TRUE\r\nzTRK1=Lav Ben\r\nzTRK2=Lav Cleo\r\nzNOTE=door slam at 0:03\r\n";
        return write(dir.resolve(name), 2, bext(description, "ZOOM F8n", timeReference));
    }

    /**
     * A Tascam-style take: free text in bext, everything else in iXML at 25 fps, with the track
     * list written out of channel order (CHANNEL_INDEX says which is which) and marked wild.
     */
    static Path tascam(Path dir, String name, String scene, String take, long timeReference) throws IOException {
        String ixml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n<BWFXML>\r\n<IXML_VERSION>1.5</IXML_VERSION>\r\n"
                + "<PROJECT>Ferry</PROJECT>\r\n<SCENE>" + scene + "</SCENE>\r\n<TAKE>" + take + "</TAKE>\r\n<TAPE>TC-01</TAPE>\r\n"
                + "<CIRCLED>FALSE</CIRCLED>\r\n<WILD_TRACK>TRUE</WILD_TRACK>\r\n<NOTE>room tone</NOTE>\r\n"
                + "<SPEED>\r\n<MASTER_SPEED>25/1</MASTER_SPEED>\r\n<CURRENT_SPEED>25/1</CURRENT_SPEED>\r\n<TIMECODE_RATE>25/1</TIMECODE_RATE>\r\n"
                + "<TIMECODE_FLAG>NDF</TIMECODE_FLAG>\r\n</SPEED>\r\n<TRACK_LIST>\r\n<TRACK_COUNT>2</TRACK_COUNT>\r\n"
                + track(2, "Plant", "") + track(1, "Boom", "") + "</TRACK_LIST>\r\n</BWFXML>\r\n";
        byte[] bext = bext("HS-P82 take", "TASCAM", timeReference);
        // recorders pad iXML with spaces to leave room for later edits
        return write(dir.resolve(name), 2, bext, ixml(ixml + " ".repeat(301)));
    }

    static String track(int channel, String name, String function) {
        return "<TRACK>\n<CHANNEL_INDEX>" + channel + "</CHANNEL_INDEX>\n<INTERLEAVE_INDEX>" + channel + "</INTERLEAVE_INDEX>\n<NAME>"
                + name + "</NAME>\n" + (function.isEmpty() ? "" : "<FUNCTION>" + function + "</FUNCTION>\n") + "</TRACK>\n";
    }

    static byte[] bext(String description, String originator, long timeReference) {
        return BroadcastChunks.bext(description, originator, "REF" + timeReference, LocalDateTime.of(2026, 12, 7, 10, 0), timeReference, "A=PCM,F=48000,W=24");
    }

    static byte[] ixml(String xml) {
        byte[] body = xml.getBytes(StandardCharsets.UTF_8);
        byte[] c = new byte[8 + body.length + (body.length & 1)];
        c[0] = 'i';
        c[1] = 'X';
        c[2] = 'M';
        c[3] = 'L';
        c[4] = (byte) body.length;
        c[5] = (byte) (body.length >>> 8);
        c[6] = (byte) (body.length >>> 16);
        c[7] = (byte) (body.length >>> 24);
        System.arraycopy(body, 0, c, 8, body.length);
        return c;
    }

    /** Two seconds of speech-like audio on every channel, behind the given chunks. */
    static Path write(Path target, int channels, byte[]... chunks) throws IOException {
        int total = 0;
        for (byte[] c : chunks) total += c.length;
        byte[] all = new byte[total];
        int at = 0;
        for (byte[] c : chunks) {
            System.arraycopy(c, 0, all, at, c.length);
            at += c.length;
        }
        float[] speech = TestSignals.speechLike(RATE, 2.0, 7);
        float[][] block = TestSignals.channels(speech, channels);
        try (WavWriter w = WavWriter.create(target, RATE, channels, WavWriter.SampleFormat.PCM_24, all)) {
            w.write(block, block[0].length);
        }
        return target;
    }
}
