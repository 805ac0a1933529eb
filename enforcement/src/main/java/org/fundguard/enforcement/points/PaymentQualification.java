package org.fundguard.enforcement.points;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * 医保支付资格记分 (医保发〔2024〕23号): points accumulate per natural year and reset on 1 January;
 * reaching the suspension threshold (9) suspends the payment qualification for 1–6 months from the
 * day of the entry; reaching the termination threshold (12) terminates it, with no new registration
 * for 1 year, or 3 years when one entry alone carried 12 points. Keyed by the practitioner, so points
 * earned at institution A count when they practise at B.
 */
public final class PaymentQualification {
    private static final Comparator<PointEntry> ORDER = Comparator.comparing(PointEntry::date);
    private final PointsTable table;

    public PaymentQualification(PointsTable table) {
        this.table = table;
    }

    /** Every practitioner's history, in the order they first appear. */
    public Map<String, QualificationHistory> histories(List<PointEntry> entries) {
        Map<String, List<PointEntry>> by = new LinkedHashMap<>();
        for (PointEntry e : entries) {
            by.computeIfAbsent(e.practitionerCode(), k -> new ArrayList<>()).add(e);
        }
        Map<String, QualificationHistory> out = new LinkedHashMap<>();
        by.forEach((code, list) -> out.put(code, history(code, list)));
        return out;
    }

    /**
     * One practitioner's status over time.
     *
     * @throws IllegalArgumentException for an entry of another practitioner, an unknown conduct, points
     *                                  outside the conduct's band or a suspension outside 1–6 months
     */
    public QualificationHistory history(String practitionerCode, List<PointEntry> entries) {
        PointsPolicy p = table.policy();
        List<PointEntry> sorted = new ArrayList<>(entries);
        sorted.sort(ORDER); // stable: entries of one day keep their recorded order
        List<QualificationInterval> out = new ArrayList<>();
        Map<Integer, Integer> byYear = new TreeMap<>();
        LocalDate curFrom = null;
        QualificationStatus cur = QualificationStatus.QUALIFIED;
        String curBasis = "";
        int curPoints = 0;
        LocalDate suspendedTo = null;
        LocalDate reRegistration = null;
        for (PointEntry e : sorted) {
            check(practitionerCode, e);
            int year = e.date().getYear();
            int before = byYear.getOrDefault(year, 0);
            int after = before + e.points();
            byYear.put(year, after);
            if (cur == QualificationStatus.TERMINATED) {
                continue; // points still count in the year, the qualification is already gone
            }
            if (cur == QualificationStatus.SUSPENDED && e.date().isAfter(suspendedTo)) {
                out.add(new QualificationInterval(cur, curFrom, suspendedTo, curPoints, curBasis));
                cur = QualificationStatus.QUALIFIED;
                curFrom = suspendedTo.plusDays(1);
                curBasis = "";
                curPoints = 0;
            }
            if (after >= p.terminateAt() && before < p.terminateAt()) {
                out.add(new QualificationInterval(cur, curFrom, e.date().minusDays(1), curPoints, curBasis));
                cur = QualificationStatus.TERMINATED;
                curFrom = e.date();
                curBasis = e.caseNo();
                curPoints = after;
                int ban = e.points() >= p.terminateAt() ? p.banYearsAtOnce() : p.banYears();
                reRegistration = e.date().plusYears(ban);
            } else if (after >= p.suspendAt() && before < p.suspendAt()) {
                int months = e.suspensionMonths() == 0 ? p.suspensionMonthsMin() : e.suspensionMonths();
                LocalDate to = e.date().plusMonths(months).minusDays(1);
                if (cur == QualificationStatus.SUSPENDED) {
                    // a new year's suspension while last year's still runs: the later end holds
                    suspendedTo = to.isAfter(suspendedTo) ? to : suspendedTo;
                    curBasis = curBasis + ";" + e.caseNo();
                    curPoints = after;
                } else {
                    out.add(new QualificationInterval(cur, curFrom, e.date().minusDays(1), curPoints, curBasis));
                    cur = QualificationStatus.SUSPENDED;
                    curFrom = e.date();
                    curBasis = e.caseNo();
                    curPoints = after;
                    suspendedTo = to;
                }
            }
        }
        if (cur == QualificationStatus.SUSPENDED) {
            out.add(new QualificationInterval(cur, curFrom, suspendedTo, curPoints, curBasis));
            out.add(new QualificationInterval(QualificationStatus.QUALIFIED, suspendedTo.plusDays(1), null, 0, ""));
        } else {
            out.add(new QualificationInterval(cur, curFrom, null, curPoints, curBasis));
        }
        return new QualificationHistory(practitionerCode, dropEmpty(out), reRegistration, byYear);
    }

    private void check(String practitionerCode, PointEntry e) {
        if (!e.practitionerCode().equals(practitionerCode)) {
            throw new IllegalArgumentException("记分" + e.caseNo() + "属于" + e.practitionerCode() + "，不是" + practitionerCode);
        }
        Conduct c = table.conduct(e.conductCode())
                .orElseThrow(() -> new IllegalArgumentException("记分" + e.caseNo() + "：未知记分情形" + e.conductCode()));
        if (e.points() < c.bandMin() || e.points() > c.bandMax()) {
            throw new IllegalArgumentException("记分" + e.caseNo() + "：" + e.points() + "分不在情形" + c.code() + "的记分档次"
                    + c.bandMin() + "-" + c.bandMax() + "分内");
        }
        PointsPolicy p = table.policy();
        if (e.suspensionMonths() != 0
                && (e.suspensionMonths() < p.suspensionMonthsMin() || e.suspensionMonths() > p.suspensionMonthsMax())) {
            throw new IllegalArgumentException("记分" + e.caseNo() + "：暂停" + e.suspensionMonths() + "个月超出"
                    + p.suspensionMonthsMin() + "至" + p.suspensionMonthsMax() + "个月");
        }
    }

    /** A threshold reached on the first day leaves an empty "qualified" stretch before it. */
    private static List<QualificationInterval> dropEmpty(List<QualificationInterval> in) {
        List<QualificationInterval> out = new ArrayList<>();
        for (QualificationInterval i : in) {
            if (i.from() == null || i.to() == null || !i.to().isBefore(i.from())) {
                out.add(i);
            }
        }
        return out;
    }
}
