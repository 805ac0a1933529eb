package org.fundguard.reporting.rewards;

/**
 * The facts the reward conditions of the national measures (违法违规使用医疗保障基金举报奖励办法) turn on,
 * as the handling officer recorded them. {@code fundLossFen} is the loss caused or avoided thanks to the report.
 */
public record RewardCase(
        boolean clearTargetAndEvidence,
        boolean factsAlreadyKnown,
        boolean verified,
        long fundLossFen,
        boolean reporterWantsReward,
        boolean reporterIdentifiable,
        boolean reporterIsAgencyStaff,
        boolean reporterIsOffender,
        boolean firstReporter) {
}
