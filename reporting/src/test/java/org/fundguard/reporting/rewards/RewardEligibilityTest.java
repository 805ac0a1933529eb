package org.fundguard.reporting.rewards;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RewardEligibilityTest {
    private static final RewardCase DESERVING = new RewardCase(true, false, true, 1_000_000, true, true, false, false, true);

    private static RewardCase with(java.util.function.UnaryOperator<Builder> change) {
        return change.apply(new Builder()).build();
    }

    /** Starts from a deserving case; each test changes one fact. */
    private static final class Builder {
        boolean target = true, known = false, verified = true, wants = true, identifiable = true, staff = false,
                offender = false, first = true;
        long loss = 1_000_000;

        RewardCase build() {
            return new RewardCase(target, known, verified, loss, wants, identifiable, staff, offender, first);
        }
    }

    @Test
    void aVerifiedFirstReportWithLossAndAWillingOutsiderIsEligible() {
        assertThat(RewardEligibility.of(DESERVING).eligible()).isTrue();
    }

    @Test
    void givesAReasonForEachFailedCondition() {
        assertThat(RewardEligibility.of(with(b -> { b.target = false; return b; })).reasons())
                .containsExactly(Ineligibility.NO_CLEAR_TARGET_OR_EVIDENCE);
        assertThat(RewardEligibility.of(with(b -> { b.known = true; return b; })).reasons())
                .containsExactly(Ineligibility.FACTS_ALREADY_KNOWN);
        assertThat(RewardEligibility.of(with(b -> { b.verified = false; return b; })).reasons())
                .containsExactly(Ineligibility.NOT_VERIFIED);
        assertThat(RewardEligibility.of(with(b -> { b.loss = 0; return b; })).reasons())
                .containsExactly(Ineligibility.NO_FUND_LOSS);
        assertThat(RewardEligibility.of(with(b -> { b.wants = false; return b; })).reasons())
                .containsExactly(Ineligibility.REWARD_DECLINED);
        assertThat(RewardEligibility.of(with(b -> { b.identifiable = false; return b; })).reasons())
                .containsExactly(Ineligibility.REPORTER_NOT_IDENTIFIABLE);
        assertThat(RewardEligibility.of(with(b -> { b.staff = true; return b; })).reasons())
                .containsExactly(Ineligibility.AGENCY_STAFF);
        assertThat(RewardEligibility.of(with(b -> { b.offender = true; return b; })).reasons())
                .containsExactly(Ineligibility.OFFENDER_SELF_REPORT);
        assertThat(RewardEligibility.of(with(b -> { b.first = false; return b; })).reasons())
                .containsExactly(Ineligibility.NOT_FIRST_REPORTER);
    }

    @Test
    void listsAllFailuresAtOnce() {
        RewardEligibility e = RewardEligibility.of(with(b -> { b.verified = false; b.staff = true; return b; }));
        assertThat(e.eligible()).isFalse();
        assertThat(e.reasons()).containsExactly(Ineligibility.NOT_VERIFIED, Ineligibility.AGENCY_STAFF);
        assertThat(e.reasons()).allSatisfy(r -> assertThat(r.text()).isNotBlank());
    }

    @Test
    void theEarliestOfSeveralReportsOfTheSameFactsIsTheFirstReporter() {
        Instant morning = Instant.parse("2025-03-03T01:00:00Z");
        Instant noon = Instant.parse("2025-03-03T04:00:00Z");
        assertThat(FirstReporter.of(List.of(
                new FirstReporter.Submission("R-9", noon),
                new FirstReporter.Submission("R-7", morning),
                new FirstReporter.Submission("R-3", noon))).orElseThrow().reportId()).isEqualTo("R-7");
        assertThat(FirstReporter.of(List.of(
                new FirstReporter.Submission("R-9", noon),
                new FirstReporter.Submission("R-3", noon))).orElseThrow().reportId()).isEqualTo("R-3");
    }
}
