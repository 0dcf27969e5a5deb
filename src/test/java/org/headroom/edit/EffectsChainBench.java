package org.headroom.edit;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.headroom.audio.AudioSource;
import org.headroom.audio.BitRate;
import org.headroom.audio.SourceFormat;
import org.headroom.audio.WavWriter;
import org.headroom.testsupport.TestSignals;

/**
 * Speed of the clean-up chain — denoise (its noise-profile passes included), EQ (the
 * presence preset), the speech leveller, a music bed looped and ducked under all of it (its
 * speech pass included) and the true-peak limiter at −1 dBTP — on an hour of 48 kHz stereo
 * written to a 24-bit WAV, against the same chain without the bed and against the limiter alone
 * (to separate the effects' cost from reading, splicing and writing). The three alternate, run
 * after run, so a machine whose speed drifts moves all of them. Not a unit test (the name keeps Surefire
 * away); run by hand:
 * {@code mvn -q -o test-compile && java -cp target/classes:target/test-classes:$(cat target/cp.txt)
 * org.headroom.edit.EffectsChainBench [minutes] [/tmp/dir] [runs]} after
 * {@code mvn -q -o dependency:build-classpath -Dmdep.outputFile=target/cp.txt}.
 *
 * <p>The source is a minute of speech-like material over pink noise at −45 dBFS, looped, so the
 * bench needs no gigabyte on disk and measures the chain, not a disk. The render is one thread:
 * its CPU time is what it would take on an idle core; the process's CPU (the render plus the
 * JIT compiler and the garbage collector) and the wall time are printed beside it; the wall time
 * depends on the neighbours on a shared machine.
 */
public final class EffectsChainBench {
    private static final int RATE = 48000;

    private EffectsChainBench() {
    }

    public static void main(String[] args) throws IOException {
        double minutes = args.length > 0 ? Double.parseDouble(args[0]) : 60;
        Path dir = Path.of(args.length > 1 ? args[1] : "/tmp");
        long frames = Math.round(minutes * 60 * RATE);
        float[][] minute = {TestSignals.mix(TestSignals.speechLike(RATE, 60, -20, 1), TestSignals.pinkNoise(RATE, 60, -45, 2)),
                TestSignals.mix(TestSignals.speechLike(RATE, 60, -20, 3), TestSignals.pinkNoise(RATE, 60, -45, 4))};
        SourceOpener source = () -> new Looped(minute, frames);
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        EditList chain = EditList.of(new Edit.Denoise(12, null, null), new Edit.Eq(null, "presence", null, null),
                new Edit.Level(-20, 12, 3));
        Path bed = dir.resolve("headroom-effects-bench-bed-30s.wav");
        WavWriter.write(bed, RATE, WavWriter.SampleFormat.PCM_24, TestSignals.musicBed(RATE, 30));
        EditList bedded = chain.with(new Edit.Layer(bed, 0, 0, Double.NaN, -12, 2, 5, true, minutes * 60 - 1, Edit.Duck.DEFAULT));
        Path target = dir.resolve("headroom-effects-bench-out.wav");
        for (int run = 1; run <= runs; run++) {
            time("limiter only", source, EditList.of(new Edit.Gain(-0.5)), target);
            time("denoise + EQ + leveller + limiter", source, chain, target);
            time("... + ducked bed", source, bedded, target);
        }
        Files.deleteIfExists(target);
        Files.deleteIfExists(bed);
    }

    /** Plans (the noise profile's passes included) and renders to WAV. */
    private static void time(String what, SourceOpener source, EditList list, Path target) throws IOException {
        var threads = ManagementFactory.getThreadMXBean();
        var process = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long processCpu0 = process.getProcessCpuTime();
        long t0 = System.nanoTime();
        Renderer.Rendering plan = Renderer.plan(source, list).withCeiling(-1.0);
        long written = 0;
        try (AudioSource s = plan.open(); WavWriter w = WavWriter.create(target, RATE, 2, WavWriter.SampleFormat.PCM_24)) {
            float[][] block = new float[2][Renderer.BLOCK];
            for (int n; (n = s.read(block)) > 0; ) {
                w.write(block, n);
                written += n;
            }
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
        double processCpu = (process.getProcessCpuTime() - processCpu0) / 1e9;
        double seconds = written / (double) RATE;
        System.out.printf("%-36s %.0f s of programme: wall %.1f s = %.0fx real time; render thread CPU %.1f s = %.0fx; process CPU %.1f s%n",
                what, seconds, wall, seconds / wall, cpu, seconds / cpu, processCpu);
    }

    /** A minute of material, looped to {@code frames}; never holds more than the minute. */
    private static final class Looped implements AudioSource {
        private final float[][] minute;
        private final long frames;
        private long at;

        Looped(float[][] minute, long frames) {
            this.minute = minute;
            this.frames = frames;
        }

        @Override
        public SourceFormat format() {
            return SourceFormat.pcm("generated", "PCM_SIGNED", RATE, 2, 24, frames);
        }

        @Override
        public int read(float[][] block) {
            int n = (int) Math.min(block[0].length, frames - at);
            int len = minute[0].length;
            for (int i = 0; i < n; ) {
                int from = (int) ((at + i) % len);
                int take = Math.min(n - i, len - from);
                for (int c = 0; c < 2; c++) System.arraycopy(minute[c], from, block[c], i, take);
                i += take;
            }
            at += n;
            return n;
        }

        @Override
        public long skip(long n) {
            long k = Math.min(n, frames - at);
            at += k;
            return k;
        }

        @Override
        public BitRate bitRate() {
            return null;
        }

        @Override
        public void close() {
        }
    }
}
