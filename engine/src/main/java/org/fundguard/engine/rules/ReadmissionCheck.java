package org.fundguard.engine.rules;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.fundguard.core.MedType;
import org.fundguard.core.Visit;

/**
 * READMISSION (分解住院): an inpatient stay that begins within {@code days} of a discharge from the same
 * institution with the same main diagnosis (the whole code, or its 3-character category with
 * diag_match=CATEGORY). Exempt: a readmission whose diagnoses start with an exempt prefix (planned
 * chemotherapy or radiotherapy Z51, dialysis), and an admission through the emergency department (an
 * emergency visit at the same institution within emergency_hours before it). The readmission is the
 * violation; amount = its fund payment.
 */
final class ReadmissionCheck extends VisitCheck {
    enum DiagMatch { CODE, CATEGORY }

    private final int days;
    private final String[] exempt;
    private final DiagMatch match;
    private final int emergencyHours;

    ReadmissionCheck(CompiledRule rule, int days, List<String> exempt, DiagMatch match, int emergencyHours) {
        super(rule);
        this.days = days;
        this.exempt = exempt.toArray(String[]::new);
        this.match = match;
        this.emergencyHours = emergencyHours;
    }

    @Override
    void check(PersonAudit a, VisitFacts v) {
        Visit visit = v.visit;
        if (!visit.isInpatient() || v.reversedOnly || visit.mainDiag() == null || isExempt(visit) || viaEmergency(a, v)) {
            return;
        }
        VisitFacts prev = null;
        for (int k = 0; k < a.visitCount; k++) {
            VisitFacts u = a.visits[k];
            Visit p = u.visit;
            if (u == v || !p.isInpatient() || u.reversedOnly || p.end() == null || p.end().isAfter(visit.begin())
                    || !p.institutionCode().equals(visit.institutionCode()) || !sameDiagnosis(p.mainDiag(), visit.mainDiag())) {
                continue;
            }
            long gap = visit.begin().toLocalDate().toEpochDay() - p.end().toLocalDate().toEpochDay();
            if (gap <= days && (prev == null || p.end().isAfter(prev.visit.end()))) {
                prev = u;
            }
        }
        if (prev == null) {
            return;
        }
        long gap = visit.begin().toLocalDate().toEpochDay() - prev.visit.end().toLocalDate().toEpochDay();
        String text = "就诊" + visit.mdtrtId() + "：" + visit.begin().toLocalDate() + "在机构" + visit.institutionCode()
                + "再次入院，距上次出院(就诊" + prev.visit.mdtrtId() + "，" + prev.visit.end().toLocalDate() + ")仅" + gap
                + "天(限" + days + "天)，主诊断同为" + visit.mainDiag() + "，疑似分解住院，基金支付" + Amounts.yuan(v.fundPay);
        a.emit(v, Findings.visit(rule, v, text, List.of(prev.evidenceVisit()), "days", Integer.toString(days),
                "gap_days", Long.toString(gap), "main_diag", visit.mainDiag(), "previous_visit", prev.visit.mdtrtId()));
    }

    private boolean sameDiagnosis(String x, String y) {
        if (x == null || y == null) {
            return false;
        }
        if (match == DiagMatch.CODE) {
            return x.equals(y);
        }
        return x.length() >= 3 && y.length() >= 3 && x.regionMatches(0, y, 0, 3);
    }

    private boolean isExempt(Visit visit) {
        if (startsWithAny(visit.mainDiag())) {
            return true;
        }
        for (String d : visit.otherDiags()) {
            if (startsWithAny(d)) {
                return true;
            }
        }
        return false;
    }

    private boolean startsWithAny(String diag) {
        if (diag == null) {
            return false;
        }
        for (String p : exempt) {
            if (diag.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    private boolean viaEmergency(PersonAudit a, VisitFacts v) {
        if (emergencyHours <= 0) {
            return false;
        }
        long admitted = v.visit.begin().toEpochSecond(ZoneOffset.UTC);
        for (int k = 0; k < a.visitCount; k++) {
            Visit e = a.visits[k].visit;
            if (e.medType() != MedType.EMERGENCY || !e.institutionCode().equals(v.visit.institutionCode())) {
                continue;
            }
            LocalDateTime t = e.begin();
            long before = admitted - t.toEpochSecond(ZoneOffset.UTC);
            if (before >= 0 && before <= emergencyHours * 3600L) {
                return true;
            }
        }
        return false;
    }

    @Override
    int lookbackDays() {
        return days + 1;
    }
}
