package org.fundguard.engine.rules;

import java.time.LocalDate;
import java.util.List;
import org.fundguard.core.Person;

/** DECEASED: a visit or purchase that begins on a day after the person's death_date (the day itself is fine). */
final class DeceasedCheck extends VisitCheck {
    DeceasedCheck(CompiledRule rule) {
        super(rule);
    }

    @Override
    void check(PersonAudit a, VisitFacts v) {
        Person p = a.person;
        if (p == null || p.deathDate() == null || v.reversedOnly) {
            return;
        }
        LocalDate begin = v.visit.begin().toLocalDate();
        if (!begin.isAfter(p.deathDate())) {
            return;
        }
        long days = begin.toEpochDay() - p.deathDate().toEpochDay();
        String text = "就诊" + v.visit.mdtrtId() + "：参保人已于" + p.deathDate() + "死亡，" + begin + "(死亡后第" + days + "天)仍在机构"
                + v.visit.institutionCode() + "发生" + (v.visit.medType() == null ? "" : v.visit.medType().label())
                + "就诊，基金支付" + Amounts.yuan(v.fundPay);
        a.emit(v, Findings.visit(rule, v, text, List.of("persons:" + p.psnNo()), "death_date", p.deathDate().toString(),
                "begin", begin.toString(), "days_after_death", Long.toString(days)));
    }

    @Override
    int lookbackDays() {
        return 0;
    }
}
