package org.fundguard.engine.models;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import org.fundguard.engine.Claim;
import org.fundguard.engine.Finding;
import org.fundguard.engine.Region;
import org.fundguard.engine.ScreeningModel;

/**
 * Runs screening models in process on a fork/join pool, the way the Spark job runs them on a
 * cluster: a statistics fold over fixed-size partitions of the claims, merged left to right; the
 * claims grouped by the model's keys; one {@code screen} call per group.
 *
 * <p>Partitions have a fixed size and are merged in partition order, and groups are screened and
 * findings sorted independently of scheduling, so one thread and many give the same findings.
 * Findings come out sorted by category, subject and source; when a model names the same subject
 * twice (from two groups) the higher-scored finding is kept.
 */
public final class LocalExecutor {
    /** Claims per statistics/grouping partition: large enough to amortise a task, small enough to balance. */
    static final int PARTITION_SIZE = 8192;

    private final int parallelism;
    private final int partitionSize;
    private final StageListener listener;

    public LocalExecutor(int parallelism, StageListener listener) {
        this(parallelism, PARTITION_SIZE, listener);
    }

    LocalExecutor(int parallelism, int partitionSize, StageListener listener) {
        if (parallelism < 1 || partitionSize < 1) {
            throw new IllegalArgumentException("parallelism and partition size must be at least 1: " + parallelism
                    + ", " + partitionSize);
        }
        this.parallelism = parallelism;
        this.partitionSize = partitionSize;
        this.listener = listener;
    }

    public static LocalExecutor onAllCores(StageListener listener) {
        return new LocalExecutor(Runtime.getRuntime().availableProcessors(), listener);
    }

    public List<Finding> run(List<? extends ScreeningModel<?>> models, List<Claim> claims, Region region) {
        ForkJoinPool pool = new ForkJoinPool(parallelism);
        try {
            int[] order = beginOrder(claims);
            List<Finding> all = new ArrayList<>();
            for (ScreeningModel<?> model : models) {
                all.addAll(runOne(pool, model, claims, order, region));
            }
            return ordered(all);
        } finally {
            pool.shutdownNow();
        }
    }

    private <S extends Serializable> List<Finding> runOne(ForkJoinPool pool, ScreeningModel<S> model,
            List<Claim> claims, int[] order, Region region) {
        long t0 = System.nanoTime();
        S statistics = statistics(pool, model, claims, region);
        long t1 = System.nanoTime();
        listener.stageDone(model.code(), "statistics", t1 - t0, claims.size());

        Map<String, int[]> groups = groups(pool, model, claims, order, region);
        long t2 = System.nanoTime();
        listener.stageDone(model.code(), "grouping", t2 - t1, groups.size());

        List<String> keys = new ArrayList<>(groups.keySet());
        keys.sort(null);
        int batches = Math.min(keys.size(), parallelism * 8);
        List<Callable<List<Finding>>> tasks = new ArrayList<>(batches);
        for (int b = 0; b < batches; b++) {
            int batch = b;
            int n = batches;
            tasks.add(() -> {
                List<Finding> out = new ArrayList<>();
                for (int k = batch; k < keys.size(); k += n) {
                    String key = keys.get(k);
                    out.addAll(model.screen(key, groupClaims(groups.get(key), claims), statistics, region));
                }
                return out;
            });
        }
        List<Finding> findings = new ArrayList<>();
        for (List<Finding> part : invokeAll(pool, model, tasks)) {
            findings.addAll(part);
        }
        listener.stageDone(model.code(), "screening", System.nanoTime() - t2, findings.size());
        return findings;
    }

    private <S extends Serializable> S statistics(ForkJoinPool pool, ScreeningModel<S> model, List<Claim> claims,
            Region region) {
        List<Callable<S>> tasks = new ArrayList<>();
        for (int from = 0; from < claims.size(); from += partitionSize) {
            int start = from;
            int end = Math.min(claims.size(), from + partitionSize);
            tasks.add(() -> {
                S s = model.emptyStatistics();
                for (int i = start; i < end; i++) {
                    s = model.accumulate(s, claims.get(i), region);
                }
                return s;
            });
        }
        S result = model.emptyStatistics();
        for (S partial : invokeAll(pool, model, tasks)) {
            result = model.merge(result, partial);
        }
        return result;
    }

    /**
     * Each claim's rank in (visit begin time, visit id) order: groups are put in that order by rank.
     * A primitive sort on (second of begin, position) — begin times are whole minutes in the contract —
     * with runs of equal seconds put in visit-id order afterwards.
     */
    private static int[] beginOrder(List<Claim> claims) {
        int n = claims.size();
        if (n >= 1 << 24) {
            return beginOrderBoxed(claims);
        }
        long first = Long.MAX_VALUE;
        for (Claim c : claims) {
            first = Math.min(first, c.visit().begin().toEpochSecond(java.time.ZoneOffset.UTC));
        }
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            long second = claims.get(i).visit().begin().toEpochSecond(java.time.ZoneOffset.UTC) - first;
            keys[i] = second << 24 | i;
        }
        Arrays.sort(keys);
        int[] byBegin = new int[n];
        for (int r = 0; r < n; r++) {
            byBegin[r] = (int) (keys[r] & 0xFFFFFF);
        }
        Comparator<Integer> byId = Comparator.comparing(i -> claims.get(i).visit().mdtrtId());
        for (int r = 0; r < n; ) {
            int end = r + 1;
            while (end < n && keys[end] >>> 24 == keys[r] >>> 24) {
                end++;
            }
            if (end - r > 1) {
                Integer[] run = new Integer[end - r];
                for (int k = r; k < end; k++) {
                    run[k - r] = byBegin[k];
                }
                Arrays.sort(run, byId);
                for (int k = r; k < end; k++) {
                    byBegin[k] = run[k - r];
                }
            }
            r = end;
        }
        int[] rank = new int[n];
        for (int r = 0; r < n; r++) {
            rank[byBegin[r]] = r;
        }
        return rank;
    }

    private static int[] beginOrderBoxed(List<Claim> claims) {
        Integer[] byBegin = new Integer[claims.size()];
        for (int i = 0; i < byBegin.length; i++) {
            byBegin[i] = i;
        }
        Arrays.sort(byBegin, Comparator.<Integer, java.time.LocalDateTime>comparing(i -> claims.get(i).visit().begin())
                .thenComparing(i -> claims.get(i).visit().mdtrtId()));
        int[] rank = new int[byBegin.length];
        for (int r = 0; r < byBegin.length; r++) {
            rank[byBegin[r]] = r;
        }
        return rank;
    }

    /** Key → indices of its claims, in the order the model's contract promises (begin time, visit id). */
    private Map<String, int[]> groups(ForkJoinPool pool, ScreeningModel<?> model, List<Claim> claims, int[] rank,
            Region region) {
        List<Callable<Map<String, IntList>>> tasks = new ArrayList<>();
        for (int from = 0; from < claims.size(); from += partitionSize) {
            int start = from;
            int end = Math.min(claims.size(), from + partitionSize);
            tasks.add(() -> {
                Map<String, IntList> m = new HashMap<>();
                for (int i = start; i < end; i++) {
                    for (String key : model.keys(claims.get(i), region)) {
                        m.computeIfAbsent(key, k -> new IntList()).add(rank[i]);
                    }
                }
                return m;
            });
        }
        Map<String, IntList> merged = new HashMap<>();
        for (Map<String, IntList> part : invokeAll(pool, model, tasks)) {
            part.forEach((k, v) -> merged.merge(k, v, IntList::addAll));
        }
        int[] claimAt = new int[rank.length];
        for (int i = 0; i < rank.length; i++) {
            claimAt[rank[i]] = i;
        }
        Map<String, int[]> sorted = new HashMap<>(merged.size() * 2);
        merged.forEach((k, v) -> {
            int[] ranks = v.toArray();
            Arrays.sort(ranks);
            for (int j = 0; j < ranks.length; j++) {
                ranks[j] = claimAt[ranks[j]];
            }
            sorted.put(k, ranks);
        });
        return sorted;
    }

    private static List<Claim> groupClaims(int[] indices, List<Claim> claims) {
        List<Claim> group = new ArrayList<>(indices.length);
        for (int i : indices) {
            group.add(claims.get(i));
        }
        return group;
    }

    private static <T> List<T> invokeAll(ForkJoinPool pool, ScreeningModel<?> model, List<Callable<T>> tasks) {
        List<T> results = new ArrayList<>(tasks.size());
        for (Future<T> f : pool.invokeAll(tasks)) {
            try {
                results.add(f.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("screening interrupted in model " + model.code(), e);
            } catch (ExecutionException e) {
                // a model that throws stops the run: a silent "no finding" would hide a broken detector
                throw new ModelFailure(model.code(), e.getCause());
            }
        }
        return results;
    }

    /** Sorted by category, subject, source; one finding per (category, source, subject), the highest score. */
    static List<Finding> ordered(List<Finding> findings) {
        Comparator<Finding> order = Comparator.comparing(Finding::category)
                .thenComparing(Finding::subjectType)
                .thenComparing(Finding::subjectId)
                .thenComparing(Finding::source)
                .thenComparing(Comparator.comparingDouble(Finding::score).reversed())
                .thenComparing(f -> String.join(";", f.evidence()));
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(order);
        List<Finding> unique = new ArrayList<>(sorted.size());
        Finding last = null;
        for (Finding f : sorted) {
            if (last != null && last.category() == f.category() && last.subjectType() == f.subjectType()
                    && last.subjectId().equals(f.subjectId()) && last.source().equals(f.source())) {
                continue;
            }
            unique.add(f);
            last = f;
        }
        return unique;
    }

    /** A model threw: the run stops and names the model. */
    public static final class ModelFailure extends RuntimeException {
        ModelFailure(String model, Throwable cause) {
            super("model " + model + " failed: " + cause, cause);
        }
    }

    private static final class IntList {
        private int[] values = new int[4];
        private int size;

        void add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        IntList addAll(IntList other) {
            for (int i = 0; i < other.size; i++) {
                add(other.values[i]);
            }
            return this;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
