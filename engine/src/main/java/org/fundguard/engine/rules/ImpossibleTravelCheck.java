package org.fundguard.engine.rules;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.fundguard.core.Institution;

/**
 * IMPOSSIBLE_TRAVEL (冒名就医): the same person at institutions in different cities (admdvs, first
 * admdvs_digits digits: 4 = prefecture-level city) at most max_minutes apart — overlapping visits or a
 * gap too short to travel. The violation is the visit far from the person's home (insuplc_admdvs); when
 * both are away from home, the later one. Legitimate cross-region care (异地就医) alone never triggers:
 * it needs a second, simultaneous presence.
 */
final class ImpossibleTravelCheck extends VisitCheck {
    private final int maxMinutes;
    private final int digits;

    ImpossibleTravelCheck(CompiledRule rule, int maxMinutes, int digits) {
        super(rule);
        this.maxMinutes = maxMinutes;
        this.digits = digits;
    }

    @Override
    void check(PersonAudit a, VisitFacts v) {
        if (v.institution == null || v.reversedOnly || v.institution.admdvs() == null) {
            return;
        }
        String home = a.person == null ? null : a.person.insuplcAdmdvs();
        boolean vFar = !sameCity(v.institution.admdvs(), home);
        if (!vFar && home != null) {
            return;
        }
        long vBegin = v.visit.begin().toEpochSecond(ZoneOffset.UTC);
        long vEnd = end(v.visit.end(), vBegin);
        for (int k = 0; k < a.visitCount; k++) {
            VisitFacts u = a.visits[k];
            Institution ui = u.institution;
            if (u == v || ui == null || ui.admdvs() == null || u.reversedOnly || sameCity(ui.admdvs(), v.institution.admdvs())) {
                continue;
            }
            long uBegin = u.visit.begin().toEpochSecond(ZoneOffset.UTC);
            long uEnd = end(u.visit.end(), uBegin);
            long gap = uEnd < vBegin ? vBegin - uEnd : vEnd < uBegin ? uBegin - vEnd : 0;
            if (gap > maxMinutes * 60L) {
                continue;
            }
            boolean uFar = !sameCity(ui.admdvs(), home);
            boolean later = vBegin > uBegin || (vBegin == uBegin && LineOrder.compareIds(v.visit.mdtrtId(), u.visit.mdtrtId()) > 0);
            if (uFar && !later) {
                continue;
            }
            String text = "就诊" + v.visit.mdtrtId() + "：参保人(参保地" + (home == null ? "未知" : home) + ")于"
                    + v.visit.begin() + "在" + v.institution.admdvs() + "的机构" + v.institution.code() + "就诊，与"
                    + u.visit.begin() + "在" + ui.admdvs() + "的机构" + ui.code() + "的就诊" + u.visit.mdtrtId() + "相隔仅"
                    + gap / 60 + "分钟(不超过" + maxMinutes + "分钟，两地间无法往返)，疑似冒名就医，基金支付" + Amounts.yuan(v.fundPay);
            a.emit(v, Findings.visit(rule, v, text, List.of(u.evidenceVisit(), "institutions:" + v.institution.code(),
                    "institutions:" + ui.code()), "gap_minutes", Long.toString(gap / 60), "max_minutes",
                    Integer.toString(maxMinutes), "other_visit", u.visit.mdtrtId(), "home_admdvs", home));
            return;
        }
    }

    private boolean sameCity(String x, String y) {
        if (x == null || y == null) {
            return false;
        }
        int n = Math.min(digits, Math.min(x.length(), y.length()));
        return x.regionMatches(0, y, 0, n);
    }

    private static long end(LocalDateTime end, long begin) {
        return end == null ? begin : Math.max(begin, end.toEpochSecond(ZoneOffset.UTC));
    }

    @Override
    int lookbackDays() {
        return 1;
    }
}
