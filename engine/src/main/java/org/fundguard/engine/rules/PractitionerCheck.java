package org.fundguard.engine.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fundguard.core.FeeDetail;
import org.fundguard.core.Practitioner;

/**
 * PRACTITIONER_QUALIFICATION (无资质人员/冒用医师名义): the attending practitioner of a visit and every
 * ordering practitioner of its lines must hold a registration at the visit's institution whose
 * qualification period covers the day of the service. A practitioner with several registrations
 * (多点执业) is fine at each of them. The visit is the violation; amount = its fund payment.
 */
final class PractitionerCheck extends VisitCheck {
    PractitionerCheck(CompiledRule rule) {
        super(rule);
    }

    @Override
    void check(PersonAudit a, VisitFacts v) {
        if (v.reversedOnly) {
            return;
        }
        String inst = v.visit.institutionCode();
        String problem = problem(a, v.visit.attendingCode(), inst, v.visit.begin().toLocalDate());
        String who = v.visit.attendingCode();
        String row = null;
        for (int i = v.firstLine; i < v.endLine && problem == null; i++) {
            if ((a.flags[i] & (PersonAudit.F_REFUND | PersonAudit.F_GONE)) != 0) {
                continue;
            }
            FeeDetail l = a.lines[i];
            String code = l.orderingPractitioner();
            if (code == null || code.isEmpty() || (i > v.firstLine && code.equals(a.lines[i - 1].orderingPractitioner())
                    && a.day[i] == a.day[i - 1])) {
                continue;
            }
            problem = problem(a, code, inst, l.time().toLocalDate());
            who = code;
            row = "fee_details:" + l.feedetlSn();
        }
        if (problem == null) {
            return;
        }
        List<String> ev = new ArrayList<>(3);
        ev.add("practitioners:" + who);
        if (row != null) {
            ev.add(row);
        }
        String text = "就诊" + v.visit.mdtrtId() + "：" + problem + "，该次就诊基金支付" + Amounts.yuan(v.fundPay);
        a.emit(v, Findings.visit(rule, v, text, ev, "practitioner", who, "institution", inst));
    }

    /** Why the practitioner may not serve at the institution on that day, or null when they may. */
    private static String problem(PersonAudit a, String code, String inst, LocalDate day) {
        if (code == null || code.isEmpty()) {
            return null;
        }
        List<Practitioner> regs = a.plan.region.registrations(code);
        if (regs.isEmpty()) {
            return "医药人员" + code + "不在医保医药人员库中";
        }
        Practitioner here = null;
        for (Practitioner p : regs) {
            if (inst.equals(p.institutionCode())) {
                if (p.qualifiedOn(day)) {
                    return null;
                }
                here = p;
            }
        }
        if (here != null) {
            return "医药人员" + code + "在本机构的执业资格有效期为" + here.certBegin() + "至"
                    + (here.certEnd() == null ? "长期" : here.certEnd()) + "，" + day + "不在有效期内";
        }
        List<String> at = new ArrayList<>();
        for (Practitioner p : regs) {
            at.add(p.institutionCode());
        }
        return "医药人员" + code + "未在机构" + inst + "登记执业(登记机构：" + String.join("、", at) + ")，" + day + "却为其提供服务";
    }

    @Override
    int lookbackDays() {
        return 0;
    }
}
