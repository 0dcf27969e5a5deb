package org.headroom.edit;

import static org.headroom.edit.EffectMeasures.RATE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.headroom.meter.Decibels;
import org.headroom.testsupport.TestSignals;
import org.junit.jupiter.api.Test;

/**
 * Declip on speech-like material driven 6 dB into full scale and clipped there (as a float file
 * holds it: flat tops at exactly ±1.0). Against the unclipped original, in the clipped samples,
 * the rebuilt output (divided by the gain declip says it applied) must be at least 6 dB nearer
 * than the clipped input (the target), and the output's peak must fit under full scale
 * with that gain being no lower than it needs to be.
 */
class DeclipTest {
    @Test
    void rebuildsClippedPeaks() throws IOException {
        float[] speech = TestSignals.speechLike(RATE, 6.0, -14, 41);
        double peak = 0;
        for (float v : speech) peak = Math.max(peak, Math.abs(v));
        float[] original = new float[speech.length];
        float[] clipped = new float[speech.length];
        double drive = Decibels.toAmplitude(6) / peak; // the peak 6 dB over full scale
        int clippedSamples = 0;
        for (int i = 0; i < speech.length; i++) {
            original[i] = (float) (speech[i] * drive);
            clipped[i] = Math.max(-1f, Math.min(1f, original[i]));
            if (Math.abs(original[i]) > 1f) clippedSamples++;
        }
        Renderer.Rendering plan = Renderer.plan(Rendered.memory(RATE, clipped), EditList.of(new Edit.Declip(5)));
        float[] out = Rendered.readAll(plan.open())[0];
        double gain = Decibels.toAmplitude(plan.declipGainDb());
        double inError = 0;
        double outError = 0;
        double outPeak = 0;
        for (int i = 0; i < out.length; i++) {
            outPeak = Math.max(outPeak, Math.abs(out[i]));
            if (Math.abs(original[i]) <= 1f) continue;
            inError += Math.pow(clipped[i] - original[i], 2);
            outError += Math.pow(out[i] / gain - original[i], 2);
        }
        double better = 10 * Math.log10(inError / outError);
        String figures = String.format("%d clipped samples; programme lowered %.2f dB; error %.1f dB under the clipped input's",
                clippedSamples, -plan.declipGainDb(), better);
        System.out.println("declip: " + figures + "; " + plan.notes());
        assertTrue(clippedSamples > 1000, "the material is clipped: " + figures);
        assertTrue(better >= 6, figures);
        assertTrue(plan.declipGainDb() < 0, "new peaks over full scale need the programme lowered: " + figures);
        assertEquals(1.0, outPeak, 1e-6, "lowered just enough for the highest rebuilt peak to reach full scale");
    }

    @Test
    void unclippedMaterialPassesUnchanged() throws IOException {
        float[] speech = TestSignals.speechLike(RATE, 2.0, -20, 42);
        Renderer.Rendering plan = Renderer.plan(Rendered.memory(RATE, speech), EditList.of(new Edit.Declip(5)));
        float[] out = Rendered.readAll(plan.open())[0];
        assertEquals(0.0, plan.declipGainDb(), 0.0);
        org.junit.jupiter.api.Assertions.assertArrayEquals(speech, out, 0f, "nothing clipped, nothing changed, sample for sample");
    }
}
