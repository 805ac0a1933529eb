package org.fundguard.spark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * spark-submit entry point: screens a data set directory with the audit rules and every screening
 * model and writes the leads. Usage errors exit 2, bad input 1, with one line naming the problem.
 *
 * <pre>
 * spark-submit --class org.fundguard.spark.FundGuardSparkJob fundguard-spark-cluster.jar \
 *     --data hdfs:///fundguard/2026-10 --out hdfs:///fundguard/leads/2026-10 \
 *     [--jdbc-url jdbc:postgresql://db:5432/fundguard --jdbc-table leads --jdbc-user fundguard]
 * </pre>
 * The database password is read from the environment variable FUNDGUARD_JDBC_PASSWORD, never from
 * the command line (it would show in the process list and in Spark's UI).
 */
public final class FundGuardSparkJob {
    private FundGuardSparkJob() {
    }

    public static void main(String[] args) {
        Map<String, String> opts;
        try {
            opts = options(args, List.of("--data", "--out", "--master", "--jdbc-url", "--jdbc-table", "--jdbc-user"));
            require(opts, "--data");
            require(opts, "--out");
        } catch (IllegalArgumentException e) {
            System.err.println("fundguard-spark: " + e.getMessage());
            System.err.println("usage: FundGuardSparkJob --data DIR --out DIR [--master URL]"
                    + " [--jdbc-url URL --jdbc-table TABLE --jdbc-user USER]");
            System.exit(2);
            return;
        }
        SparkSession spark = session("FundGuard screening", opts.get("--master"));
        int exit = 0;
        try {
            List<LeadSink> sinks = new ArrayList<>();
            sinks.add(new LeadFiles(opts.get("--out")));
            if (opts.containsKey("--jdbc-url")) {
                sinks.add(new LeadTable(opts.get("--jdbc-url"), opts.getOrDefault("--jdbc-table", "leads"),
                        opts.get("--jdbc-user"), System.getenv("FUNDGUARD_JDBC_PASSWORD")));
            }
            long t0 = System.nanoTime();
            Dataset<Row> leads = Detectors.job().run(spark, new DataSetDirectory(spark, opts.get("--data")), sinks);
            System.out.printf("fundguard-spark: %d leads written to %s in %.1f s%n", leads.count(), opts.get("--out"),
                    (System.nanoTime() - t0) / 1e9);
        } catch (RuntimeException e) {
            InvalidInputException bad = cause(e, InvalidInputException.class);
            System.err.println("fundguard-spark: " + (bad != null ? bad.getMessage() : e.toString()));
            exit = 1;
        } finally {
            spark.stop();
        }
        if (exit != 0) {
            System.exit(exit);
        }
    }

    /**
     * The session the job needs. A master given here wins; under spark-submit the master comes from
     * there; alone, local mode on every core.
     */
    public static SparkSession session(String appName, String master) {
        SparkSession.Builder b = builder(appName);
        if (master != null) {
            b.master(master);
        } else if (!new SparkConf().contains("spark.master")) {
            b.master("local[*]");
        }
        return b.getOrCreate();
    }

    /** The configuration every FundGuard session needs, whatever the master: contract times are region-local. */
    public static SparkSession.Builder builder(String appName) {
        return SparkSession.builder().appName(appName)
                .config("spark.sql.session.timeZone", Columns.REGION_ZONE.getId())
                .config("spark.sql.datetime.java8API.enabled", "true");
    }

    static Map<String, String> options(String[] args, List<String> known) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!known.contains(a)) {
                throw new IllegalArgumentException("unknown option " + a);
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(a + " needs a value");
            }
            m.put(a, args[++i]);
        }
        return m;
    }

    static void require(Map<String, String> opts, String name) {
        if (!opts.containsKey(name)) {
            throw new IllegalArgumentException(name + " is required");
        }
    }

    static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
