package org.fundguard.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.row_number;

import com.esotericsoftware.kryo.io.Output;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.fundguard.engine.Claim;
import org.fundguard.engine.Finding;
import org.fundguard.engine.Leads;
import org.fundguard.core.SanctionStatus;
import org.fundguard.engine.Region;
import org.fundguard.engine.ScreeningModel;
import org.fundguard.engine.models.StageListener;
import org.fundguard.engine.rules.RuleSet;

/**
 * The screening run on Spark, source and sink given: the same rule and model objects the local
 * executor runs, scheduled as (1) one pass folding every stage's statistics over all claims, (2)
 * one shuffle that puts each claim under every distinct key its stages give it, (3) one
 * {@code screen} call per stage and group, (4) one lead per (category, source, subject), the
 * highest score kept, as locally.
 */
public final class ScreeningJob {
    private static final StructType KEYED = new StructType()
            .add("k", DataTypes.StringType, false)
            .add("stages", DataTypes.LongType, false)
            .add("c", DataTypes.BinaryType, false);
    /** Stages are a bit set in the shuffle rows. */
    private static final int MAX_STAGES = 64;

    private final List<Stage> stages;

    private ScreeningJob(List<Stage> stages) {
        if (stages.size() > MAX_STAGES) {
            throw new IllegalArgumentException("at most " + MAX_STAGES + " detectors per job: " + stages.size());
        }
        this.stages = List.copyOf(stages);
    }

    public static ScreeningJob of(List<? extends ScreeningModel<?>> models) {
        return of(null, models);
    }

    /** The audit rules of a library (null = none) and the screening models, as the screen command runs them. */
    public static ScreeningJob of(RuleSet rules, List<? extends ScreeningModel<?>> models) {
        List<Stage> stages = new ArrayList<>();
        if (rules != null) {
            stages.add(AuditStage.of(rules));
        }
        for (ScreeningModel<?> m : models) {
            stages.add(Stage.of(m));
        }
        return new ScreeningJob(stages);
    }

    /** Runs and writes: the leads are computed once and handed to every sink. */
    public Dataset<Row> run(SparkSession spark, ClaimSource source, List<LeadSink> sinks) {
        return run(spark, source, sinks, StageListener.SILENT);
    }

    /** As {@link #run(SparkSession, ClaimSource, List)}, telling the listener how long each stage took. */
    public Dataset<Row> run(SparkSession spark, ClaimSource source, List<LeadSink> sinks, StageListener listener) {
        Dataset<Row> leads = leads(spark, source, listener).persist(StorageLevel.MEMORY_AND_DISK());
        long t0 = System.nanoTime();
        long n = leads.count();
        listener.stageDone("all", "grouping and screening", System.nanoTime() - t0, n);
        for (LeadSink sink : sinks) {
            long t1 = System.nanoTime();
            sink.write(leads);
            listener.stageDone("leads", "write " + sink.getClass().getSimpleName(), System.nanoTime() - t1, n);
        }
        return leads;
    }

    public Dataset<Row> leads(SparkSession spark, ClaimSource source) {
        return leads(spark, source, StageListener.SILENT);
    }

    /**
     * The leads, lazily, except for what must run first: the region read and broadcast, the claims
     * assembled and cached, every stage's statistics folded.
     */
    public Dataset<Row> leads(SparkSession spark, ClaimSource source, StageListener listener) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        long t0 = System.nanoTime();
        Region r = source.region();
        Broadcast<Region> region = jsc.broadcast(r);
        listener.stageDone("region", "read and broadcast", System.nanoTime() - t0, r.persons().size());

        long t1 = System.nanoTime();
        Dataset<byte[]> claims = source.claims().persist(StorageLevel.MEMORY_AND_DISK_SER());
        long n = claims.count();
        listener.stageDone("claims", "read and assemble", System.nanoTime() - t1, n);

        long t2 = System.nanoTime();
        List<Stage> run = new ArrayList<>(stages);
        List<SanctionStatus> sanctions = source.sanctionStatus();
        if (!sanctions.isEmpty() && stages.stream().anyMatch(st -> st instanceof AuditStage)) {
            // as the local audit: services and settlements while a suspension is in force (docs/enforcement.md)
            run.add(new SanctionStage(sanctions));
        }
        Stage[] all = run.toArray(Stage[]::new);
        Broadcast<Serializable[]> stats = jsc.broadcast(statistics(claims, all, region));
        listener.stageDone("all", "statistics", System.nanoTime() - t2, n);

        long t3 = System.nanoTime();
        for (int i = 0; i < all.length; i++) {
            all[i] = all[i].prepared(claims, r);
        }
        listener.stageDone("all", "preparing keys", System.nanoTime() - t3, all.length);

        Dataset<Row> findings = claims
                .flatMap(new KeysOfEveryStage(all, region), Encoders.row(KEYED))
                .repartition(col("k"))
                .sortWithinPartitions("k")
                .mapPartitions(new ScreenGroups(all, region, stats), Encoders.row(LeadRows.SCHEMA));

        // as LocalExecutor: a subject named twice by one source (from two groups) keeps its best finding
        return findings
                .withColumn("rank", row_number().over(Window.partitionBy("lead_id")
                        .orderBy(col("score").desc(), col("evidence").asc())))
                .where(col("rank").equalTo(1))
                .drop("rank");
    }

    private static Serializable[] statistics(Dataset<byte[]> claims, Stage[] stages, Broadcast<Region> region) {
        Serializable[] zero = new Serializable[stages.length];
        for (int i = 0; i < stages.length; i++) {
            zero[i] = stages[i].emptyStatistics();
        }
        return claims.javaRDD().treeAggregate(zero,
                (acc, bytes) -> {
                    Region r = region.value();
                    Claim claim = ClaimCodec.decode(bytes);
                    for (int i = 0; i < stages.length; i++) {
                        acc[i] = stages[i].accumulate(acc[i], claim, r);
                    }
                    return acc;
                },
                (left, right) -> {
                    for (int i = 0; i < stages.length; i++) {
                        left[i] = stages[i].merge(left[i], right[i]);
                    }
                    return left;
                });
    }

    /**
     * (key, stages, the claim's bytes) once per distinct key of a claim, stages as a bit set: most
     * detectors key by person or by institution, so a claim crosses the shuffle two or three times,
     * not once per detector. The claim is decoded once and never re-encoded.
     */
    private static final class KeysOfEveryStage implements FlatMapFunction<byte[], Row> {
        private final Stage[] stages;
        private final Broadcast<Region> region;

        KeysOfEveryStage(Stage[] stages, Broadcast<Region> region) {
            this.stages = stages;
            this.region = region;
        }

        @Override
        public Iterator<Row> call(byte[] bytes) {
            Region r = region.value();
            Claim claim = ClaimCodec.decode(bytes);
            Map<String, Long> masks = new LinkedHashMap<>();
            for (int i = 0; i < stages.length; i++) {
                long bit = 1L << i;
                for (String key : stages[i].keys(claim, r)) {
                    masks.merge(key, bit, (a, b) -> a | b);
                }
            }
            List<Row> out = new ArrayList<>(masks.size());
            masks.forEach((key, mask) -> out.add(RowFactory.create(key, mask, bytes)));
            return out.iterator();
        }
    }

    /** Rows sorted by key → one screen() call per run of equal keys, findings as lead rows. */
    private static final class ScreenGroups implements MapPartitionsFunction<Row, Row> {
        private final Stage[] stages;
        private final Broadcast<Region> region;
        private final Broadcast<Serializable[]> statistics;

        ScreenGroups(Stage[] stages, Broadcast<Region> region, Broadcast<Serializable[]> statistics) {
            this.stages = stages;
            this.region = region;
            this.statistics = statistics;
        }

        @Override
        public Iterator<Row> call(Iterator<Row> rows) {
            return new Iterator<>() {
                private Row pending = rows.hasNext() ? rows.next() : null;
                private Iterator<Row> current = java.util.Collections.emptyIterator();

                @Override
                public boolean hasNext() {
                    while (!current.hasNext() && pending != null) {
                        current = screenNextGroup().iterator();
                    }
                    return current.hasNext();
                }

                @Override
                public Row next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    return current.next();
                }

                private List<Row> screenNextGroup() {
                    String key = pending.getString(0);
                    List<Claim> group = new ArrayList<>();
                    List<Long> masks = new ArrayList<>();
                    while (pending != null && key.equals(pending.getString(0))) {
                        group.add(ClaimCodec.decode((byte[]) pending.get(2)));
                        masks.add(pending.getLong(1));
                        pending = rows.hasNext() ? rows.next() : null;
                    }
                    return screen(key, group, masks);
                }
            };
        }

        /** Every stage that keyed a claim under this key screens its own claims of the group, in the contract's order. */
        private List<Row> screen(String key, List<Claim> claims, List<Long> masks) {
            Integer[] order = new Integer[claims.size()];
            long present = 0;
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
                present |= masks.get(i);
            }
            Arrays.sort(order, (a, b) -> ClaimOrder.GROUP.compare(claims.get(a), claims.get(b)));
            List<Finding> found = new ArrayList<>();
            for (int stage = 0; stage < stages.length; stage++) {
                long bit = 1L << stage;
                if ((present & bit) == 0) {
                    continue;
                }
                List<Claim> group = new ArrayList<>();
                for (Integer i : order) {
                    if ((masks.get(i) & bit) != 0) {
                        group.add(claims.get(i));
                    }
                }
                try {
                    found.addAll(stages[stage].screen(key, group, statistics.value()[stage], region.value()));
                } catch (RuntimeException e) {
                    // a detector that throws stops the run (never a silent "no finding"), naming itself and the group
                    throw new IllegalStateException(stages[stage].name() + " failed on group " + key + ": " + e, e);
                }
            }
            List<Row> rows = new ArrayList<>(found.size());
            for (Finding f : found) {
                rows.add(LeadRows.of(Leads.of(f)));
            }
            return rows;
        }
    }
}
