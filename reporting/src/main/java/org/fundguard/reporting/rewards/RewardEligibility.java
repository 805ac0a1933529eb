package org.fundguard.reporting.rewards;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks the reward conditions and gives every reason that fails, not just the first, so the officer sees
 * at once what is missing. Eligible exactly when {@link #reasons()} is empty.
 */
public record RewardEligibility(List<Ineligibility> reasons) {
    public RewardEligibility {
        reasons = List.copyOf(reasons);
    }

    public boolean eligible() {
        return reasons.isEmpty();
    }

    public static RewardEligibility of(RewardCase c) {
        List<Ineligibility> out = new ArrayList<>();
        if (!c.clearTargetAndEvidence()) {
            out.add(Ineligibility.NO_CLEAR_TARGET_OR_EVIDENCE);
        }
        if (c.factsAlreadyKnown()) {
            out.add(Ineligibility.FACTS_ALREADY_KNOWN);
        }
        if (!c.verified()) {
            out.add(Ineligibility.NOT_VERIFIED);
        }
        if (c.fundLossFen() <= 0) {
            out.add(Ineligibility.NO_FUND_LOSS);
        }
        if (!c.reporterWantsReward()) {
            out.add(Ineligibility.REWARD_DECLINED);
        }
        if (!c.reporterIdentifiable()) {
            out.add(Ineligibility.REPORTER_NOT_IDENTIFIABLE);
        }
        if (c.reporterIsAgencyStaff()) {
            out.add(Ineligibility.AGENCY_STAFF);
        }
        if (c.reporterIsOffender()) {
            out.add(Ineligibility.OFFENDER_SELF_REPORT);
        }
        if (!c.firstReporter()) {
            out.add(Ineligibility.NOT_FIRST_REPORTER);
        }
        return new RewardEligibility(out);
    }
}
