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
 * claims grouped by the model's keys; one {@code screen} call per group. All models share two
 * passes over the claims, so a {@link ClaimStore} builds each claim a few times, not a few times per
 * model, and holds at most a window of chunks and one group per thread as records.
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
        return run(models, ClaimTable.of(claims), region);
    }

    /** Runs the models over a compact store: claims are built a chunk or a group at a time and let go. */
    public List<Finding> run(List<? extends ScreeningModel<?>> models, ClaimStore claims, Region region) {
        return run(models, (ClaimTable) claims, region);
    }

    /**
     * Two passes over the claims whatever the number of models, so that each claim is built (from a
     * {@link ClaimStore}) a handful of times rather than a few times per model: (1) per fixed chunk of
     * claims, every model's statistics and keys; (2) per key, the union of the models' groups built
     * once and each model's group screened.
     */
    List<Finding> run(List<? extends ScreeningModel<?>> models, ClaimTable claims, Region region) {
        if (models.isEmpty()) {
            return List.of(); // --category with rule categories only: no claim needs building
        }
        ForkJoinPool pool = new ForkJoinPool(parallelism);
        try {
            int[] rank = beginOrder(claims);
            Statistics statistics = statisticsAndGroups(pool, models, claims, rank, region);
            return ordered(screen(pool, models, claims, rank, statistics, region));
        } finally {
            pool.shutdownNow();
        }
    }

    /** Every model's region statistics and groups (key → claim indices in begin order). */
    private record Statistics(Serializable[] values, List<Map<String, int[]>> groups) {
    }

    /** What one chunk of claims contributed to every model. */
    private record Chunk(Serializable[] partials, List<Map<String, IntList>> keys, long[] statisticsNanos,
            long[] keysNanos) {
    }

    @SuppressWarnings("unchecked")
    private static ScreeningModel<Serializable> raw(ScreeningModel<?> model) {
        return (ScreeningModel<Serializable>) model;
    }

    private Statistics statisticsAndGroups(ForkJoinPool pool, List<? extends ScreeningModel<?>> models, ClaimTable claims,
            int[] rank, Region region) {
        int m = models.size();
        long t0 = System.nanoTime();
        Serializable[] values = new Serializable[m];
        List<Map<String, IntList>> merged = new ArrayList<>(m);
        for (int j = 0; j < m; j++) {
            values[j] = models.get(j).emptyStatistics();
            merged.add(new HashMap<>());
        }
        long[] statisticsNanos = new long[m];
        long[] keysNanos = new long[m];
        // chunks are merged in chunk order as they finish; a window of them in flight bounds the memory
        java.util.ArrayDeque<Future<Chunk>> inFlight = new java.util.ArrayDeque<>();
        int n = claims.size();
        for (int from = 0; from < n || !inFlight.isEmpty(); ) {
            if (from < n && inFlight.size() < parallelism * 2) {
                int start = from;
                int end = Math.min(n, from + partitionSize);
                inFlight.add(pool.submit(() -> chunk(models, claims, start, end, rank, region)));
                from = end;
                continue;
            }
            Chunk c = await(inFlight.poll());
            for (int j = 0; j < m; j++) {
                ScreeningModel<Serializable> model = raw(models.get(j));
                try {
                    values[j] = model.merge(values[j], c.partials()[j]);
                } catch (RuntimeException e) {
                    throw new ModelFailure(model.code(), e);
                }
                Map<String, IntList> into = merged.get(j);
                c.keys().get(j).forEach((k, v) -> into.merge(k, v, IntList::addAll));
                statisticsNanos[j] += c.statisticsNanos()[j];
                keysNanos[j] += c.keysNanos()[j];
            }
        }
        int[] claimAt = new int[rank.length];
        for (int i = 0; i < rank.length; i++) {
            claimAt[rank[i]] = i;
        }
        List<Map<String, int[]>> groups = new ArrayList<>(m);
        for (int j = 0; j < m; j++) {
            Map<String, int[]> sorted = new HashMap<>(merged.get(j).size() * 2);
            merged.get(j).forEach((k, v) -> {
                int[] ranks = v.toArray();
                Arrays.sort(ranks);
                for (int r = 0; r < ranks.length; r++) {
                    ranks[r] = claimAt[ranks[r]];
                }
                sorted.put(k, ranks);
            });
            merged.set(j, null);
            groups.add(sorted);
        }
        long wall = System.nanoTime() - t0;
        listener.stageDone("claims", "statistics and grouping pass", wall, n);
        for (int j = 0; j < m; j++) {
            // time on the worker threads, summed: the models share the pass
            listener.stageDone(models.get(j).code(), "statistics", statisticsNanos[j], n);
            listener.stageDone(models.get(j).code(), "grouping", keysNanos[j], groups.get(j).size());
        }
        return new Statistics(values, groups);
    }

    private static Chunk chunk(List<? extends ScreeningModel<?>> models, ClaimTable claims, int start, int end, int[] rank,
            Region region) {
        Claim[] cs = new Claim[end - start];
        for (int i = start; i < end; i++) {
            cs[i - start] = claims.claim(i);
        }
        int m = models.size();
        Serializable[] partials = new Serializable[m];
        List<Map<String, IntList>> keys = new ArrayList<>(m);
        long[] statisticsNanos = new long[m];
        long[] keysNanos = new long[m];
        for (int j = 0; j < m; j++) {
            ScreeningModel<Serializable> model = raw(models.get(j));
            try {
                long t0 = System.nanoTime();
                Serializable s = model.emptyStatistics();
                for (Claim c : cs) {
                    s = model.accumulate(s, c, region);
                }
                partials[j] = s;
                long t1 = System.nanoTime();
                Map<String, IntList> byKey = new HashMap<>();
                for (int i = 0; i < cs.length; i++) {
                    for (String key : model.keys(cs[i], region)) {
                        byKey.computeIfAbsent(key, k -> new IntList()).add(rank[start + i]);
                    }
                }
                keys.add(byKey);
                statisticsNanos[j] = t1 - t0;
                keysNanos[j] = System.nanoTime() - t1;
            } catch (RuntimeException e) {
                // a model that throws stops the run: a silent "no finding" would hide a broken detector
                throw new ModelFailure(model.code(), e);
            }
        }
        return new Chunk(partials, keys, statisticsNanos, keysNanos);
    }

    private List<Finding> screen(ForkJoinPool pool, List<? extends ScreeningModel<?>> models, ClaimTable claims,
            int[] rank, Statistics statistics, Region region) {
        long t0 = System.nanoTime();
        int m = models.size();
        // models grouping by the same key (a person, an institution) share the claims built for it
        Map<String, int[][]> byKey = new HashMap<>();
        for (int j = 0; j < m; j++) {
            int model = j;
            statistics.groups().get(j).forEach((k, idx) -> byKey.computeIfAbsent(k, x -> new int[m][])[model] = idx);
            statistics.groups().set(j, null);
        }
        List<String> keys = new ArrayList<>(byKey.keySet());
        keys.sort(null);
        int batches = Math.min(keys.size(), parallelism * 8);
        List<Callable<Screened>> tasks = new ArrayList<>(batches);
        for (int b = 0; b < batches; b++) {
            int batch = b;
            tasks.add(() -> {
                Screened out = new Screened(new ArrayList<>(), new long[m], new int[m]);
                for (int k = batch; k < keys.size(); k += batches) {
                    String key = keys.get(k);
                    screenKey(models, key, byKey.get(key), claims, rank, statistics.values(), region, out);
                }
                return out;
            });
        }
        List<Finding> findings = new ArrayList<>();
        long[] nanos = new long[m];
        int[] found = new int[m];
        for (Future<Screened> f : pool.invokeAll(tasks)) {
            Screened s = await(f);
            findings.addAll(s.findings());
            for (int j = 0; j < m; j++) {
                nanos[j] += s.nanos()[j];
                found[j] += s.found()[j];
            }
        }
        listener.stageDone("claims", "screening pass", System.nanoTime() - t0, keys.size());
        for (int j = 0; j < m; j++) {
            listener.stageDone(models.get(j).code(), "screening", nanos[j], found[j]);
        }
        return findings;
    }

    private record Screened(List<Finding> findings, long[] nanos, int[] found) {
    }

    private static void screenKey(List<? extends ScreeningModel<?>> models, String key, int[][] groups, ClaimTable claims,
            int[] rank, Serializable[] statistics, Region region, Screened out) {
        int total = 0;
        int[] only = null;
        int holders = 0;
        for (int[] g : groups) {
            if (g != null) {
                total += g.length;
                only = g;
                holders++;
            }
        }
        // the claims of every model's group under this key, each built once, in rank order
        int[] unionRanks;
        if (holders == 1) {
            unionRanks = new int[only.length];
            for (int i = 0; i < only.length; i++) {
                unionRanks[i] = rank[only[i]];
            }
        } else {
            int[] all = new int[total];
            int p = 0;
            for (int[] g : groups) {
                if (g != null) {
                    for (int idx : g) {
                        all[p++] = rank[idx];
                    }
                }
            }
            Arrays.sort(all);
            int u = 0;
            for (int i = 0; i < all.length; i++) {
                if (i == 0 || all[i] != all[i - 1]) {
                    all[u++] = all[i];
                }
            }
            unionRanks = Arrays.copyOf(all, u);
        }
        Claim[] built = new Claim[unionRanks.length];
        for (int j = 0; j < models.size(); j++) {
            int[] g = groups[j];
            if (g == null) {
                continue;
            }
            List<Claim> group = new ArrayList<>(g.length);
            for (int idx : g) {
                int at = Arrays.binarySearch(unionRanks, rank[idx]);
                if (built[at] == null) {
                    built[at] = claims.claim(idx);
                }
                group.add(built[at]);
            }
            ScreeningModel<Serializable> model = raw(models.get(j));
            long t0 = System.nanoTime();
            List<Finding> f;
            try {
                f = model.screen(key, group, statistics[j], region);
            } catch (RuntimeException e) {
                throw new ModelFailure(model.code(), e);
            }
            out.nanos()[j] += System.nanoTime() - t0;
            out.found()[j] += f.size();
            out.findings().addAll(f);
        }
    }

    private static <T> T await(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("screening interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ModelFailure failure) {
                throw failure;
            }
            throw new IllegalStateException("screening failed: " + e.getCause(), e.getCause());
        }
    }

    /**
     * Each claim's rank in (visit begin time, visit id) order: groups are put in that order by rank.
     * A primitive sort on (second of begin, position) — begin times are whole minutes in the contract —
     * with runs of equal seconds put in visit-id order afterwards.
     */
    private static int[] beginOrder(ClaimTable claims) {
        int n = claims.size();
        if (n >= 1 << 24) {
            return beginOrderBoxed(claims);
        }
        long first = Long.MAX_VALUE;
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = claims.beginSecond(i);
            first = Math.min(first, keys[i]);
        }
        for (int i = 0; i < n; i++) {
            keys[i] = (keys[i] - first) << 24 | i;
        }
        Arrays.sort(keys);
        int[] byBegin = new int[n];
        for (int r = 0; r < n; r++) {
            byBegin[r] = (int) (keys[r] & 0xFFFFFF);
        }
        for (int r = 0; r < n; ) {
            int end = r + 1;
            while (end < n && keys[end] >>> 24 == keys[r] >>> 24) {
                end++;
            }
            if (end - r > 1) {
                String[] ids = new String[end - r];
                Integer[] run = new Integer[end - r];
                for (int k = r; k < end; k++) {
                    run[k - r] = k - r;
                    ids[k - r] = claims.visitId(byBegin[k]);
                }
                Arrays.sort(run, Comparator.comparing(k -> ids[k]));
                int[] positions = new int[end - r];
                for (int k = 0; k < run.length; k++) {
                    positions[k] = byBegin[r + run[k]];
                }
                System.arraycopy(positions, 0, byBegin, r, positions.length);
            }
            r = end;
        }
        int[] rank = new int[n];
        for (int r = 0; r < n; r++) {
            rank[byBegin[r]] = r;
        }
        return rank;
    }

    private static int[] beginOrderBoxed(ClaimTable claims) {
        Integer[] byBegin = new Integer[claims.size()];
        for (int i = 0; i < byBegin.length; i++) {
            byBegin[i] = i;
        }
        Arrays.sort(byBegin, Comparator.<Integer>comparingLong(claims::beginSecond).thenComparing(claims::visitId));
        int[] rank = new int[byBegin.length];
        for (int r = 0; r < byBegin.length; r++) {
            rank[byBegin[r]] = r;
        }
        return rank;
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
