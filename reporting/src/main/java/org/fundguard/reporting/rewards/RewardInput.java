package org.fundguard.reporting.rewards;

/**
 * What a reward depends on: the verified amount (查实金额/案值, in fen), whether the reporter is an insider
 * (定点医药机构内部人员或原内部人员), the evidence grade the officer assigned (1 = strongest; 0 when the
 * policy has no grades) and whether the reported subject is a natural person rather than an institution.
 */
public record RewardInput(long verifiedFen, boolean insider, int grade, boolean againstIndividual) {
    public RewardInput {
        if (verifiedFen <= 0) {
            throw new IllegalArgumentException("the verified amount must be positive to compute a reward");
        }
        if (grade < 0) {
            throw new IllegalArgumentException("evidence grade must be 1 or more (0 for none)");
        }
    }

    public static RewardInput of(long verifiedFen) {
        return new RewardInput(verifiedFen, false, 0, false);
    }

    public RewardInput insider(boolean value) {
        return new RewardInput(verifiedFen, value, grade, againstIndividual);
    }

    public RewardInput grade(int value) {
        return new RewardInput(verifiedFen, insider, value, againstIndividual);
    }

    public RewardInput againstIndividual(boolean value) {
        return new RewardInput(verifiedFen, insider, grade, value);
    }
}
