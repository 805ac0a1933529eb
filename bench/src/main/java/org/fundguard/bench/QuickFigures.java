package org.fundguard.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

/**
 * A short run of both benchmarks without JMH, for {@code bin/fundguard bench rules --quick}: the same
 * data and calls, timed by wall clock and by the thread's CPU time (on a shared machine the CPU time
 * is the honest "per core" figure: the wall clock also counts the time other processes held the core).
 */
public final class QuickFigures {
    private QuickFigures() {
    }

    public static void main(String[] args) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        BatchAuditBenchmark batch = new BatchAuditBenchmark();
        batch.setUp();
        long lines = batch.data.lines;
        for (int i = 0; i < 5; i++) {
            batch.auditor.audit(batch.data.persons, f -> { });
        }
        int runs = 10;
        double[] cpuRate = new double[runs];
        double[] wallRate = new double[runs];
        for (int i = 0; i < runs; i++) {
            long c0 = cpu.getCurrentThreadCpuTime();
            long w0 = System.nanoTime();
            batch.auditor.audit(batch.data.persons, f -> { });
            wallRate[i] = lines / ((System.nanoTime() - w0) / 1e9);
            cpuRate[i] = lines / ((cpu.getCurrentThreadCpuTime() - c0) / 1e9);
        }
        Arrays.sort(cpuRate);
        Arrays.sort(wallRate);
        System.out.printf(Locale.ROOT, "batch audit, 1 thread, %d runs of %,d lines: CPU time best %,.0f, median %,.0f fee lines/s;"
                + " wall clock best %,.0f, median %,.0f fee lines/s%n", runs, lines, cpuRate[runs - 1], cpuRate[runs / 2],
                wallRate[runs - 1], wallRate[runs / 2]);
        if (args.length > 0 && args[0].equals("batch")) {
            return;
        }

        RealtimeAuditBenchmark rt = new RealtimeAuditBenchmark();
        rt.setUp();
        for (int i = 0; i < 20_000; i++) {
            rt.auditOneVisitOf50Lines();
        }
        int n = 20_000;
        long[] w = new long[n];
        long[] c = new long[n];
        for (int i = 0; i < n; i++) {
            long c0 = cpu.getCurrentThreadCpuTime();
            long w0 = System.nanoTime();
            rt.auditOneVisitOf50Lines();
            w[i] = System.nanoTime() - w0;
            c[i] = cpu.getCurrentThreadCpuTime() - c0;
        }
        Arrays.sort(w);
        Arrays.sort(c);
        System.out.printf(Locale.ROOT, "real time, one 50-line visit: wall p50 %.0f µs, p99 %.0f µs, p99.9 %.0f µs; CPU p50 %.0f µs, p99 %.0f µs%n",
                w[n / 2] / 1e3, w[n * 99 / 100] / 1e3, w[n * 999 / 1000] / 1e3, c[n / 2] / 1e3, c[n * 99 / 100] / 1e3);
    }
}
