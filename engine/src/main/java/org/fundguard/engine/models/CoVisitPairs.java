package org.fundguard.engine.models;

import java.util.ArrayList;
import java.util.Comparator;
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
        List<CoVisitLog.Entry> entries = new ArrayList<>(log);
        entries.sort(Comparator.comparing(CoVisitLog.Entry::institution).thenComparingInt(CoVisitLog.Entry::epochDay)
                .thenComparingInt(CoVisitLog.Entry::minute).thenComparing(CoVisitLog.Entry::psnNo)
                .thenComparing(CoVisitLog.Entry::admission));
        Map<String, Pair> candidates = new HashMap<>();

        // admissions: same institution within the window, any two persons (admissions are few)
        List<CoVisitLog.Entry> admissions = entries.stream().filter(CoVisitLog.Entry::admission).toList();
        for (int i = 0; i < admissions.size(); i++) {
            CoVisitLog.Entry a = admissions.get(i);
            for (int j = i + 1; j < admissions.size(); j++) {
                CoVisitLog.Entry b = admissions.get(j);
                if (!b.institution().equals(a.institution()) || b.epochDay() - a.epochDay() > admissionWindowDays) {
                    break;
                }
                if (!a.psnNo().equals(b.psnNo())) {
                    record(candidates.computeIfAbsent(key(a.psnNo(), b.psnNo()), k -> new Pair()), a, b, true);
                }
            }
        }
        // visits: same institution, same day, within the time window. Counted person by person with a
        // sparse accumulator over person indices, so that only pairs seen together repeatedly ever
        // become objects (a busy day at a large hospital puts hundreds of people within two hours).
        Map<String, List<CoVisitLog.Entry>> byPerson = new HashMap<>();
        for (CoVisitLog.Entry e : entries) {
            byPerson.computeIfAbsent(e.psnNo(), k -> new ArrayList<>()).add(e);
        }
        String[] names = byPerson.keySet().toArray(new String[0]);
        java.util.Arrays.sort(names);
        Map<String, Integer> personIndex = new HashMap<>(names.length * 2);
        for (String p : names) {
            personIndex.put(p, personIndex.size());
        }
        int n = entries.size();
        int[] person = new int[n];
        int[] minute = new int[n];
        boolean[] admission = new boolean[n];
        int[] bucketStart = new int[n];
        int[] bucketEnd = new int[n];
        for (int i = 0; i < n; i++) {
            person[i] = personIndex.get(entries.get(i).psnNo());
            minute[i] = entries.get(i).minute();
            admission[i] = entries.get(i).admission();
        }
        // entries are sorted by institution, day, minute: a bucket (institution, day) is a run of them
        for (int i = 0; i < n; ) {
            int j = i + 1;
            while (j < n && entries.get(j).epochDay() == entries.get(i).epochDay()
                    && entries.get(j).institution().equals(entries.get(i).institution())) {
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
        for (int p = 0; p < positionsOf.length; p++) {
            positionsOf[p] = new int[fill[p]];
            fill[p] = 0;
        }
        for (int i = 0; i < n; i++) {
            positionsOf[person[i]][fill[person[i]]++] = i;
        }
        java.util.Set<String> admittedTogether = new java.util.HashSet<>();
        candidates.keySet().forEach(k -> admittedTogether.add(split(k)[0]));
        int[] count = new int[names.length];
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
                    if (q > p && !admission[o] && count[q]++ == 0) {
                        touched[touchedCount++] = q;
                    }
                }
            }
            boolean admitted = admittedTogether.contains(names[p]);
            for (int t = 0; t < touchedCount; t++) {
                int q = touched[t];
                if (count[q] >= minOccasions || admitted && candidates.containsKey(key(names[p], names[q]))) {
                    Pair pair = candidates.computeIfAbsent(key(names[p], names[q]), x -> new Pair());
                    for (int e : positionsOf[p]) {
                        if (admission[e]) {
                            continue;
                        }
                        for (int o = firstAtOrAfter(minute, bucketStart[e], bucketEnd[e], minute[e] - visitWindowMinutes);
                                o < bucketEnd[e] && minute[o] <= minute[e] + visitWindowMinutes; o++) {
                            if (person[o] == q && !admission[o]) {
                                record(pair, entries.get(e), entries.get(o), false);
                            }
                        }
                    }
                }
                count[q] = 0;
            }
        }
        int firstDay = Integer.MAX_VALUE;
        int lastDay = Integer.MIN_VALUE;
        for (CoVisitLog.Entry e : entries) {
            firstDay = Math.min(firstDay, e.epochDay());
            lastDay = Math.max(lastDay, e.epochDay());
        }
        int days = Math.max(1, lastDay - firstDay + 1);
        Map<String, Pair> kept = new TreeMap<>();
        for (Map.Entry<String, Pair> c : candidates.entrySet()) {
            Pair pair = c.getValue();
            if (pair.occasions.size() < minOccasions || pair.institutions.size() < minInstitutions) {
                continue;
            }
            String[] ab = split(c.getKey());
            List<CoVisitLog.Entry> a = byPerson.getOrDefault(ab[0], List.of());
            List<CoVisitLog.Entry> b = byPerson.getOrDefault(ab[1], List.of());
            if (timeChance(pair, a, b, days) <= maxTimeChance && placeChance(pair, a, b) <= maxPlaceChance) {
                kept.put(c.getKey(), pair);
            }
        }
        return kept;
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
