package org.headroom.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.headroom.analysis.AnalysisSettings;
import org.headroom.analysis.Analyzer;
import org.headroom.analysis.BlockPipeline;
import org.headroom.analysis.Report;
import org.headroom.audio.AudioSource;
import org.headroom.detect.FindingKind;
import org.junit.jupiter.api.Test;

/**
 * Which edits change the sound without moving it in time, and that analysing the source through
 * them tells the truth about an effect: a hum notch takes the hum finding away, which is what
 * the editor's findings list shows after Effect → Hum notch (issue 11, point 7).
 */
class SoundEditsTest {
    private static final int RATE = 48000;
    private static final long FRAMES = 10L * RATE;
    private static final Path DIALOGUE = Path.of("testdata", "dialogue-clipped-hum-48000-2-24.wav");

    @Test
    void keepsTheEditsThatLeaveEverySampleInPlace() {
        Edit notch = new Edit.HumNotch(50, 4, 30);
        Edit highPass = new Edit.HighPass(80, 4);
        Edit gain = new Edit.Gain(-3, 1.0, 2.0);
        Edit silence = new Edit.Silence(3, 4);
        Edit normalise = new Edit.NormalisePeak(-1, false);
        EditList list = EditList.of(new Edit.Cut(1, 2), notch, new Edit.Trim(0.5, 9), highPass, new Edit.Insert(5, 1, 2), gain,
                new Edit.Split(4), new Edit.FadeIn(1, FadeShape.LINEAR), new Edit.FadeOut(1, FadeShape.LINEAR), silence,
                new Edit.Crossfade(2, 20, FadeShape.LINEAR), normalise);
        assertEquals(List.of(notch, highPass, gain, silence, normalise), SoundEdits.of(list, RATE, FRAMES).edits(),
                "cuts, trims, inserts and splits move time; fades hang on the programme's ends; a crossfade needs a join");
    }

    @Test
    void aLayerIsMaterialLaidOverTheRecordingNotAChangeToHowItSounds() {
        Edit bed = new Edit.Layer(Path.of("bed.wav"), 0, 0, Double.NaN, -12, 0, 0, false, Double.NaN, Edit.Duck.DEFAULT);
        Edit notch = new Edit.HumNotch(50, 4, 30);
        assertEquals(List.of(notch), SoundEdits.of(EditList.of(bed, notch), RATE, FRAMES).edits(),
                "a bed under the voice is not background noise in the recording, so the findings do not hear it");
    }

    private static Report analyse(EditList edits) throws Exception {
        try (AudioSource s = Renderer.render(SourceOpener.file(DIALOGUE), edits)) {
            Analyzer a = new Analyzer(s.format(), new AnalysisSettings(3, -0.1, null, -1.0));
            long n = new BlockPipeline().run(s, a.consumers(), f -> { });
            return a.report(DIALOGUE.toString(), s.format().withFrames(n), null, List.of());
        }
    }

    @Test
    void theHumFindingGoesWhenTheSourceIsAnalysedThroughTheNotch() throws Exception {
        assertTrue(analyse(EditList.EMPTY).findings().stream().anyMatch(f -> f.kind() == FindingKind.HUM), "the take has hum at -52 dBFS");
        EditList edited = EditList.of(new Edit.Cut(7, 7.6), new Edit.HumNotch(50, 4, 30));
        EditList sound = SoundEdits.of(edited, RATE, 471_484);
        assertEquals(List.of(new Edit.HumNotch(50, 4, 30)), sound.edits());
        Report after = analyse(sound);
        assertFalse(after.findings().stream().anyMatch(f -> f.kind() == FindingKind.HUM), "the notch removed it: " + after.findings());
        assertEquals(471_484L, after.format().frames(), "still on the source's timeline, for the cuts to place the findings");
    }
}
