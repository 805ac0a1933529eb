package org.fundguard.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.fundguard.core.Category;
import org.fundguard.core.FeeDetail;
import org.fundguard.core.SubjectType;
import org.fundguard.engine.Claim;
import org.fundguard.engine.Finding;
import org.fundguard.engine.Region;
import org.fundguard.engine.ScreeningModel;

/**
 * Screening models that exist only to prove the Spark plumbing against the local run: statistics
 * that must be merged right (a score depends on them), groups that must arrive whole and in order,
 * several keys per claim, and one subject named from two groups (the best finding must win).
 */
final class PlumbingModels {
    private PlumbingModels() {
    }

    static List<ScreeningModel<?>> all() {
        return List.of(new VisitsPerDay(), new InstitutionMeanAbove(), new PractitionerPerson());
    }

    /** Totals as exact longs: merge order cannot change them. */
    static final class Totals implements Serializable {
        long claims;
        long lines;
        long amountFen;
    }

    /** Person key; flags a day with 2+ visits, scored against the region's mean lines per claim. */
    static final class VisitsPerDay implements ScreeningModel<Totals> {
        @Override
        public String code() {
            return "TEST-VISITS-PER-DAY";
        }

        @Override
        public String version() {
            return "1";
        }

        @Override
        public Category category() {
            return Category.CARD_HARVEST;
        }

        @Override
        public List<String> keys(Claim claim, Region region) {
            return List.of(claim.visit().psnNo());
        }

        @Override
        public Totals emptyStatistics() {
            return new Totals();
        }

        @Override
        public Totals accumulate(Totals s, Claim claim, Region region) {
            s.claims++;
            s.lines += claim.lines().size();
            for (FeeDetail f : claim.lines()) {
                s.amountFen += f.amountFen();
            }
            return s;
        }

        @Override
        public Totals merge(Totals a, Totals b) {
            a.claims += b.claims;
            a.lines += b.lines;
            a.amountFen += b.amountFen;
            return a;
        }

        @Override
        public List<Finding> screen(String key, List<Claim> group, Totals stats, Region region) {
            Map<LocalDate, List<Claim>> byDay = new TreeMap<>();
            for (Claim c : group) {
                byDay.computeIfAbsent(c.visit().begin().toLocalDate(), d -> new ArrayList<>()).add(c);
            }
            double meanLines = stats.lines / (double) stats.claims;
            List<Finding> out = new ArrayList<>();
            byDay.forEach((day, claims) -> {
                if (claims.size() < 2) {
                    return;
                }
                // the order screen() got the claims in decides which visit is "the second": it must match
                Claim second = claims.get(1);
                long amount = second.lines().stream().mapToLong(FeeDetail::amountFen).sum();
                double score = Math.min(1.0, claims.size() / (claims.size() + meanLines));
                List<String> evidence = new ArrayList<>();
                for (Claim c : claims) {
                    evidence.add("visits:" + c.visit().mdtrtId());
                }
                out.add(new Finding("MODEL:" + code(), version(), category(), SubjectType.VISIT,
                        second.visit().mdtrtId(), second.visit().institutionCode(), key, score, amount, amount * 7 / 10,
                        evidence, Map.of("visits_that_day", Integer.toString(claims.size()),
                                "mean_lines", String.format("%.3f", meanLines)),
                        "参保人" + key + "于" + day + "就诊" + claims.size() + "次"));
            });
            return out;
        }
    }

    /** Mean claim amount per hospital level: a map statistic merged from partitions. */
    static final class LevelMeans implements Serializable {
        final Map<String, long[]> byLevel = new HashMap<>();
    }

    /** Institution key; flags one whose mean claim amount exceeds its level's mean by half. */
    static final class InstitutionMeanAbove implements ScreeningModel<LevelMeans> {
        @Override
        public String code() {
            return "TEST-INSTITUTION-MEAN";
        }

        @Override
        public String version() {
            return "1";
        }

        @Override
        public Category category() {
            return Category.EXCESSIVE_SERVICE;
        }

        @Override
        public List<String> keys(Claim claim, Region region) {
            return List.of(claim.visit().institutionCode());
        }

        @Override
        public LevelMeans emptyStatistics() {
            return new LevelMeans();
        }

        @Override
        public LevelMeans accumulate(LevelMeans s, Claim claim, Region region) {
            String level = region.institution(claim.visit().institutionCode()).level().code();
            long[] t = s.byLevel.computeIfAbsent(level, k -> new long[2]);
            t[0]++;
            for (FeeDetail f : claim.lines()) {
                t[1] += f.amountFen();
            }
            return s;
        }

        @Override
        public LevelMeans merge(LevelMeans a, LevelMeans b) {
            b.byLevel.forEach((k, v) -> {
                long[] t = a.byLevel.computeIfAbsent(k, x -> new long[2]);
                t[0] += v[0];
                t[1] += v[1];
            });
            return a;
        }

        @Override
        public List<Finding> screen(String key, List<Claim> group, LevelMeans stats, Region region) {
            String level = region.institution(key).level().code();
            long[] t = stats.byLevel.get(level);
            long total = 0;
            for (Claim c : group) {
                for (FeeDetail f : c.lines()) {
                    total += f.amountFen();
                }
            }
            long mean = total / group.size();
            long levelMean = t[1] / t[0];
            if (mean * 2 <= levelMean * 3) {
                return List.of();
            }
            long excess = (mean - levelMean) * group.size();
            return List.of(new Finding("MODEL:" + code(), version(), category(), SubjectType.INSTITUTION, key, key, null,
                    Math.min(1.0, mean / (double) levelMean / 3), excess, excess / 2,
                    List.of("institutions:" + key, "visits:" + group.get(0).visit().mdtrtId()),
                    Map.of("mean_fen", Long.toString(mean), "level_mean_fen", Long.toString(levelMean)),
                    "机构" + key + "次均费用" + mean + "分，高于同级均值" + levelMean + "分"));
        }
    }

    /**
     * Keyed by every ordering practitioner of a claim's lines (several keys per claim); names the
     * person, so a person seen by two practitioners is named from two groups with different scores.
     */
    static final class PractitionerPerson implements ScreeningModel<Totals> {
        @Override
        public String code() {
            return "TEST-PRACTITIONER-PERSON";
        }

        @Override
        public String version() {
            return "1";
        }

        @Override
        public Category category() {
            return Category.COLLUSION_RING;
        }

        @Override
        public List<String> keys(Claim claim, Region region) {
            LinkedHashSet<String> keys = new LinkedHashSet<>();
            for (FeeDetail f : claim.lines()) {
                if (f.orderingPractitioner() != null) {
                    keys.add(f.orderingPractitioner());
                }
            }
            return List.copyOf(keys);
        }

        @Override
        public Totals emptyStatistics() {
            return new Totals();
        }

        @Override
        public Totals accumulate(Totals s, Claim claim, Region region) {
            s.claims++;
            return s;
        }

        @Override
        public Totals merge(Totals a, Totals b) {
            a.claims += b.claims;
            return a;
        }

        @Override
        public List<Finding> screen(String key, List<Claim> group, Totals stats, Region region) {
            Map<String, Integer> visitsByPerson = new TreeMap<>();
            for (Claim c : group) {
                visitsByPerson.merge(c.visit().psnNo(), 1, Integer::sum);
            }
            List<Finding> out = new ArrayList<>();
            visitsByPerson.forEach((psn, n) -> {
                if (n >= 3) {
                    double score = Math.min(1.0, n / 10.0 + group.size() / (double) stats.claims);
                    out.add(new Finding("MODEL:" + code(), version(), category(), SubjectType.PERSON, psn, null, psn,
                            score, 0, 0, List.of("persons:" + psn, "practitioners:" + key),
                            Map.of("visits", Integer.toString(n)), "参保人" + psn + "由医师" + key + "接诊" + n + "次"));
                }
            });
            return out;
        }
    }
}
