package org.fundguard.platform.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.fundguard.core.Money;
import org.fundguard.reporting.rewards.Ineligibility;

/** The reward of one report as assessed, decided and paid. */
record ReportReward(
        String reportId,
        String policy,
        long verifiedFen,
        boolean insider,
        int grade,
        boolean againstIndividual,
        boolean eligible,
        List<Ineligibility> reasons,
        long rewardFen,
        List<String> steps,
        RewardStatus status,
        String assessedBy,
        Instant assessedAt,
        String approvedBy,
        Instant approvedAt,
        String decisionNote,
        String paidBy,
        LocalDate paidOn,
        String paymentRef) {

    public String reward() {
        return Money.format(rewardFen);
    }

    public String verified() {
        return Money.format(verifiedFen);
    }

    /** Whether the reporter may see the amount: once the director approved it. */
    public boolean decided() {
        return status == RewardStatus.APPROVED || status == RewardStatus.PAID;
    }
}
