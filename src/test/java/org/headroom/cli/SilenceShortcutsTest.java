package org.headroom.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import org.headroom.audio.WavWriter;
import org.headroom.dsp.Silence;
import org.headroom.meter.LoudnessMeter;
import org.headroom.meter.SampleStatsMeter;
import org.headroom.testsupport.TestSignals;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The digital-silence shortcuts ({@link Silence}) are exact: a file with long silent stretches
 * between programme gives a byte-identical {@code analyze --json} report with them and without
 * them. The programme is chosen so that every shortcut both fires and is refused somewhere:
 * silence that starts while the loudness filters still ring, silence long enough for their state
 * to be flushed to zero, one channel silent while the other plays, a clipped burst ending at the
 * edge of silence, hum for the decimated low band.
 */
class SilenceShortcutsTest {
    private static final int RATE = 48000;

    @TempDir
    Path dir;

    @AfterEach
    void shortcutsBackOn() {
        Silence.enable(true);
    }

    @ParameterizedTest
    @EnumSource(value = WavWriter.SampleFormat.class, names = {"PCM_16", "PCM_24", "FLOAT_32"})
    void reportIsByteIdenticalWithAndWithoutTheShortcuts(WavWriter.SampleFormat format) throws IOException {
        float[] speech = TestSignals.mix(TestSignals.speechLike(RATE, 8, -20, 1),
                TestSignals.hum(RATE, 8, 50, -50, -6, -12));
        float[] clipped = TestSignals.square(RATE, 0.5, 200, 1.0);
        float[] left = TestSignals.concat(speech, TestSignals.silence(RATE, 25), clipped,
                TestSignals.silence(RATE, 3.3), speech, TestSignals.silence(RATE, 12));
        float[] right = TestSignals.concat(TestSignals.silence(RATE, 8), TestSignals.silence(RATE, 25.5),
                TestSignals.pinkNoise(RATE, 3.3, -40, 7), TestSignals.silence(RATE, 20));
        Path file = dir.resolve("sparse-" + format + ".wav");
        WavWriter.write(file, RATE, format, new float[][] {left, right});

        Silence.enable(true);
        String with = analyze(file);
        Silence.enable(false);
        String without = analyze(file);
        assertTrue(with.contains("integratedLufs"), with);
        assertEquals(without, with);
    }

    /**
     * The report rounds its figures, so a wrong shortcut that changes a sum by a part in 10^9 (the
     * filters' ringing after a cut to silence) would still print the same report: the meters'
     * own doubles, read after every block of a ragged partition, must also be equal bit for bit.
     */
    @Test
    void metersGiveTheSameDoublesAfterEveryBlock() {
        float[] tone = TestSignals.sine(RATE, 3, 997, -20);
        float[] left = TestSignals.concat(tone, TestSignals.silence(RATE, 20), tone, TestSignals.silence(RATE, 1));
        float[] right = TestSignals.concat(TestSignals.silence(RATE, 23), tone, TestSignals.silence(RATE, 1));
        Silence.enable(true);
        String with = meterTrace(left, right);
        Silence.enable(false);
        String without = meterTrace(left, right);
        assertEquals(without, with);
    }

    /** Momentary loudness, RMS, peak and DC as exact hex doubles after every block. */
    private static String meterTrace(float[] left, float[] right) {
        LoudnessMeter loudness = new LoudnessMeter(RATE, new double[] {1, 1});
        SampleStatsMeter stats = new SampleStatsMeter(2);
        StringBuilder trace = new StringBuilder();
        int[] sizes = {4096, 777, 3, 12000, 480};
        float[][] block = new float[2][12000];
        for (int at = 0, k = 0; at < left.length; k++) {
            int n = Math.min(sizes[k % sizes.length], left.length - at);
            System.arraycopy(left, at, block[0], 0, n);
            System.arraycopy(right, at, block[1], 0, n);
            loudness.accept(block, n);
            stats.accept(block, n);
            at += n;
            trace.append(Double.toHexString(loudness.momentary().orElse(-1))).append(' ')
                    .append(Double.toHexString(stats.rmsAll())).append(' ')
                    .append(Double.toHexString(stats.dcOffset(1))).append('\n');
        }
        return trace.toString();
    }

    private static String analyze(Path file) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = HeadroomCommand.run(new String[] {"analyze", "--json", file.toString()}, TestContexts.capturing(out, err));
        assertEquals(0, code, err.toString());
        return out.toString();
    }
}
