package org.fundguard.governance.inspections;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.fundguard.governance.credit.CreditGrade;

/** Small fixture builders for directories. */
final class Targets {
    private Targets() {
    }

    static InspectionTarget target(String code, CreditGrade grade) {
        return new InspectionTarget(code, "机构" + code, "1", "2", "370102", "中", grade, code);
    }

    static InspectionTarget target(String code, CreditGrade grade, String unit) {
        return new InspectionTarget(code, "机构" + code, "1", "2", "370102", "中", grade, unit);
    }

    static List<InspectionTarget> stratum(String prefix, CreditGrade grade, int n) {
        List<InspectionTarget> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            out.add(target(prefix + String.format("%04d", i), grade));
        }
        return out;
    }

    static Inspector inspector(String id, String unit, String... relations) {
        return new Inspector(id, "检查员" + id, "行政执法证", unit, new TreeSet<>(List.of(relations)));
    }

    static List<Inspector> bureauStaff(int n) {
        List<Inspector> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            out.add(inspector(String.format("I%03d", i), "医保局"));
        }
        return out;
    }
}
