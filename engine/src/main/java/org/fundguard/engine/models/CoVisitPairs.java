package org.fundguard.engine.models;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Pairs of persons who went somewhere together beyond coincidence: admitted to one institution within
 * a few days of each other, or seen at one institution within hours of each other on the same day —
 * on several occasions, at several institutions, more often than two people who come as often as
 * they do would meet by chance (in time and in place).
 */
final class CoVisitPairs implements java.io.Serializable {
    /** A pair's joint occasions: where, and each member's (institution|epoch day) visits on them. */
    static final class Pair {
        final Set<String> institutions = new TreeSet<>();
        final Set<String> occasions = new TreeSet<>();
        final Map<String, Set<String>> visitsOf = new TreeMap<>();
        int coAdmissions;
        int coVisits;
    }

    private final int admissionWindowDays;
    private final int visitWindowMinutes;
    private final int openingMinutes;
    private final int minOccasions;
    private final int minInstitutions;
    private final double maxTimeChance;
    private final double maxPlaceChance;

    CoVisitPairs(int admissionWindowDays, int visitWindowMinutes, int openingMinutes, int minOccasions,
            int minInstitutions, double maxTimeChance, double maxPlaceChance) {
        this.admissionWindowDays = admissionWindowDays;
        this.visitWindowMinutes = visitWindowMinutes;
        this.openingMinutes = openingMinutes;
        this.minOccasions = minOccasions;
        this.minInstitutions = minInstitutions;
        this.maxTimeChance = maxTimeChance;
        this.maxPlaceChance = maxPlaceChance;
    }

    /** The kept pairs by key ({@link #key}), in key order. */
    Map<String, Pair> find(List<CoVisitLog.Entry> log) {
        // intern persons and institutions (sorted, so indices and the order below are deterministic)
        String[] names = log.stream().map(CoVisitLog.Entry::psnNo).distinct().sorted().toArray(String[]::new);
        String[] places = log.stream().map(CoVisitLog.Entry::institution).distinct().sorted().toArray(String[]::new);
        Map<String, Integer> personIndex = indexOf(names);
        Map<String, Integer> placeIndex = indexOf(places);
        int n = log.size();
        int[] rawPerson = new int[n];
        int[] rawPlace = new int[n];
        for (int i = 0; i < n; i++) {
            rawPerson[i] = personIndex.get(log.get(i).psnNo());
            rawPlace[i] = placeIndex.get(log.get(i).institution());
        }
        int[] sorted = byPlaceDayMinute(log, rawPlace, places.length);
        List<CoVisitLog.Entry> entries = new ArrayList<>(n);
        int[] person = new int[n];
        int[] place = new int[n];
        int[] day = new int[n];
        int[] minute = new int[n];
        boolean[] admission = new boolean[n];
        for (int i = 0; i < n; i++) {
            CoVisitLog.Entry e = log.get(sorted[i]);
            entries.add(e);
            person[i] = rawPerson[sorted[i]];
            place[i] = rawPlace[sorted[i]];
            day[i] = e.epochDay();
            minute[i] = e.minute();
            admission[i] = e.admission();
        }
        Map<String, Pair> candidates = new HashMap<>();

        // admissions: same institution within the window, any two persons. Kept as primitive events
        // (pair, i, j) first: in a region of 400 k persons a large hospital admits dozens a day, and
        // millions of pairs admitted once in the same week are never a ring. A pair becomes an object
        // below only when it is also seen together on visits, or its admissions alone could qualify.
        AdmissionEvents together = new AdmissionEvents();
        for (int i = 0; i < n; i++) {
            if (!admission[i]) {
                continue;
            }
            for (int j = i + 1; j < n && place[j] == place[i] && day[j] - day[i] <= admissionWindowDays; j++) {
                if (admission[j] && person[j] != person[i]) {
                    together.add(Math.min(person[i], person[j]), Math.max(person[i], person[j]), i, j);
                }
            }
        }
        long[] admittedPairs = together.sortedPairs();

        // visits: same institution, same day, within the time window. Counted person by person with a
        // sparse accumulator over person indices, so that only pairs seen together repeatedly, at more
        // than one institution, ever become objects (a busy day at a large hospital puts hundreds of
        // people within two hours of each other; neighbours meet again and again at their local clinic).
        int[] bucketStart = new int[n];
        int[] bucketEnd = new int[n];
        for (int i = 0; i < n; ) {
            int j = i + 1;
            while (j < n && day[j] == day[i] && place[j] == place[i]) {
                j++;
            }
            for (int k = i; k < j; k++) {
                bucketStart[k] = i;
                bucketEnd[k] = j;
            }
            i = j;
        }
        int[][] positionsOf = new int[names.length][];
        int[] fill = new int[names.length];
        for (int i = 0; i < n; i++) {
            fill[person[i]]++;
        }
        for (int q = 0; q < names.length; q++) {
            positionsOf[q] = new int[fill[q]];
            fill[q] = 0;
        }
        for (int i = 0; i < n; i++) {
            positionsOf[person[i]][fill[person[i]]++] = i;
        }
        boolean[] admittedTogether = new boolean[names.length];
        for (long pq : admittedPairs) {
            admittedTogether[(int) (pq >>> 32)] = true; // names are sorted: the lower index comes first in key()
        }
        int[] count = new int[names.length];
        int[] firstPlace = new int[names.length];
        boolean[] severalPlaces = new boolean[names.length];
        boolean[] wanted = new boolean[names.length];
        int[] touched = new int[names.length];
        for (int p = 0; p < names.length; p++) {
            int touchedCount = 0;
            for (int e : positionsOf[p]) {
                if (admission[e]) {
                    continue;
                }
                for (int o = firstAtOrAfter(minute, bucketStart[e], bucketEnd[e], minute[e] - visitWindowMinutes);
                        o < bucketEnd[e] && minute[o] <= minute[e] + visitWindowMinutes; o++) {
                    int q = person[o];
                    if (q <= p || admission[o]) {
                        continue;
                    }
                    if (count[q]++ == 0) {
                        touched[touchedCount++] = q;
                        firstPlace[q] = place[o];
                    } else if (firstPlace[q] != place[o]) {
                        severalPlaces[q] = true;
                    }
                }
            }
            boolean any = false;
            for (int t = 0; t < touchedCount; t++) {
                int q = touched[t];
                wanted[q] = count[q] >= minOccasions && (severalPlaces[q] || minInstitutions <= 1)
                        || admittedTogether[p] && java.util.Arrays.binarySearch(admittedPairs, (long) p << 32 | q) >= 0;
                any |= wanted[q];
            }
            if (any) {
                for (int e : positionsOf[p]) {
                    if (admission[e]) {
                        continue;
                    }
                    for (int o = firstAtOrAfter(minute, bucketStart[e], bucketEnd[e], minute[e] - visitWindowMinutes);
                            o < bucketEnd[e] && minute[o] <= minute[e] + visitWindowMinutes; o++) {
                        int q = person[o];
                        if (q > p && wanted[q] && !admission[o]) {
                            record(candidates.computeIfAbsent(key(names[p], names[q]), x -> new Pair()),
                                    entries.get(e), entries.get(o), false);
                        }
                    }
                }
            }
            for (int t = 0; t < touchedCount; t++) {
                int q = touched[t];
                count[q] = 0;
                severalPlaces[q] = false;
                wanted[q] = false;
            }
        }

        // the admissions of each pair, in pair order; a pair seen only on admissions is kept when they
        // alone reach the occasions and institutions the filter below asks for (nothing else could)
        int[] byPair = together.order();
        for (int e = 0; e < byPair.length; ) {
            long pq = together.pair(byPair[e]);
            int end = e + 1;
            while (end < byPair.length && together.pair(byPair[end]) == pq) {
                end++;
            }
            String k = key(names[(int) (pq >>> 32)], names[(int) pq]);
            Pair pair = candidates.get(k);
            boolean known = pair != null;
            if (!known) {
                pair = new Pair();
            }
            for (int x = e; x < end; x++) {
                record(pair, entries.get(together.i(byPair[x])), entries.get(together.j(byPair[x])), true);
            }
            if (!known && pair.occasions.size() >= minOccasions && pair.institutions.size() >= minInstitutions) {
                candidates.put(k, pair);
            }
            e = end;
        }

        int firstDay = Integer.MAX_VALUE;
        int lastDay = Integer.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            firstDay = Math.min(firstDay, day[i]);
            lastDay = Math.max(lastDay, day[i]);
        }
        int days = Math.max(1, lastDay - firstDay + 1);
        Map<String, Pair> kept = new TreeMap<>();
        for (Map.Entry<String, Pair> c : candidates.entrySet()) {
            Pair pair = c.getValue();
            if (pair.occasions.size() < minOccasions || pair.institutions.size() < minInstitutions) {
                continue;
            }
            String[] ab = split(c.getKey());
            List<CoVisitLog.Entry> a = entriesOf(positionsOf[personIndex.get(ab[0])], entries);
            List<CoVisitLog.Entry> b = entriesOf(positionsOf[personIndex.get(ab[1])], entries);
            if (timeChance(pair, a, b, days) <= maxTimeChance && placeChance(pair, a, b) <= maxPlaceChance) {
                kept.put(c.getKey(), pair);
            }
        }
        return kept;
    }

    /**
     * Positions of the log in (institution, day, minute) order: a counting sort by institution, then a
     * primitive sort of (day, minute, position) within each. Ties keep log order; nothing computed
     * from the order depends on how ties fall.
     */
    private static int[] byPlaceDayMinute(List<CoVisitLog.Entry> log, int[] place, int places) {
        int n = log.size();
        int firstDay = Integer.MAX_VALUE;
        for (CoVisitLog.Entry e : log) {
            firstDay = Math.min(firstDay, e.epochDay());
        }
        int[] start = new int[places + 1];
        for (int i = 0; i < n; i++) {
            start[place[i] + 1]++;
        }
        for (int k = 0; k < places; k++) {
            start[k + 1] += start[k];
        }
        long[] keys = new long[n];
        int[] next = start.clone();
        for (int i = 0; i < n; i++) {
            CoVisitLog.Entry e = log.get(i);
            long dayMinute = (long) (e.epochDay() - firstDay) * 1440 + e.minute();
            keys[next[place[i]]++] = dayMinute << 32 | i;
        }
        int[] order = new int[n];
        for (int k = 0; k < places; k++) {
            java.util.Arrays.sort(keys, start[k], start[k + 1]);
        }
        for (int i = 0; i < n; i++) {
            order[i] = (int) keys[i];
        }
        return order;
    }

    private static Map<String, Integer> indexOf(String[] sortedValues) {
        Map<String, Integer> m = new HashMap<>(sortedValues.length * 2);
        for (int i = 0; i < sortedValues.length; i++) {
            m.put(sortedValues[i], i);
        }
        return m;
    }

    private static List<CoVisitLog.Entry> entriesOf(int[] positions, List<CoVisitLog.Entry> entries) {
        List<CoVisitLog.Entry> out = new ArrayList<>(positions.length);
        for (int i : positions) {
            out.add(entries.get(i));
        }
        return out;
    }

    /** The first position in [from, to) of a minute-sorted run whose minute is at least {@code minute}. */
    private static int firstAtOrAfter(int[] minutes, int from, int to, int minute) {
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (minutes[mid] < minute) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static void record(Pair p, CoVisitLog.Entry a, CoVisitLog.Entry b, boolean admission) {
        p.institutions.add(a.institution());
        p.occasions.add(placeDay(a.institution(), Math.min(a.epochDay(), b.epochDay())));
        p.visitsOf.computeIfAbsent(a.psnNo(), k -> new TreeSet<>()).add(placeDay(a.institution(), a.epochDay()));
        p.visitsOf.computeIfAbsent(b.psnNo(), k -> new TreeSet<>()).add(placeDay(b.institution(), b.epochDay()));
        if (admission) {
            p.coAdmissions++;
        } else {
            p.coVisits++;
        }
    }

    /**
     * The chance that two persons who each come to the same institutions as often as they do meet
     * there at least this often by coincidence: Poisson with the expected number of chance meetings,
     * the sum over institutions of (their visits there) × (the other's) × (the meeting window / days),
     * the window of a visit being the same day and within the minutes allowed of an opening day.
     */
    private double timeChance(Pair pair, List<CoVisitLog.Entry> a, List<CoVisitLog.Entry> b, int days) {
        Map<String, int[]> countA = counts(a);
        Map<String, int[]> countB = counts(b);
        double expected = 0;
        for (Map.Entry<String, int[]> e : countA.entrySet()) {
            int[] nb = countB.get(e.getKey());
            if (nb != null) {
                double window = e.getKey().endsWith("|A") ? 2 * admissionWindowDays + 1
                        : Math.min(1, (2.0 * visitWindowMinutes + 1) / openingMinutes);
                expected += e.getValue()[0] * (double) nb[0] * window / days;
            }
        }
        return poissonTail(pair.occasions.size(), expected);
    }

    /**
     * Given how often the two coincided in time anywhere (admitted within the window, or seen the same
     * day), the chance that so many coincidences fell on the same institution if each chose
     * institutions as they usually do (binomial). Patients on the same treatment cycle coincide in
     * time at every cycle but choose their hospital independently; a group's coincidences are all at
     * the same place.
     */
    private double placeChance(Pair pair, List<CoVisitLog.Entry> a, List<CoVisitLog.Entry> b) {
        // admissions and visits apart: each kind's coincidences and each kind's usual places
        int[] coincidences = new int[2];
        for (CoVisitLog.Entry x : a) {
            for (CoVisitLog.Entry y : b) {
                if (x.admission() == y.admission() && Math.abs(x.epochDay() - y.epochDay())
                        <= (x.admission() ? admissionWindowDays : 0)) {
                    coincidences[x.admission() ? 0 : 1]++;
                }
            }
        }
        double[] same = {sameInstitution(a, b, true), sameInstitution(a, b, false)};
        int[] together = {pair.coAdmissions, pair.coVisits};
        int n = 0;
        int k = 0;
        double expected = 0;
        for (int kind = 0; kind < 2; kind++) {
            int nk = Math.max(together[kind], coincidences[kind]);
            n += nk;
            k += Math.min(together[kind], coincidences[kind]);
            expected += nk * same[kind];
        }
        return n == 0 ? 1 : binomialTail(k, n, expected / n);
    }

    /** The chance that two persons' visits of one kind fall on the same institution, by their usual choices. */
    private static double sameInstitution(List<CoVisitLog.Entry> a, List<CoVisitLog.Entry> b, boolean admission) {
        Map<String, int[]> countA = new HashMap<>();
        Map<String, int[]> countB = new HashMap<>();
        int na = 0;
        int nb = 0;
        for (CoVisitLog.Entry e : a) {
            if (e.admission() == admission) {
                countA.computeIfAbsent(e.institution(), k -> new int[1])[0]++;
                na++;
            }
        }
        for (CoVisitLog.Entry e : b) {
            if (e.admission() == admission) {
                countB.computeIfAbsent(e.institution(), k -> new int[1])[0]++;
                nb++;
            }
        }
        double same = 0;
        for (Map.Entry<String, int[]> e : countA.entrySet()) {
            int[] c = countB.get(e.getKey());
            if (c != null) {
                same += e.getValue()[0] / (double) na * c[0] / nb;
            }
        }
        return same;
    }

    private static Map<String, int[]> counts(List<CoVisitLog.Entry> entries) {
        Map<String, int[]> m = new HashMap<>();
        for (CoVisitLog.Entry e : entries) {
            m.computeIfAbsent(e.institution() + (e.admission() ? "|A" : "|V"), k -> new int[1])[0]++;
        }
        return m;
    }

    /** P(X ≥ k) for X ~ Poisson(λ). */
    static double poissonTail(int k, double lambda) {
        if (k <= 0) {
            return 1;
        }
        if (lambda <= 0) {
            return 0;
        }
        double term = Math.exp(-lambda);
        double below = 0;
        for (int j = 0; j < k; j++) {
            below += term;
            term *= lambda / (j + 1);
        }
        return Math.max(0, 1 - below);
    }

    /** P(X ≥ k) for X ~ Binomial(n, q). */
    static double binomialTail(int k, int n, double q) {
        if (k <= 0) {
            return 1;
        }
        if (q >= 1) {
            return k <= n ? 1 : 0;
        }
        double below = 0;
        double term = Math.pow(1 - q, n);
        for (int j = 0; j < k && j <= n; j++) {
            below += term;
            term = term * (n - j) / (j + 1) * q / (1 - q);
        }
        return Math.max(0, 1 - below);
    }

    /** Co-admissions as (person pair, position, position), in primitive arrays. */
    private static final class AdmissionEvents {
        private long[] pairs = new long[1024];
        private int[] is = new int[1024];
        private int[] js = new int[1024];
        private int size;

        void add(int lower, int upper, int i, int j) {
            if (size == pairs.length) {
                int m = size + (size >> 1);
                pairs = java.util.Arrays.copyOf(pairs, m);
                is = java.util.Arrays.copyOf(is, m);
                js = java.util.Arrays.copyOf(js, m);
            }
            pairs[size] = (long) lower << 32 | upper;
            is[size] = i;
            js[size] = j;
            size++;
        }

        long pair(int e) {
            return pairs[e];
        }

        int i(int e) {
            return is[e];
        }

        int j(int e) {
            return js[e];
        }

        /** The distinct pairs, sorted. */
        long[] sortedPairs() {
            long[] p = java.util.Arrays.copyOf(pairs, size);
            java.util.Arrays.sort(p);
            int u = 0;
            for (int k = 0; k < p.length; k++) {
                if (k == 0 || p[k] != p[k - 1]) {
                    p[u++] = p[k];
                }
            }
            return java.util.Arrays.copyOf(p, u);
        }

        /** Event indices by pair, in event order within a pair. */
        int[] order() {
            int[] o = new int[size];
            for (int k = 0; k < size; k++) {
                o[k] = k;
            }
            Columns.sort(o, 0, size, (x, y) -> Long.compare(pairs[x], pairs[y]));
            return o;
        }
    }

    static String placeDay(String institution, int epochDay) {
        return institution + '|' + epochDay;
    }

    static String key(String a, String b) {
        return a.compareTo(b) < 0 ? a + '\u0001' + b : b + '\u0001' + a;
    }

    static String[] split(String key) {
        return key.split("\u0001");
    }
}
