package org.fundguard.engine.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.fundguard.core.Category;
import org.fundguard.core.FeeDetail;
import org.fundguard.core.SanctionStatus;
import org.fundguard.core.Settlement;
import org.fundguard.core.SubjectType;
import org.fundguard.engine.Claim;
import org.fundguard.engine.Finding;

/**
 * Services and settlements while a sanction is in force (sanction_status.csv):
 * <ul>
 * <li>SUSPENDED_PRACTITIONER: fee lines ordered by a practitioner whose payment qualification is
 * suspended or terminated on the day of the charge (医保发〔2024〕23号: 暂停/终止期间提供服务发生的费用
 * 医保基金不予结算). Keyed by prac_code alone, so points earned at one institution bar billing at
 * every other. One finding per visit, amount = the fund share of those lines.</li>
 * <li>SUSPENDED_AGREEMENT: unreversed settlements of an institution whose agreement, or of a visit
 * whose department, is suspended or terminated on the settlement day (《医疗机构医疗保障定点管理暂行办法》
 * 第三十九条: 中止期间发生的费用不予结算). Amount = the settlement's fund payment.</li>
 * </ul>
 * The first day of the sanction counts, the day before does not. Category UNQUALIFIED_PRACTITIONER
 * (its unit, the visit, contains both subjects): billing without a payment qualification or agreement
 * in force is the qualification breach closest to this conduct among scenarios.md's categories.
 */
public final class SanctionStatusCheck {
    public static final String PRACTITIONER_SOURCE = "RULE:SUSPENDED_PRACTITIONER";
    public static final String AGREEMENT_SOURCE = "RULE:SUSPENDED_AGREEMENT";
    static final String VERSION = "1";
    static final Category CATEGORY = Category.UNQUALIFIED_PRACTITIONER;
    /** A sanction in force is a fact from a decision, not a statistical signal. */
    static final double SCORE = 1.0;

    private final Map<String, List<SanctionStatus>> practitioners = new HashMap<>();
    private final Map<String, List<SanctionStatus>> institutions = new HashMap<>();
    private final Map<String, List<SanctionStatus>> departments = new HashMap<>();

    public SanctionStatusCheck(List<SanctionStatus> statuses) {
        for (SanctionStatus s : statuses) {
            Map<String, List<SanctionStatus>> m = switch (s.subjectType()) {
                case PRACTITIONER -> practitioners;
                case INSTITUTION -> institutions;
                case DEPARTMENT -> departments;
            };
            m.computeIfAbsent(key(s.subjectCode(), s.deptCode()), k -> new ArrayList<>(1)).add(s);
        }
    }

    private static String key(String code, String dept) {
        return dept == null ? code : code + '\u0000' + dept;
    }

    public boolean isEmpty() {
        return practitioners.isEmpty() && institutions.isEmpty() && departments.isEmpty();
    }

    public List<Finding> check(Iterable<Claim> claims) {
        List<Finding> out = new ArrayList<>();
        for (Claim c : claims) {
            check(c, out::add);
        }
        return out;
    }

    public void check(Claim c, Consumer<Finding> sink) {
        if (!practitioners.isEmpty()) {
            practitionerLines(c, sink);
        }
        if (!institutions.isEmpty() || !departments.isEmpty()) {
            settlements(c, sink);
        }
    }

    private void practitionerLines(Claim c, Consumer<Finding> sink) {
        List<FeeDetail> hits = null;
        SanctionStatus first = null;
        long amount = 0;
        for (FeeDetail l : c.lines()) {
            String prac = l.orderingPractitioner();
            if (prac == null) {
                continue;
            }
            List<SanctionStatus> list = practitioners.get(prac);
            if (list == null) {
                continue;
            }
            SanctionStatus s = inForce(list, l.time().toLocalDate());
            if (s == null) {
                continue;
            }
            if (hits == null) {
                hits = new ArrayList<>();
                first = s;
            }
            hits.add(l);
            amount += l.amountFen();
        }
        if (hits == null || amount <= 0) {
            return;
        }
        long fundShare = fundShare(c, amount);
        if (fundShare <= 0) {
            return;
        }
        List<String> ev = new ArrayList<>(hits.size() + 3);
        ev.add("visits:" + c.visit().mdtrtId());
        for (FeeDetail l : hits) {
            ev.add("fee_details:" + l.feedetlSn());
        }
        addSettlements(c, ev);
        FeeDetail l0 = hits.get(0);
        Map<String, String> observed = new LinkedHashMap<>();
        observed.put("rule", "SUSPENDED_PRACTITIONER");
        observed.put("practitioner", first.subjectCode());
        observed.put("status", first.status().code());
        observed.put("effective_from", first.from().toString());
        observed.put("effective_to", first.to() == null ? "" : first.to().toString());
        observed.put("basis", first.basis());
        observed.put("first_charge", l0.time().toLocalDate().toString());
        observed.put("lines", Integer.toString(hits.size()));
        String text = "就诊" + c.visit().mdtrtId() + "：医药人员" + first.subjectCode() + "的医保支付资格自" + first.from()
                + (first.to() == null ? "起" : "至" + first.to()) + first.status().label() + "(" + first.basis() + ")，其在"
                + c.visit().institutionCode() + "于" + l0.time().toLocalDate() + "起开具" + hits.size() + "条费用明细，金额"
                + Amounts.yuan(amount) + "，基金支付约" + Amounts.yuan(fundShare);
        sink.accept(new Finding(PRACTITIONER_SOURCE, VERSION, CATEGORY, SubjectType.VISIT, c.visit().mdtrtId(),
                c.visit().institutionCode(), c.visit().psnNo(), SCORE, amount, fundShare, ev, observed, text));
    }

    private void settlements(Claim c, Consumer<Finding> sink) {
        String inst = c.visit().institutionCode();
        List<SanctionStatus> whole = institutions.get(inst);
        List<SanctionStatus> dept = c.visit().deptCode() == null ? null : departments.get(key(inst, c.visit().deptCode()));
        if (whole == null && dept == null) {
            return;
        }
        for (Settlement s : c.settlements()) {
            if (s.reversed() || s.fundPaySumFen() <= 0) {
                continue;
            }
            LocalDate day = s.time().toLocalDate();
            SanctionStatus st = whole == null ? null : inForce(whole, day);
            if (st == null && dept != null) {
                st = inForce(dept, day);
            }
            if (st == null) {
                continue;
            }
            String who = st.subjectType() == SanctionStatus.Subject.DEPARTMENT
                    ? "机构" + inst + "科室" + st.deptCode() + "涉及医保基金使用的医药服务" : "机构" + inst + "的医保协议";
            Map<String, String> observed = new LinkedHashMap<>();
            observed.put("rule", "SUSPENDED_AGREEMENT");
            observed.put("subject_type", st.subjectType().code());
            observed.put("status", st.status().code());
            observed.put("effective_from", st.from().toString());
            observed.put("effective_to", st.to() == null ? "" : st.to().toString());
            observed.put("basis", st.basis());
            observed.put("setl_day", day.toString());
            String text = "结算" + s.setlId() + "：" + who + "自" + st.from() + (st.to() == null ? "起" : "至" + st.to())
                    + (st.status() == org.fundguard.core.AgreementStatus.TERMINATED ? "解除" : "中止") + "(" + st.basis() + ")，就诊"
                    + c.visit().mdtrtId() + "仍于" + day + "结算，基金支付" + Amounts.yuan(s.fundPaySumFen());
            sink.accept(new Finding(AGREEMENT_SOURCE, VERSION, CATEGORY, SubjectType.SETTLEMENT, s.setlId(), inst, s.psnNo(), SCORE,
                    s.fundPaySumFen(), s.fundPaySumFen(), List.of("settlements:" + s.setlId(), "visits:" + c.visit().mdtrtId()),
                    observed, text));
        }
    }

    private static SanctionStatus inForce(List<SanctionStatus> list, LocalDate day) {
        for (SanctionStatus s : list) {
            if (s.inForceOn(day)) {
                return s;
            }
        }
        return null;
    }

    private static void addSettlements(Claim c, List<String> ev) {
        for (Settlement s : c.settlements()) {
            if (!s.reversed()) {
                ev.add("settlements:" + s.setlId());
            }
        }
    }

    /** The lines' fund share at the claim's own fund ratio (unreversed fund payment / medical expenses). */
    private static long fundShare(Claim c, long amount) {
        long fund = 0;
        long fee = 0;
        boolean settled = false;
        for (Settlement s : c.settlements()) {
            if (!s.reversed()) {
                fund += s.fundPaySumFen();
                fee += s.medfeeSumFen();
                settled = true;
            }
        }
        if (!settled || fee <= 0) {
            return 0;
        }
        return Math.min(amount, Amounts.scale(amount, fund, fee));
    }
}
