package org.fundguard.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.SparkSession;

/**
 * Benchmark in local mode: the whole job (read, claims, statistics, grouping, every detector,
 * leads written) over a data set directory, once per core count, printing time, fee lines/s and
 * lines/s per core, the figures docs/capacity-plan.md is derived from. Not a test: figures only.
 *
 * <pre>SparkBench --data DIR --out DIR [--cores 1,2] [--memory-note TEXT]</pre>
 */
public final class SparkBench {
    private SparkBench() {
    }

    /** CPU time of this whole JVM (driver and local executors alike, plus the garbage collector). */
    static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    public static void main(String[] args) {
        Map<String, String> opts;
        try {
            opts = FundGuardSparkJob.options(args, List.of("--data", "--out", "--cores", "--partitions"));
            FundGuardSparkJob.require(opts, "--data");
            FundGuardSparkJob.require(opts, "--out");
        } catch (IllegalArgumentException e) {
            System.err.println("fundguard-spark bench: " + e.getMessage());
            System.err.println("usage: SparkBench --data DIR --out DIR [--cores 1,2] [--partitions N]");
            System.exit(2);
            return;
        }
        List<Integer> cores = new ArrayList<>();
        for (String c : opts.getOrDefault("--cores", String.valueOf(Runtime.getRuntime().availableProcessors())).split(",")) {
            cores.add(Integer.parseInt(c.trim()));
        }
        String data = opts.get("--data");
        long lines = -1;
        List<String> results = new ArrayList<>();
        for (int c : cores) {
            SparkSession spark = FundGuardSparkJob.builder("FundGuard bench " + c + " cores").master("local[" + c + "]")
                    .config("spark.ui.enabled", "false")
                    // enough partitions to balance, few enough that task start-up stays small next to the work
                    .config("spark.sql.shuffle.partitions", opts.getOrDefault("--partitions", String.valueOf(c * 8)))
                    .getOrCreate();
            try {
                DataSetDirectory source = new DataSetDirectory(spark, data);
                if (lines < 0) {
                    lines = source.feeLines();
                }
                String out = opts.get("--out") + "/cores-" + c;
                long t0 = System.nanoTime();
                long cpu0 = cpuNanos();
                long[] lastCpu = {cpu0};
                long leads = Detectors.job().run(spark, source, List.of(new LeadFiles(out)),
                        (model, stage, nanos, items) -> {
                            long cpu = cpuNanos();
                            System.out.printf(Locale.ROOT, "  [%d cores] %-8s %-28s %8.1f s wall %8.1f s cpu %,12d%n",
                                    c, model, stage, nanos / 1e9, (cpu - lastCpu[0]) / 1e9, items);
                            lastCpu[0] = cpu;
                        })
                        .count();
                double seconds = (System.nanoTime() - t0) / 1e9;
                double cpuSeconds = (cpuNanos() - cpu0) / 1e9;
                // on a shared machine wall time measures the neighbours too; CPU seconds measure the job
                String line = String.format(Locale.ROOT,
                        "cores %d: %,d fee lines in %.1f s wall = %,.0f lines/s; %.1f CPU s = %,.0f lines per CPU-second;"
                                + " %d leads", c, lines, seconds, lines / seconds, cpuSeconds, lines / cpuSeconds, leads);
                System.out.println(line);
                results.add(line);
            } finally {
                spark.stop();
            }
        }
        System.out.println("summary (" + data + "):");
        results.forEach(r -> System.out.println("  " + r));
    }
}
