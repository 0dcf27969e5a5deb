package org.headroom.analysis.soundreport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.headroom.audio.Recorder;
import org.headroom.audio.TakeInfo;
import org.headroom.audio.WavWriter;
import org.headroom.testsupport.TestSignals;

/** A card as a shooting day leaves it, for the report's tests: takes of every recorder, and what else lies on a card. */
public final class ReportFixtures {
    /** Takes on the card: seven readable, one damaged. */
    public static final int TAKES = 8;

    private ReportFixtures() {
    }

    public static Path card(Path card) throws IOException {
        Files.createDirectories(card.resolve("SUB"));
        RecorderTakes.soundDevices(card, "12A_T03.WAV", "12A", "3", 864_000L * 2002);
        RecorderTakes.soundDevices(card.resolve("SUB"), "12A_T01.WAV", "12A", "1", 863_000L * 2002);
        RecorderTakes.soundDevices(card, "2_T01.WAV", "2", "1", 800_000L * 2002);
        RecorderTakes.zoom(card, "INT_KITCHEN-T007.WAV", "INT KITCHEN", "007", 172_799_828L);
        clippedTascam(card.resolve("T0042.WAV"));
        headroomUnfinished(card.resolve("SC9_T01.WAV"));
        Files.writeString(card.resolve("broken.WAV"), "junk that is not audio");
        Files.writeString(card.resolve("._12A_T03.WAV"), "macOS resource fork"); // hidden: not a take
        Files.writeString(card.resolve("SOUND_REPORT.CSV"), "the recorder's own report");
        Files.createDirectories(card.resolve(".Trashes"));
        Files.writeString(card.resolve(".Trashes/old.wav"), "deleted");
        return card;
    }

    /** 13:30:15:12 at 25 fps, full-scale square for 10 ms at exactly 1.000 s: a clip the report must place at 13:30:16:12. */
    static Path clippedTascam(Path target) throws IOException {
        long reference = ((13 * 3600 + 30 * 60 + 15) * 25L + 12) * 1920;
        Path tmp = RecorderTakes.tascam(target.getParent(), target.getFileName() + ".src", "31", "4", reference);
        Files.delete(tmp);
        float[] speech = TestSignals.speechLike(RecorderTakes.RATE, 2.0, 11);
        for (int i = 48_000; i < 48_480; i++) speech[i] = (i / 24) % 2 == 0 ? 1f : -1f;
        byte[] bext = RecorderTakes.bext("HS-P82 take", "TASCAM", reference);
        byte[] ixml = RecorderTakes.ixml("<?xml version=\"1.0\"?><BWFXML><SCENE>31</SCENE><TAKE>4</TAKE>"
                + "<SPEED><TIMECODE_RATE>25/1</TIMECODE_RATE><TIMECODE_FLAG>NDF</TIMECODE_FLAG></SPEED></BWFXML>");
        byte[] chunks = new byte[bext.length + ixml.length];
        System.arraycopy(bext, 0, chunks, 0, bext.length);
        System.arraycopy(ixml, 0, chunks, bext.length, ixml.length);
        try (WavWriter w = WavWriter.create(target, RecorderTakes.RATE, 1, WavWriter.SampleFormat.PCM_24, chunks)) {
            w.write(new float[][] {speech}, speech.length);
        }
        return target;
    }

    /** A Headroom recording left as NAME.wav.recording (the program died before the rename), no scene typed. */
    static void headroomUnfinished(Path target) throws IOException {
        Path scratch = target.resolveSibling("scratch-" + target.getFileName());
        try (Recorder r = Recorder.start(scratch, 48_000, 1, WavWriter.SampleFormat.PCM_24,
                new TakeInfo("", "Headroom", "", "9", "1", ""), LocalDateTime.of(2026, 12, 7, 11, 0), 10, 0.5)) {
            float[] speech = TestSignals.speechLike(48_000, 2.0, 5);
            r.offer(new float[][] {speech}, speech.length);
        }
        Files.move(scratch, Recorder.inProgressFile(target));
        Path noScene = target.resolveSibling("WILD_01.WAV");
        float[] s = TestSignals.speechLike(48_000, 2.0, 9);
        WavWriter.write(noScene, 48_000, WavWriter.SampleFormat.PCM_24, new float[][] {s});
    }
}
