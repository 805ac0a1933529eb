package org.fundguard.engine.rules;

import java.util.List;
import java.util.Set;
import org.fundguard.core.FeeDetail;
import org.fundguard.core.Gender;
import org.fundguard.core.HospitalLevel;
import org.fundguard.core.MedTypeLimit;
import org.fundguard.core.Person;
import org.fundguard.core.Visit;

/**
 * Catalogue payment limits (限定支付范围, RESTRICTION_BREACH): sex, age, hospital level, inpatient or
 * outpatient only, indication, insurance scheme, internet consultations. A breach makes the whole line
 * unpayable: amount = the line (net of refunds), fund share at the visit's fund ratio.
 */
final class LimitChecks {
    private LimitChecks() {
    }

    private static void report(LineCheck c, PersonAudit a, int i, String what, List<String> evidence, String... observed) {
        VisitFacts v = a.visitOf(i);
        if (!a.reports(v)) {
            return;
        }
        FeeDetail l = a.lines[i];
        long amount = a.effAmt[i];
        String text = "费用明细" + l.feedetlSn() + "：项目" + a.plans[i].label() + what + "，违规金额" + Amounts.yuan(amount);
        a.emit(v, Findings.line(c.rule, l, v, amount, text, evidence, observed));
    }

    static final class GenderLimit extends LineCheck {
        private final Gender gender;

        GenderLimit(CompiledRule rule, Gender gender) {
            super(rule);
            this.gender = gender;
        }

        @Override
        void check(PersonAudit a, int i) {
            Person p = a.person;
            if (p == null || p.gender() == null || p.gender() == gender) {
                return;
            }
            report(this, a, i, "限" + gender.label() + "性使用，参保人性别为" + p.gender().label(),
                    List.of("persons:" + p.psnNo()), "limit_gender", gender.code(), "gender", p.gender().code());
        }
    }

    static final class AgeLimit extends LineCheck {
        private final Integer min;
        private final Integer max;

        AgeLimit(CompiledRule rule, Integer min, Integer max) {
            super(rule);
            this.min = min;
            this.max = max;
        }

        @Override
        void check(PersonAudit a, int i) {
            Person p = a.person;
            if (p == null || p.birthDate() == null) {
                return;
            }
            int age = a.ageAt(i);
            if ((min == null || age >= min) && (max == null || age <= max)) {
                return;
            }
            String range = min != null && max != null ? min + "至" + max + "岁" : min != null ? min + "岁及以上" : max + "岁及以下";
            report(this, a, i, "限" + range + "使用，参保人就诊时" + age + "岁", List.of("persons:" + p.psnNo()),
                    "age_min", min == null ? null : min.toString(), "age_max", max == null ? null : max.toString(),
                    "age", Integer.toString(age));
        }
    }

    /** Level codes run from 1 (三级) down to 9 (unrated): a lower rank than required breaks the limit. */
    static final class HospitalLevelLimit extends LineCheck {
        private final HospitalLevel min;

        HospitalLevelLimit(CompiledRule rule, HospitalLevel min) {
            super(rule);
            this.min = min;
        }

        @Override
        void check(PersonAudit a, int i) {
            VisitFacts v = a.visitOf(i);
            if (v.institution == null || v.institution.level() == null || v.institution.level().ordinal() <= min.ordinal()) {
                return;
            }
            String req = min == HospitalLevel.LEVEL_3 ? "三级" : min.label() + "及以上";
            report(this, a, i, "限" + req + "医疗机构使用，本次就诊机构" + v.institution.code() + "为"
                    + v.institution.level().label(), List.of("institutions:" + v.institution.code()),
                    "min_level", min.code(), "hosp_lv", v.institution.level().code());
        }
    }

    static final class MedTypeOnly extends LineCheck {
        private final MedTypeLimit limit;

        MedTypeOnly(CompiledRule rule, MedTypeLimit limit) {
            super(rule);
            this.limit = limit;
        }

        @Override
        void check(PersonAudit a, int i) {
            VisitFacts v = a.visitOf(i);
            boolean inpatient = v.visit.isInpatient();
            if (limit == MedTypeLimit.INPATIENT_ONLY ? inpatient : !inpatient) {
                return;
            }
            report(this, a, i, limit.label() + "，本次就医方式为" + (v.visit.medType() == null ? "未知" : v.visit.medType().label()),
                    List.of(), "med_type_limit", limit.code(), "med_type", v.visit.medType() == null ? null : v.visit.medType().code());
        }
    }

    static final class Indication extends LineCheck {
        private final String[] prefixes;

        Indication(CompiledRule rule, List<String> prefixes) {
            super(rule);
            this.prefixes = prefixes.toArray(String[]::new);
        }

        @Override
        void check(PersonAudit a, int i) {
            Visit visit = a.visitOf(i).visit;
            if (matches(visit.mainDiag())) {
                return;
            }
            for (String d : visit.otherDiags()) {
                if (matches(d)) {
                    return;
                }
            }
            String diags = visit.mainDiag() == null ? "无" : visit.mainDiag();
            if (!visit.otherDiags().isEmpty()) {
                diags += ";" + String.join(";", visit.otherDiags());
            }
            report(this, a, i, "限诊断" + String.join("/", prefixes) + "使用，本次诊断" + diags + "均不符合", List.of(),
                    "diag_prefixes", String.join(";", prefixes), "diagnoses", diags);
        }

        private boolean matches(String diag) {
            if (diag == null) {
                return false;
            }
            for (String p : prefixes) {
                if (diag.startsWith(p)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * 限工伤保险/限生育保险: payable only under that scheme. The data contract knows only the basic
     * schemes (310, 390), so a line settled for a person of either is outside the limit.
     */
    static final class InsuranceType extends LineCheck {
        private final String allowed;

        InsuranceType(CompiledRule rule, String allowed) {
            super(rule);
            this.allowed = allowed;
        }

        @Override
        void check(PersonAudit a, int i) {
            Person p = a.person;
            String scheme = p == null || p.insuType() == null ? "基本医疗保险" : p.insuType().label();
            String name = "MATERNITY".equals(allowed) ? "生育保险" : "工伤保险";
            report(this, a, i, "限" + name + "支付，本次由" + scheme + "基金结算", p == null ? List.of() : List.of("persons:" + p.psnNo()),
                    "allowed", allowed, "insutype", p == null || p.insuType() == null ? null : p.insuType().code());
        }
    }

    /**
     * 超互联网医院药品支付范围: the data contract has no internet-consultation flag, so an instance names
     * the departments that are internet clinics in this region (internet_dept_codes).
     */
    static final class InternetHospital extends LineCheck {
        private final Set<String> internetDepts;
        private final String forbidden;

        InternetHospital(CompiledRule rule, Set<String> internetDepts, String forbidden) {
            super(rule);
            this.internetDepts = internetDepts;
            this.forbidden = forbidden;
        }

        @Override
        void check(PersonAudit a, int i) {
            Visit visit = a.visitOf(i).visit;
            String dept = a.lines[i].orderingDept() != null ? a.lines[i].orderingDept() : visit.deptCode();
            if (dept == null || !(internetDepts.contains(dept) || internetDepts.contains(visit.deptCode()))) {
                return;
            }
            report(this, a, i, "属" + (forbidden == null ? "特殊管理" : forbidden) + "药品，互联网诊疗(科室" + dept + ")不得开具",
                    List.of(), "forbidden", forbidden, "dept", dept);
        }
    }
}
