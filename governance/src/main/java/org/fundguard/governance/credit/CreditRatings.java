package org.fundguard.governance.credit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Rates subjects year by year from confirmed findings, sanctions and practitioner points: a pure
 * function of its inputs and the scheme. A record decided in year Y counts in the ratings of years
 * Y .. Y + window_years - 1.
 */
public final class CreditRatings {
    private final CreditScheme scheme;
    private final Map<Subject, NavigableMap<Integer, CreditRating>> history;

    private CreditRatings(CreditScheme scheme, Map<Subject, NavigableMap<Integer, CreditRating>> history) {
        this.scheme = scheme;
        this.history = history;
    }

    /**
     * Rates every subject that has a record, and every subject in {@code alsoRate} (so clean subjects
     * get their A), for each year from {@code firstYear} to {@code lastYear}.
     */
    public static CreditRatings rate(CreditScheme scheme, int firstYear, int lastYear, Collection<Subject> alsoRate,
            Collection<ConfirmedFinding> findings, Collection<Sanction> sanctions,
            Collection<PractitionerPoints> points) {
        Objects.requireNonNull(scheme, "scheme");
        if (lastYear < firstYear) {
            throw new IllegalArgumentException("last year " + lastYear + " before first year " + firstYear);
        }
        Set<Subject> subjects = new TreeSet<>(alsoRate);
        findings.forEach(f -> subjects.add(f.subject()));
        sanctions.forEach(s -> subjects.add(s.subject()));
        points.forEach(p -> subjects.add(p.subject()));
        Map<Subject, NavigableMap<Integer, CreditRating>> history = new TreeMap<>();
        for (Subject subject : subjects) {
            NavigableMap<Integer, CreditRating> years = new TreeMap<>();
            for (int year = firstYear; year <= lastYear; year++) {
                years.put(year, rateOne(scheme, subject, year, findings, sanctions, points));
            }
            history.put(subject, Collections.unmodifiableNavigableMap(years));
        }
        return new CreditRatings(scheme, Collections.unmodifiableMap(history));
    }

    private static CreditRating rateOne(CreditScheme scheme, Subject subject, int year,
            Collection<ConfirmedFinding> findings, Collection<Sanction> sanctions, Collection<PractitionerPoints> points) {
        int from = year - scheme.windowYears + 1;
        List<CreditRating.Deduction> deductions = new ArrayList<>();
        for (ConfirmedFinding f : findings) {
            if (f.subject().equals(subject) && f.year() >= from && f.year() <= year) {
                deductions.add(new CreditRating.Deduction(scheme.findingPoints(f),
                        f.year() + " 确认违规 " + f.category().label() + " 金额 " + yuan(f.amountFen()) + " 元", f.caseId()));
            }
        }
        for (Sanction s : sanctions) {
            if (s.subject().equals(subject) && s.year() >= from && s.year() <= year) {
                deductions.add(new CreditRating.Deduction(scheme.sanctionPoints.get(s.kind()),
                        s.year() + " " + s.kind().label(), s.caseId()));
            }
        }
        for (PractitionerPoints p : points) {
            if (p.subject().equals(subject) && p.year() >= from && p.year() <= year) {
                deductions.add(new CreditRating.Deduction(p.points() * scheme.practitionerPointWeight,
                        p.year() + " 医保支付资格记分 " + p.points() + " 分", p.caseId()));
            }
        }
        long lost = 0;
        for (CreditRating.Deduction d : deductions) {
            lost += d.points();
        }
        int score = (int) Math.max(0, scheme.baseScore - lost);
        return new CreditRating(subject, year, score, scheme.grade(score), deductions);
    }

    private static String yuan(long fen) {
        return fen / 100 + "." + String.format("%02d", fen % 100);
    }

    /** The subject's ratings by year (empty when it was never rated). */
    public SortedMap<Integer, CreditRating> history(Subject subject) {
        NavigableMap<Integer, CreditRating> h = history.get(subject);
        return h == null ? Collections.emptySortedMap() : h;
    }

    public Set<Subject> subjects() {
        return history.keySet();
    }

    /**
     * The grade that sets a subject's stratum in the draw of {@code drawYear}: its rating of the latest
     * year before the draw year (a draw is made at the start of the year, on last year's record), or
     * the scheme's unrated grade.
     */
    public CreditGrade gradeForDraw(Subject subject, int drawYear) {
        NavigableMap<Integer, CreditRating> h = history.get(subject);
        if (h == null) {
            return scheme.unratedGrade();
        }
        Map.Entry<Integer, CreditRating> e = h.lowerEntry(drawYear);
        return e == null ? scheme.unratedGrade() : e.getValue().grade();
    }
}
