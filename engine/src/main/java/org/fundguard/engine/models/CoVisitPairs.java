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

        // visits: same institution, same day, within the time window; counted person by person so that
        // only pairs seen together repeatedly are ever kept (a busy day would otherwise make every pair)
        Map<String, List<CoVisitLog.Entry>> buckets = new HashMap<>();
        Map<String, List<CoVisitLog.Entry>> byPerson = new TreeMap<>();
        for (CoVisitLog.Entry e : entries) {
            byPerson.computeIfAbsent(e.psnNo(), k -> new ArrayList<>()).add(e);
            if (!e.admission()) {
                buckets.computeIfAbsent(e.institution() + '|' + e.epochDay(), k -> new ArrayList<>()).add(e);
            }
        }
        for (Map.Entry<String, List<CoVisitLog.Entry>> person : byPerson.entrySet()) {
            String p = person.getKey();
            Map<String, List<CoVisitLog.Entry[]>> met = new HashMap<>();
            for (CoVisitLog.Entry e : person.getValue()) {
                if (e.admission()) {
                    continue;
                }
                for (CoVisitLog.Entry o : buckets.get(e.institution() + '|' + e.epochDay())) {
                    if (o.psnNo().compareTo(p) > 0 && Math.abs(o.minute() - e.minute()) <= visitWindowMinutes) {
                        met.computeIfAbsent(o.psnNo(), k -> new ArrayList<>()).add(new CoVisitLog.Entry[] {e, o});
                    }
                }
            }
            met.forEach((q, together) -> {
                String k = key(p, q);
                if (together.size() >= minOccasions || candidates.containsKey(k)) {
                    Pair pair = candidates.computeIfAbsent(k, x -> new Pair());
                    together.forEach(t -> record(pair, t[0], t[1], false));
                }
            });
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
        int coincidences = 0;
        for (CoVisitLog.Entry x : a) {
            for (CoVisitLog.Entry y : b) {
                if (x.admission() == y.admission() && Math.abs(x.epochDay() - y.epochDay())
                        <= (x.admission() ? admissionWindowDays : 0)) {
                    coincidences++;
                }
            }
        }
        Map<String, int[]> countA = counts(a);
        Map<String, int[]> countB = counts(b);
        double same = 0;
        for (Map.Entry<String, int[]> e : countA.entrySet()) {
            int[] nb = countB.get(e.getKey());
            if (nb != null) {
                same += e.getValue()[0] / (double) a.size() * nb[0] / b.size();
            }
        }
        int together = pair.coAdmissions + pair.coVisits;
        return binomialTail(Math.min(together, coincidences), Math.max(together, coincidences), same);
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
