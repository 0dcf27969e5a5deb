package org.headroom.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * {@link DetectorBenchmark}'s work timed by the thread's CPU time instead of the wall clock, as
 * {@link MeterCpuTime} does for the meters: on a shared machine the wall clock swings by a factor
 * of several while the CPU time a thread used barely moves. Prints the median over the runs, in
 * ms of CPU per 10 s of 48 kHz stereo.
 *
 * <p>Run (classpath as for DetectorBenchmark): {@code java -cp ... org.headroom.bench.DetectorCpuTime
 * spectral 1001} — a detector of DetectorBenchmark's list and the number of timed runs (as many
 * again are run first to warm up; a few dozen leave the JIT half done and the figures scattered).
 */
public final class DetectorCpuTime {
    private DetectorCpuTime() {
    }

    public static void main(String[] args) {
        DetectorBenchmark bench = new DetectorBenchmark();
        bench.detector = args[0];
        bench.setUp();
        int runs = Integer.parseInt(args[1]);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < runs; i++) bench.tenSeconds();
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = threads.getCurrentThreadCpuTime();
            bench.tenSeconds();
            ms[i] = (threads.getCurrentThreadCpuTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf("%s: median %.3f ms of CPU per 10 s (min %.3f, max %.3f, %d runs)%n", args[0], ms[runs / 2], ms[0],
                ms[runs - 1], runs);
    }
}
