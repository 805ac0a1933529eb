package org.fundguard.reporting.rewards;

import java.util.List;

/**
 * A reward and how it was reached: each step is a Chinese sentence naming its figures, in the order
 * applied, so the officer, the approval sheet and the reporter's query page show the same reasoning.
 */
public record RewardComputation(String policy, String title, long verifiedFen, long rewardFen, List<String> steps) {
    public RewardComputation {
        steps = List.copyOf(steps);
    }
}
