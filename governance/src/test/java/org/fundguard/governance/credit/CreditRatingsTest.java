package org.fundguard.governance.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.fundguard.core.Category;
import org.junit.jupiter.api.Test;

class CreditRatingsTest {
    private static final Subject H1 = Subject.institution("H37010200001");
    private static final Subject H2 = Subject.institution("H37010200002");
    private static final Subject DOCTOR = Subject.practitioner("D370102000001");

    // a small scheme written here so the expected scores follow from the test alone
    private static final CreditScheme SCHEME = CreditScheme.read("test-scheme.csv", new StringReader("""
            item,value,origin
            base_score,100,t
            grade_minimum:A,90,t
            grade_minimum:B,75,t
            grade_minimum:C,60,t
            window_years,2,t
            unrated_grade,B,t
            finding_points,5,t
            finding_points:FAKE_ADMISSION,15,t
            finding_points_per_10000_yuan,1,t
            finding_amount_points_cap,20,t
            sanction_points:INTERVIEW,3,t
            sanction_points:WARNING,5,t
            sanction_points:FINE,15,t
            sanction_points:SUSPENSION,25,t
            sanction_points:TERMINATION,45,t
            sanction_points:REFERRAL,45,t
            practitioner_point_weight,4,t
            """));

    private static ConfirmedFinding finding(Subject s, int year, Category c, long yuan) {
        return new ConfirmedFinding(s, year, c, yuan * 100, "case-" + year);
    }

    @Test
    void aCleanInstitutionKeepsGradeA() {
        CreditRatings r = CreditRatings.rate(SCHEME, 2023, 2024, List.of(H1), List.of(), List.of(), List.of());

        assertThat(r.history(H1).get(2024).score()).isEqualTo(100);
        assertThat(r.history(H1).get(2024).grade()).isEqualTo(CreditGrade.A);
    }

    @Test
    void findingsAndSanctionsLowerTheGradeByTheirWeights() {
        // 2023: duplicate charging of 35,000 yuan (5 + 3) and an interview (3) = 89 -> B
        // 2024: fake admissions of 250,000 yuan (15 + 20 cap) and a fine (15), plus 2023's 11 still in the window = 39 -> D
        CreditRatings r = CreditRatings.rate(SCHEME, 2023, 2025, List.of(),
                List.of(finding(H1, 2023, Category.DUPLICATE_CHARGE, 35_000), finding(H1, 2024, Category.FAKE_ADMISSION, 250_000)),
                List.of(new Sanction(H1, 2023, SanctionKind.INTERVIEW, "c1"), new Sanction(H1, 2024, SanctionKind.FINE, "c2")),
                List.of());

        assertThat(r.history(H1).get(2023).score()).isEqualTo(89);
        assertThat(r.history(H1).get(2023).grade()).isEqualTo(CreditGrade.B);
        assertThat(r.history(H1).get(2024).score()).isEqualTo(100 - 11 - 35 - 15);
        assertThat(r.history(H1).get(2024).grade()).isEqualTo(CreditGrade.D);
        assertThat(r.history(H1).get(2024).deductions()).hasSize(4);
        // 2025: only 2024's records remain in the two-year window: 100 - 50 = 50 -> D
        assertThat(r.history(H1).get(2025).score()).isEqualTo(50);
    }

    @Test
    void recordsAgeOutOfTheWindow() {
        CreditRatings r = CreditRatings.rate(SCHEME, 2022, 2025, List.of(), List.of(),
                List.of(new Sanction(H2, 2022, SanctionKind.TERMINATION, "c")), List.of());

        assertThat(r.history(H2).values()).extracting(CreditRating::grade)
                .containsExactly(CreditGrade.D, CreditGrade.D, CreditGrade.A, CreditGrade.A);
    }

    @Test
    void twelvePractitionerPointsLandInD() {
        CreditRatings r = CreditRatings.rate(SCHEME, 2024, 2024, List.of(), List.of(), List.of(),
                List.of(new PractitionerPoints(DOCTOR.id(), 2024, 9, "c1"), new PractitionerPoints(DOCTOR.id(), 2024, 3, "c2")));

        assertThat(r.history(DOCTOR).get(2024).score()).isEqualTo(52);
        assertThat(r.history(DOCTOR).get(2024).grade()).isEqualTo(CreditGrade.D);
    }

    @Test
    void theDrawUsesLastYearsGradeOrTheUnratedGrade() {
        CreditRatings r = CreditRatings.rate(SCHEME, 2024, 2025, List.of(H2), List.of(),
                List.of(new Sanction(H1, 2024, SanctionKind.SUSPENSION, "c"), new Sanction(H1, 2024, SanctionKind.INTERVIEW, "c")),
                List.of());

        assertThat(r.gradeForDraw(H1, 2025)).isEqualTo(CreditGrade.C);  // its 2024 rating: 100 - 25 - 3 = 72
        assertThat(r.gradeForDraw(H1, 2024)).isEqualTo(CreditGrade.B);  // nothing before 2024: unrated
        assertThat(r.gradeForDraw(Subject.institution("H0"), 2025)).isEqualTo(CreditGrade.B);
        assertThat(r.gradeForDraw(H2, 2025)).isEqualTo(CreditGrade.A);
    }

    @Test
    void theDefaultSchemeLoadsAndEveryValueHasAnOrigin() {
        CreditScheme s = CreditScheme.defaults();
        assertThat(s.grade(s.baseScore)).isEqualTo(CreditGrade.A);
        assertThat(s.grade(s.baseScore - s.sanctionPoints.get(SanctionKind.TERMINATION))).isEqualTo(CreditGrade.D);
    }

    @Test
    void anUnknownItemIsRefusedWithItsLine() {
        assertThatThrownBy(() -> CreditScheme.read("s.csv", new StringReader("item,value,origin\nbase_score,100,x\nbonus,5,x\n")))
                .hasMessage("s.csv:3:item: unknown item 'bonus'");
    }
}
