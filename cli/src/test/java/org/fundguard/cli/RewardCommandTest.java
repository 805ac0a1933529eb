package org.fundguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RewardCommandTest {
    @Test
    void printsTheRewardAndEachStepOfTheComputation() {
        CommandRun r = CommandRun.of("reward", "--policy", "guangdong", "--amount", "10000", "--grade", "1", "--insider");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("广东省")
                .contains("查实金额 10000.00 元，1 级奖励比例 3%，计 300.00 元")
                .contains("按 400.00 元奖励")
                .contains("增加 20%，得 480.00 元")
                .endsWith("reward 480.00 yuan\n");
    }

    @Test
    void capsAtThePresetsMaximum() {
        CommandRun r = CommandRun.of("reward", "--policy", "wuhan", "--amount", "4000000", "--insider");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("超过每案最高奖励 100000.00 元").contains("reward 100000.00 yuan");
    }

    @Test
    void listsThePresets() {
        CommandRun r = CommandRun.of("reward", "--list");

        assertThat(r.exit()).isZero();
        assertThat(r.out().lines().filter(l -> !l.startsWith(" ")).map(l -> l.split(" ")[0]))
                .containsExactly("national", "guangdong", "beijing", "wuhan", "tongliao");
    }

    @Test
    void anUnknownPresetIsAUsageErrorNamingTheKnownOnes() {
        CommandRun r = CommandRun.of("reward", "--policy", "shanghai", "--amount", "100");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("fundguard reward: no reward preset 'shanghai'; presets: national, guangdong, beijing, wuhan, tongliao");
    }

    @Test
    void aBadAmountOrAMissingGradeIsAUsageError() {
        CommandRun amount = CommandRun.of("reward", "--policy", "national", "--amount", "12.345");
        CommandRun grade = CommandRun.of("reward", "--policy", "guangdong", "--amount", "100");
        CommandRun nothing = CommandRun.of("reward");

        assertThat(amount.exit()).isEqualTo(2);
        assertThat(amount.err()).contains("--amount '12.345' is not an amount in yuan");
        assertThat(grade.exit()).isEqualTo(2);
        assertThat(grade.err()).contains("give --grade [1, 2, 3]");
        assertThat(nothing.exit()).isEqualTo(2);
        assertThat(nothing.out() + nothing.err()).doesNotContain("Exception");
    }
}
