package org.headroom.edit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.headroom.audio.AudioSource;
import org.headroom.audio.WavWriter;

/**
 * Render speed of a 1-hour edit list with fades, to WAV. Not a unit test (the name keeps
 * Surefire away); run by hand, with a small heap to show memory does not grow with the file:
 * {@code mvn -q -o test-compile && java -Xmx64m -cp target/classes:target/test-classes:$(cat target/cp.txt)
 * org.headroom.edit.RenderBench [/tmp/dir]} after
 * {@code mvn -q -o dependency:build-classpath -Dmdep.outputFile=target/cp.txt}.
 *
 * <p>The source (48 kHz, 24-bit stereo, 1 h, 1 GB) is written once block by block, never held in
 * memory. The edit list cuts a second out of every minute (59 crossfaded joins), fades in over
 * 2 s (equal-power) and out over 5 s (s-curve) and lowers the gain by 1 dB.
 */
public final class RenderBench {
    private static final int RATE = 48000;
    private static final long FRAMES = 3600L * RATE;

    private RenderBench() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "/tmp");
        Path source = dir.resolve("headroom-edit-bench-hour-48k-24-2.wav");
        if (!Files.exists(source)) make(source);
        EditList list = EditList.EMPTY.with(new Edit.FadeIn(2, FadeShape.EQUAL_POWER)).with(new Edit.FadeOut(5, FadeShape.S_CURVE))
                .with(new Edit.Gain(-1));
        for (int minute = 1; minute < 60; minute++) list = list.with(new Edit.Cut(minute * 60.0 - 0.5, minute * 60.0 + 0.5));
        if (args.length > 1 && args[1].equals("seek")) {
            seekLatency(source, list);
            return;
        }
        if (args.length > 1 && args[1].equals("bed")) {
            duckedBed(dir, source, list);
            return;
        }
        Path target = dir.resolve("headroom-edit-bench-out.wav");
        for (int run = 1; run <= 3; run++) {
            long t0 = System.nanoTime();
            long frames = 0;
            try (AudioSource s = Renderer.render(SourceOpener.file(source), list);
                 WavWriter w = WavWriter.create(target, RATE, 2, WavWriter.SampleFormat.PCM_24)) {
                float[][] block = new float[2][8192];
                for (int n; (n = s.read(block)) > 0; ) {
                    w.write(block, n);
                    frames += n;
                }
            }
            double secs = (System.nanoTime() - t0) / 1e9;
            Runtime rt = Runtime.getRuntime();
            System.out.printf("run %d: %.1f s of programme in %.2f s = %.0fx real time (heap used %d MB of max %d MB)%n",
                    run, frames / (double) RATE, secs, frames / (double) RATE / secs,
                    (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);
        }
        Files.deleteIfExists(target);
        limiterSpeed();
    }

    /**
     * How long playback waits before the first block when it starts at 1:45:00 of a two-hour
     * programme: the hour above (59 crossfaded cuts) with a copy of the whole source pasted at its
     * end (62 pieces), high-pass and limiter on, so the pre-roll is paid too. Seeking through the edit
     * list against rendering from the start and skipping, as playback did before.
     */
    private static void seekLatency(Path source, EditList hour) throws IOException {
        EditList list = hour.with(new Edit.Insert(3599.9, 0, 3600)).with(new Edit.HighPass(80, 2)).with(new Edit.Gain(-3));
        Renderer.Rendering plan = Renderer.plan(SourceOpener.file(source), list);
        Renderer.Rendering limited = plan.withCeiling(-1.0);
        long at = (long) (105 * 60) * RATE;
        System.out.printf("programme %.1f min, %d pieces; start at %.1f min%n", plan.format().frames() / (double) RATE / 60,
                plan.timeline().pieces().size(), at / (double) RATE / 60);
        float[][] block = new float[2][Renderer.BLOCK];
        for (int run = 1; run <= 3; run++) {
            long t0 = System.nanoTime();
            try (AudioSource s = limited.openAt(at)) {
                s.read(block);
            }
            System.out.printf("run %d: first block from 1:45:00 in %.1f ms, seeking through the edit list%n", run, (System.nanoTime() - t0) / 1e6);
        }
        long t0 = System.nanoTime(); // once: it takes a while
        try (AudioSource s = limited.open()) {
            s.skip(at);
            s.read(block);
        }
        System.out.printf("before: first block from 1:45:00 in %.0f ms, rendering up to it and skipping%n", (System.nanoTime() - t0) / 1e6);
    }

    /**
     * The hour above with a ducked music bed (issue 12): a 30 s stereo 48 kHz bed looped under the
     * whole programme, ducked by the programme's speech. Plain and bedded renders alternate (A B A B
     * A B) in one JVM, so a machine that drifts moves both; each figure includes its plan (for the
     * bed, the programme read once more to find the speech). Slice D2's effects join this list later.
     */
    private static void duckedBed(Path dir, Path source, EditList plain) throws IOException {
        Path bed = dir.resolve("headroom-edit-bench-bed-30s.wav");
        if (!Files.exists(bed)) WavWriter.write(bed, RATE, WavWriter.SampleFormat.PCM_24, org.headroom.testsupport.TestSignals.musicBed(RATE, 30));
        EditList bedded = plain.with(new Edit.Layer(bed, 0, 0, Double.NaN, -12, 2, 5, true, 3599, Edit.Duck.DEFAULT));
        Path target = dir.resolve("headroom-edit-bench-out.wav");
        for (int run = 1; run <= 3; run++) {
            for (EditList list : new EditList[] {plain, bedded}) {
                long t0 = System.nanoTime();
                long cpu0 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                long frames = 0;
                Renderer.Rendering plan = Renderer.plan(SourceOpener.file(source), list);
                try (AudioSource s = plan.open(); WavWriter w = WavWriter.create(target, RATE, 2, WavWriter.SampleFormat.PCM_24)) {
                    float[][] block = new float[2][8192];
                    for (int n; (n = s.read(block)) > 0; ) {
                        w.write(block, n);
                        frames += n;
                    }
                }
                double secs = (System.nanoTime() - t0) / 1e9;
                double cpu = (java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu0) / 1e9;
                System.out.printf("run %d %-12s %.0fx real time (%.1f s wall), %.0fx per CPU second (%.1f s CPU)%s%n", run,
                        list == plain ? "plain:" : "ducked bed:", frames / (double) RATE / secs, secs, frames / (double) RATE / cpu, cpu,
                        list == plain ? "" : " " + plan.notes());
            }
        }
        Files.deleteIfExists(target);
    }

    /** The true-peak limiter alone on a minute of speech turned up 12 dB, so it works all the time. */
    private static void limiterSpeed() {
        float[][] in = {org.headroom.testsupport.TestSignals.speechLike(RATE, 60, 1), org.headroom.testsupport.TestSignals.speechLike(RATE, 60, 2)};
        TruePeakLimiter lim = new TruePeakLimiter(2, RATE, org.headroom.meter.Decibels.toAmplitude(-1.0));
        float[][] b = new float[2][4096];
        long t0 = System.nanoTime();
        for (int at = 0; at + 4096 <= in[0].length; at += 4096) {
            for (int c = 0; c < 2; c++) {
                System.arraycopy(in[c], at, b[c], 0, 4096);
                for (int i = 0; i < 4096; i++) b[c][i] *= 4; // +12 dB
            }
            lim.process(b, 4096);
        }
        System.out.printf("true-peak limiter (+12 dB) %.1f x real time%n", 60 / ((System.nanoTime() - t0) / 1e9));
    }

    /** Speech-band noise bursts and a tone, generated block by block (an LCG: cheap and deterministic). */
    private static void make(Path file) throws IOException {
        try (WavWriter w = WavWriter.create(file, RATE, 2, WavWriter.SampleFormat.PCM_24)) {
            float[][] block = new float[2][RATE];
            long seed = 1;
            double lp = 0;
            for (long at = 0; at < FRAMES; at += RATE) {
                for (int i = 0; i < RATE; i++) {
                    seed = seed * 6364136223846793005L + 1442695040888963407L;
                    double noise = (seed >> 40) / (double) (1L << 23);
                    lp = 0.7 * lp + 0.3 * noise;
                    double envelope = ((at + i) / 12000) % 3 == 0 ? 0.02 : 0.3; // syllable-ish on/off
                    double tone = 0.05 * Math.sin(2 * Math.PI * 220 * (at + i) / RATE);
                    block[0][i] = (float) (envelope * lp + tone);
                    block[1][i] = (float) (envelope * lp * 0.8 - tone);
                }
                w.write(block, RATE);
            }
        }
    }
}
