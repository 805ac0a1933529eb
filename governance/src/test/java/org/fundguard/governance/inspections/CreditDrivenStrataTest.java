package org.fundguard.governance.inspections;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.fundguard.governance.credit.CreditGrade;
import org.fundguard.governance.credit.CreditRatings;
import org.fundguard.governance.credit.CreditScheme;
import org.fundguard.governance.credit.Sanction;
import org.fundguard.governance.credit.SanctionKind;
import org.fundguard.governance.credit.Subject;
import org.junit.jupiter.api.Test;

class CreditDrivenStrataTest {
    @Test
    void aTerminationLastYearMovesTheInstitutionIntoTheDStratum() {
        Directory d = new Directory(Targets.stratum("H", CreditGrade.B, 10), Targets.bureauStaff(4));
        CreditRatings ratings = CreditRatings.rate(CreditScheme.defaults(), 2024, 2024,
                d.targets().stream().map(t -> Subject.institution(t.code())).toList(), List.of(),
                List.of(new Sanction(Subject.institution("H0003"), 2024, SanctionKind.TERMINATION, "case-7")), List.of());

        Directory regraded = d.withCreditGrades(t -> ratings.gradeForDraw(Subject.institution(t.code()), 2025));
        Draw draw = RandomDraw.draw(regraded, List.of(), DrawRatios.defaults(), 2, "2025");

        assertThat(regraded.targets()).filteredOn(t -> t.creditGrade() == CreditGrade.D)
                .extracting(InspectionTarget::code).containsExactly("H0003");
        assertThat(draw.strata()).contains(new Draw.Stratum(CreditGrade.D, 1, 500, 1), new Draw.Stratum(CreditGrade.A, 9, 50, 1));
        assertThat(draw.assignments()).extracting(a -> a.target().code()).contains("H0003");
    }
}
