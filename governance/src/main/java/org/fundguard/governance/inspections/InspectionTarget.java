package org.fundguard.governance.inspections;

import java.util.Objects;
import org.fundguard.governance.credit.CreditGrade;

/**
 * A row of the target directory (检查对象名录库): a designated institution. {@code unit} is the body the
 * institution belongs to (its own code when independent, else its group or 主管单位), the key of the
 * conflict-of-interest checks. {@code creditGrade} sets the draw stratum.
 */
public record InspectionTarget(String code, String name, String type, String level, String region,
        String riskClass, CreditGrade creditGrade, String unit) {
    public InspectionTarget {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(creditGrade, "creditGrade");
        Objects.requireNonNull(unit, "unit");
    }

    public InspectionTarget withCreditGrade(CreditGrade grade) {
        return new InspectionTarget(code, name, type, level, region, riskClass, grade, unit);
    }
}
