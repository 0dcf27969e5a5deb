package org.headroom.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * {@link MeterBenchmark}'s work timed by the thread's CPU time instead of the wall clock: on a
 * machine shared with other jobs the wall clock swings by a factor of several from run to run,
 * while the CPU time a thread used barely moves. Prints the median over the runs, in
 * Msamples/s on one core.
 *
 * <p>Run (classpath as for MeterBenchmark): {@code java -cp ... org.headroom.bench.MeterCpuTime
 * truePeak speech 40} — a benchmark method of MeterBenchmark, its signal ("speech" or "noise"),
 * and the number of timed runs (as many again are run first to warm up).
 */
public final class MeterCpuTime {
    private MeterCpuTime() {
    }

    public static void main(String[] args) throws Exception {
        MeterBenchmark bench = new MeterBenchmark();
        bench.signal = args[1];
        bench.setUp();
        Method work = MeterBenchmark.class.getMethod(args[0]);
        int runs = Integer.parseInt(args[2]);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < runs; i++) work.invoke(bench);
        double[] rates = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = threads.getCurrentThreadCpuTime();
            work.invoke(bench);
            rates[i] = MeterBenchmark.SAMPLES / ((threads.getCurrentThreadCpuTime() - start) / 1e3);
        }
        Arrays.sort(rates);
        System.out.printf("%s %s: median %.1f Msamples/s of CPU time (min %.1f, max %.1f, %d runs)%n", args[0], args[1],
                rates[runs / 2], rates[0], rates[runs - 1], runs);
    }
}
