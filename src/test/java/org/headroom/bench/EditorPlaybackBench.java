package org.headroom.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.headroom.audio.AudioPlayer;
import org.headroom.audio.AudioSource;
import org.headroom.audio.WavWriter;
import org.headroom.edit.Edit;
import org.headroom.edit.EditList;
import org.headroom.edit.PassListener;
import org.headroom.edit.Renderer;
import org.headroom.edit.SourceOpener;
import org.headroom.testsupport.TestSignals;

/**
 * "The editor plays with all of it on, without dropouts" (issue 12), measured two ways on the
 * editor's own playback path: {@link Renderer#planForListening} once, as the editor's Playback
 * does when the edit list changes (the delivery plan, {@link Renderer#plan}, is timed beside it), then {@code openAt(frame)} and blocks of 4096 frames, as the AudioPlayer
 * pulls them. All of it on: denoise, EQ (presence), the leveller, reverb, a music bed looped
 * and ducked under the speech, and loudness normalisation with its true-peak limiter.
 *
 * <ul>
 *   <li>{@code blocks} (the default): from five starting points spread over the programme,
 *   each block's wall and render-thread CPU time against its real-time length (85.3 ms at
 *   48 kHz); prints how many blocks took longer than that, and the median, 99th percentile and
 *   worst. A block over budget is not yet a dropout (the line holds four), a run of them is.</li>
 *   <li>{@code play}: the same programme played through {@link AudioPlayer} into the default
 *   output (e.g. the PulseAudio null sink of {@code src/test/resources/pulse/start-null-sink.sh})
 *   and the player's dropout count.</li>
 * </ul>
 *
 * Not a unit test; run by hand:
 * {@code java -cp "target/test-classes:target/classes:$(cat target/cp.txt)" org.headroom.bench.EditorPlaybackBench /tmp [minutes] [seconds] [blocks|play]}.
 */
public final class EditorPlaybackBench {
    private static final int RATE = 48000;
    private static final int BLOCK = 4096;
    private static final double BLOCK_MS = 1000.0 * BLOCK / RATE;

    private EditorPlaybackBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "/tmp");
        double minutes = args.length > 1 ? Double.parseDouble(args[1]) : 10;
        double seconds = args.length > 2 ? Double.parseDouble(args[2]) : 30;
        String mode = args.length > 3 ? args[3] : "blocks";
        Path source = dir.resolve("headroom-playback-bench-take.wav");
        Path bed = dir.resolve("headroom-playback-bench-bed.wav");
        float[][] minute = {TestSignals.mix(TestSignals.speechLike(RATE, 60, -20, 1), TestSignals.pinkNoise(RATE, 60, -45, 2)),
                TestSignals.mix(TestSignals.speechLike(RATE, 60, -20, 3), TestSignals.pinkNoise(RATE, 60, -45, 4))};
        int frames = (int) (minutes * 60 * RATE);
        float[][] take = new float[2][frames];
        for (int c = 0; c < 2; c++) {
            for (int at = 0; at < frames; at += minute[c].length) System.arraycopy(minute[c], 0, take[c], at, Math.min(minute[c].length, frames - at));
        }
        WavWriter.write(source, RATE, WavWriter.SampleFormat.PCM_24, take);
        WavWriter.write(bed, RATE, WavWriter.SampleFormat.PCM_24, TestSignals.musicBed(RATE, 30));
        EditList all = EditList.of(new Edit.Denoise(12, null, null), new Edit.Eq(null, "presence", null, null),
                new Edit.Level(-20, 12, 3), new Edit.Reverb(0.8, 10, 0.2, null, null, null, null),
                new Edit.Layer(bed, 0, 0, Double.NaN, -12, 2, 5, true, minutes * 60 - 1, Edit.Duck.DEFAULT),
                new Edit.NormaliseLoudness(-16, -1));
        long t0 = System.nanoTime();
        Renderer.Rendering delivery = Renderer.plan(SourceOpener.file(source), all);
        long t1 = System.nanoTime();
        Renderer.Rendering plan = Renderer.planForListening(SourceOpener.file(source), all, PassListener.NONE);
        System.out.printf(Locale.ROOT, "plans (noise profile, speech for the duck, loudness passes) of %.0f min: for delivery %.1f s in %d"
                + " loudness passes, for listening (once per change of the edit list) %.1f s in %d%n",
                minutes, (t1 - t0) / 1e9, delivery.passes(), (System.nanoTime() - t1) / 1e9, plan.passes());
        long[] starts = new long[5];
        for (int i = 0; i < starts.length; i++) starts[i] = (long) ((frames - seconds * RATE) * i / (starts.length - 1.0));
        if (mode.equals("play")) {
            play(plan, starts, seconds);
        } else {
            blocks(plan, starts, seconds);
        }
    }

    private static void blocks(Renderer.Rendering plan, long[] starts, double seconds) throws IOException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int perStart = (int) Math.ceil(seconds * RATE / BLOCK);
        double[] wall = new double[starts.length * perStart];
        double[] cpu = new double[wall.length];
        double[] first = new double[starts.length];
        int count = 0;
        float[][] block = new float[2][BLOCK];
        for (int s = 0; s < starts.length; s++) {
            long open = System.nanoTime();
            try (AudioSource in = plan.openAt(starts[s])) {
                for (int b = 0; b < perStart; b++) {
                    long w0 = System.nanoTime();
                    long c0 = threads.getCurrentThreadCpuTime();
                    if (in.read(block) == 0) break;
                    wall[count] = (System.nanoTime() - w0) / 1e6;
                    cpu[count] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
                    if (b == 0) first[s] = (System.nanoTime() - open) / 1e6;
                    count++;
                }
            }
        }
        wall = Arrays.copyOf(wall, count);
        cpu = Arrays.copyOf(cpu, count);
        long overWall = Arrays.stream(wall).filter(v -> v > BLOCK_MS).count();
        long overCpu = Arrays.stream(cpu).filter(v -> v > BLOCK_MS).count();
        Arrays.sort(wall);
        Arrays.sort(cpu);
        Arrays.sort(first);
        System.out.printf(Locale.ROOT, "%d blocks of %.1f ms from %d starts: wall median %.2f ms, p99 %.2f, worst %.2f; over budget %d%n", count, BLOCK_MS,
                starts.length, wall[count / 2], wall[(int) (count * 0.99)], wall[count - 1], overWall);
        System.out.printf(Locale.ROOT, "  render-thread CPU median %.2f ms, p99 %.2f, worst %.2f; over budget %d; median block = %.0fx real time%n",
                cpu[count / 2], cpu[(int) (count * 0.99)], cpu[count - 1], overCpu, BLOCK_MS / cpu[count / 2]);
        System.out.printf(Locale.ROOT, "  first block after openAt (pre-roll included): median %.0f ms, worst %.0f ms%n", first[first.length / 2], first[first.length - 1]);
    }

    private static void play(Renderer.Rendering plan, long[] starts, double seconds) throws Exception {
        AudioPlayer player = new AudioPlayer();
        long total = 0;
        for (long start : starts) {
            CompletableFuture<String> ended = new CompletableFuture<>();
            player.play(plan::openAt, plan.format(), start, start + (long) (seconds * RATE), false, e -> ended.complete(e == null ? "" : e));
            String error = ended.get((long) (seconds * 4 + 60), TimeUnit.SECONDS);
            if (!error.isEmpty()) {
                System.out.println(error);
                return;
            }
            System.out.printf(Locale.ROOT, "played %.0f s from %.1f min: %d dropouts%n", seconds, start / (double) RATE / 60, player.underruns());
            total += player.underruns();
        }
        System.out.println("dropouts in all: " + total);
    }
}
