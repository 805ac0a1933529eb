package org.fundguard.platform.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Case numbers, working-day deadlines, the money of a decision, personal data in publications. */
class CaseRulesTest {
    private static final LocalDate FRIDAY = LocalDate.of(2026, 3, 6);
    private static final LocalDate DECIDED = LocalDate.of(2026, 4, 1);

    @Test
    void numbersCasesByTheAgencysPattern() {
        CaseNumbers n = new CaseNumbers("鲁医保稽〔{year}〕{seq:4}号");
        assertThat(n.format(2026, 7)).isEqualTo("鲁医保稽〔2026〕0007号");
        assertThat(n.format(2026, 12345)).isEqualTo("鲁医保稽〔2026〕12345号");
        assertThat(new CaseNumbers("J-{year}-{seq}").format(2027, 3)).isEqualTo("J-2027-3");
    }

    @Test
    void refusesAPatternWithoutARunningNumber() {
        assertThatThrownBy(() -> new CaseNumbers("医保稽〔{year}〕号")).hasMessageContaining("{seq}");
        assertThatThrownBy(() -> new CaseNumbers("{seq:x}")).hasMessageContaining("not a number");
        assertThatThrownBy(() -> new CaseNumbers("{seq}{month}")).hasMessageContaining("{month}");
    }

    @Test
    void countsDeadlinesInWorkingDaysSkippingWeekendsAndHolidays() {
        assertThat(WorkingDays.after(FRIDAY, 5, Set.of())).isEqualTo(LocalDate.of(2026, 3, 13));
        assertThat(WorkingDays.after(FRIDAY, 1, Set.of())).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(WorkingDays.after(FRIDAY, 1, Set.of(LocalDate.of(2026, 3, 9)))).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(WorkingDays.after(FRIDAY, 0, Set.of())).isEqualTo(FRIDAY);
    }

    @Test
    void dueInOneSumFifteenDaysAfterTheDecisionWithoutAPlan() {
        Recovery r = Recovery.on(DECIDED.plusDays(16), 1_234_567, DECIDED, 15, List.of(),
                List.of(new Recovery.Payment(DECIDED.plusDays(3), 234_567)));

        assertThat(r.paidFen()).isEqualTo(234_567);
        assertThat(r.outstandingFen()).isEqualTo(1_000_000);
        assertThat(r.overdueFen()).isEqualTo(1_000_000);
        assertThat(r.lines()).singleElement().satisfies(l -> assertThat(l.dueOn()).isEqualTo(DECIDED.plusDays(15)));
    }

    @Test
    void isNotOverdueOnTheDueDateItself() {
        Recovery r = Recovery.on(DECIDED.plusDays(15), 100, DECIDED, 15, List.of(), List.of());
        assertThat(r.overdue()).isFalse();
        assertThat(r.outstandingFen()).isEqualTo(100);
    }

    @Test
    void settlesInstalmentsInOrderAndFlagsTheLateOne() {
        List<Recovery.Instalment> plan = List.of(new Recovery.Instalment(1, DECIDED.plusDays(10), 50_000),
                new Recovery.Instalment(2, DECIDED.plusDays(40), 50_001), new Recovery.Instalment(3, DECIDED.plusDays(70), 49_999));
        List<Recovery.Payment> paid = List.of(new Recovery.Payment(DECIDED.plusDays(9), 50_000),
                new Recovery.Payment(DECIDED.plusDays(41), 20_000));

        Recovery r = Recovery.on(DECIDED.plusDays(45), 150_000, DECIDED, 15, plan, paid);

        assertThat(r.outstandingFen()).isEqualTo(80_000);
        assertThat(r.overdueFen()).isEqualTo(30_001);
        assertThat(r.lines()).extracting(Recovery.Line::overdue).containsExactly(false, true, false);
        assertThat(r.lines()).extracting(Recovery.Line::paidFen).containsExactly(50_000L, 20_000L, 0L);
    }

    @Test
    void ignoresPaymentsAfterTheDayLookedAt() {
        Recovery r = Recovery.on(DECIDED, 100, DECIDED, 15, List.of(), List.of(new Recovery.Payment(DECIDED.plusDays(1), 100)));
        assertThat(r.paidFen()).isZero();
    }

    @Test
    void refusesAPlanThatDoesNotAddUpToTheFen() {
        assertThatThrownBy(() -> Recovery.checkPlan(100_000, List.of(new Recovery.Instalment(1, DECIDED, 50_000),
                new Recovery.Instalment(2, DECIDED, 49_999)))).isInstanceOfSatisfying(CaseRefusal.class,
                        r -> assertThat(r.code()).isEqualTo("cases.refused.planSum"));
        Recovery.checkPlan(100_000, List.of(new Recovery.Instalment(1, DECIDED, 50_000), new Recovery.Instalment(2, DECIDED, 50_000)));
    }

    @Test
    void findsIdAndPhoneNumbersInATextForThePublic() {
        assertThat(PersonalData.found("患者110101199001011234在该院")).isTrue();
        assertThat(PersonalData.found("身份证11010119900101123X")).isTrue();
        assertThat(PersonalData.found("电话13800138000")).isTrue();
        assertThat(PersonalData.found("追回医保基金1234567.89元，罚款2469135.78元")).isFalse();
        assertThat(PersonalData.found("编号202603010001")).isFalse();
    }
}
