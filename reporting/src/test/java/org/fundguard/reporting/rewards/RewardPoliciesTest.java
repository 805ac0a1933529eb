package org.fundguard.reporting.rewards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.fundguard.core.Money;
import org.fundguard.reporting.DataFileException;
import org.fundguard.reporting.DataLines;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RewardPoliciesTest {
    private static final RewardPolicies PRESETS = RewardPolicies.standard();

    private static long yuan(String amount) {
        return Money.parseFen(amount);
    }

    private static long reward(String preset, RewardInput in) {
        return PRESETS.require(preset).compute(in).rewardFen();
    }

    private static RewardInput verified(String amount) {
        return RewardInput.of(yuan(amount));
    }

    @Test
    void shipsTheFivePresetsOfTheIssue() {
        assertThat(PRESETS.names()).containsExactly("national", "guangdong", "beijing", "wuhan", "tongliao");
    }

    @Nested
    class National {
        @Test
        void paysTwoPercentBetweenFloorAndCap() {
            assertThat(reward("national", verified("600000"))).isEqualTo(yuan("12000"));
        }

        @Test
        void raisesSmallRewardsToTheFloorOf200() {
            assertThat(reward("national", verified("5000"))).isEqualTo(yuan("200"));
        }

        @Test
        void capsAt200000() {
            assertThat(reward("national", verified("20000000"))).isEqualTo(yuan("200000"));
        }

        @Test
        void hasNoInsiderBonus() {
            assertThat(reward("national", verified("600000").insider(true))).isEqualTo(yuan("12000"));
        }

        @Test
        void roundsTheShareHalfUpToTheFenOnce() {
            // 10,000.25 yuan × 2% = 200.005 yuan → 200.01
            assertThat(reward("national", verified("10000.25"))).isEqualTo(yuan("200.01"));
            // 12,345.67 yuan × 2% = 246.9134 yuan → 246.91
            assertThat(reward("national", verified("12345.67"))).isEqualTo(yuan("246.91"));
        }
    }

    @Nested
    class Guangdong {
        @Test
        void paysThreeTwoOnePercentByEvidenceGrade() {
            assertThat(reward("guangdong", verified("100000").grade(1))).isEqualTo(yuan("3000"));
            assertThat(reward("guangdong", verified("100000").grade(2))).isEqualTo(yuan("2000"));
            assertThat(reward("guangdong", verified("100000").grade(3))).isEqualTo(yuan("1000"));
        }

        @Test
        void raisesEachGradeToItsOwnMinimum() {
            assertThat(reward("guangdong", verified("10000").grade(1))).isEqualTo(yuan("400"));
            assertThat(reward("guangdong", verified("10000").grade(2))).isEqualTo(yuan("300"));
            assertThat(reward("guangdong", verified("15000").grade(3))).isEqualTo(yuan("200"));
        }

        @Test
        void addsTwentyPercentForInsidersAfterTheMinimum() {
            assertThat(reward("guangdong", verified("100000").grade(2).insider(true))).isEqualTo(yuan("2400"));
            assertThat(reward("guangdong", verified("10000").grade(1).insider(true))).isEqualTo(yuan("480"));
        }

        @Test
        void capsAt200000EvenWithTheInsiderBonus() {
            assertThat(reward("guangdong", verified("7000000").grade(1))).isEqualTo(yuan("200000"));
            // 6,000,000 × 3% = 180,000; +20% = 216,000 → cap
            assertThat(reward("guangdong", verified("6000000").grade(1).insider(true))).isEqualTo(yuan("200000"));
        }

        @Test
        void needsAGrade() {
            assertThatThrownBy(() -> reward("guangdong", verified("10000")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("grade");
        }
    }

    @Nested
    class Beijing {
        @Test
        void paysTwoPercentUpTo500000() {
            assertThat(reward("beijing", verified("300000"))).isEqualTo(yuan("6000"));
            assertThat(reward("beijing", verified("500000"))).isEqualTo(yuan("10000"));
        }

        @Test
        void paysFourPercentOnThePartAbove500000() {
            // 500,000 × 2% + 300,000 × 4% = 10,000 + 12,000
            assertThat(reward("beijing", verified("800000"))).isEqualTo(yuan("22000"));
            assertThat(reward("beijing", verified("500000.01"))).isEqualTo(yuan("10000"));
        }

        @Test
        void paysTenPercentForReportsAgainstIndividuals() {
            assertThat(reward("beijing", verified("20000").againstIndividual(true))).isEqualTo(yuan("2000"));
        }

        @Test
        void raisesSmallRewardsToTheFloorOf500() {
            assertThat(reward("beijing", verified("10000"))).isEqualTo(yuan("500"));
            assertThat(reward("beijing", verified("3000").againstIndividual(true))).isEqualTo(yuan("500"));
        }

        @Test
        void capsAtTheNationalCeiling() {
            // 10,000 + 5,500,000 × 4% = 230,000 → 200,000
            assertThat(reward("beijing", verified("6000000"))).isEqualTo(yuan("200000"));
        }

        @Test
        void hasNoInsiderBonus() {
            assertThat(reward("beijing", verified("300000").insider(true))).isEqualTo(yuan("6000"));
        }
    }

    @Nested
    class Wuhan {
        @Test
        void paysTwoPercentOfTheVerifiedAmount() {
            assertThat(reward("wuhan", verified("50000"))).isEqualTo(yuan("1000"));
        }

        @Test
        void paysThreePercentToInsiders() {
            assertThat(reward("wuhan", verified("50000").insider(true))).isEqualTo(yuan("1500"));
        }

        @Test
        void capsAt100000PerCaseForInsidersToo() {
            assertThat(reward("wuhan", verified("6000000"))).isEqualTo(yuan("100000"));
            assertThat(reward("wuhan", verified("4000000").insider(true))).isEqualTo(yuan("100000"));
            assertThat(reward("wuhan", verified("3000000").insider(true))).isEqualTo(yuan("90000"));
        }

        @Test
        void hasNoFloor() {
            assertThat(reward("wuhan", verified("1000"))).isEqualTo(yuan("20"));
        }
    }

    @Nested
    class Tongliao {
        @Test
        void capsAt200000AsTheSeedAnnounces() {
            assertThat(reward("tongliao", verified("20000000"))).isEqualTo(yuan("200000"));
        }

        @Test
        void followsTheNationalFloor() {
            assertThat(reward("tongliao", verified("5000"))).isEqualTo(yuan("200"));
        }

        @Test
        void hasNoInsiderBonus() {
            assertThat(reward("tongliao", verified("600000").insider(true))).isEqualTo(yuan("12000"));
        }
    }

    /**
     * Each preset at the edges of its rule: just below and exactly at the floor, exactly at and just above the
     * cap, and with and without the insider rule. Amounts in yuan.
     */
    @ParameterizedTest(name = "{0} {1} insider={2} grade={3} → {4}")
    @CsvSource({
            // national: 2%, floor 200 (reached at 10,000), cap 200,000 (reached at 10,000,000), no insider rule
            "national,  9999.99,     false, 0, 200.00",
            "national,  10000,       false, 0, 200.00",
            "national,  10050,       false, 0, 201.00",
            "national,  10000000,    false, 0, 200000.00",
            "national,  10000050,    false, 0, 200000.00",
            "national,  10000050,    true,  0, 200000.00",
            // guangdong: grade floors 400/300/200, +20% for insiders after the floor, cap 200,000
            "guangdong, 13333.33,    false, 1, 400.00",
            "guangdong, 13333.33,    true,  1, 480.00",
            "guangdong, 15000,       false, 2, 300.00",
            "guangdong, 20000,       false, 3, 200.00",
            "guangdong, 20100,       false, 3, 201.00",
            "guangdong, 5555555.56,  true,  1, 200000.00",
            "guangdong, 5555600,     true,  1, 200000.00",
            "guangdong, 5555600,     false, 1, 166668.00",
            // beijing: floor 500 (reached at 25,000), marginal 2%/4%, cap 200,000 (reached at 5,250,000), no insider rule
            "beijing,   24999,       false, 0, 500.00",
            "beijing,   25000,       false, 0, 500.00",
            "beijing,   5250000,     false, 0, 200000.00",
            "beijing,   5250100,     false, 0, 200000.00",
            "beijing,   5249900,     true,  0, 199996.00",
            // wuhan: no floor, insiders 3% instead of 2%, cap 100,000 (5,000,000 / insiders 3,333,333.33)
            "wuhan,     100,         false, 0, 2.00",
            "wuhan,     100,         true,  0, 3.00",
            "wuhan,     5000000,     false, 0, 100000.00",
            "wuhan,     5000050,     false, 0, 100000.00",
            "wuhan,     3333333.33,  true,  0, 100000.00",
            "wuhan,     3333300,     true,  0, 99999.00",
            // tongliao: cap 200,000 from the seed, share and floor as national, no insider rule
            "tongliao,  9000,        false, 0, 200.00",
            "tongliao,  9000,        true,  0, 200.00",
            "tongliao,  10000000,    false, 0, 200000.00",
            "tongliao,  12000000,    true,  0, 200000.00"})
    void rewardsAtTheFloorTheCapAndTheInsiderRuleOfEveryPreset(String preset, String amount, boolean insider, int grade,
            String expected) {
        assertThat(reward(preset, verified(amount).insider(insider).grade(grade))).isEqualTo(yuan(expected));
    }

    @Test
    void explainsEveryStepWithItsFigures() {
        RewardComputation c = PRESETS.require("guangdong").compute(verified("10000").grade(1).insider(true));
        assertThat(c.steps()).containsExactly(
                "查实金额 10000.00 元，1 级奖励比例 3%，计 300.00 元",
                "计算金额 300.00 元低于最低奖励 400.00 元，按 400.00 元奖励",
                "举报人为内部人员，在 400.00 元基础上增加 20%，得 480.00 元",
                "奖励金额 480.00 元");
        assertThat(PRESETS.require("beijing").compute(verified("800000")).steps().get(0))
                .isEqualTo("查实金额 800000.00 元分段计算：500000.00 元 × 2%，300000.00 元 × 4%，计 22000.00 元");
    }

    @Test
    void namesTheKnownPresetsForAnUnknownName() {
        assertThatThrownBy(() -> PRESETS.require("shanghai")).hasMessageContaining("national, guangdong");
    }

    @Test
    void rejectsABadPresetFileNamingLineAndKey() {
        DataLines file = DataLines.read(new StringReader("title=t\nsource=s\n# c\nrate=2%\n"), "x.preset");
        assertThatThrownBy(() -> RewardPolicies.parse("x", file))
                .isInstanceOf(DataFileException.class).hasMessageContaining("x.preset:4 [rate]");
        DataLines twoWays = DataLines.read(new StringReader("title=t\nsource=s\nrate=2\nbands=1:1,*:2\n"), "y.preset");
        assertThatThrownBy(() -> RewardPolicies.parse("y", twoWays)).hasMessageContaining("exactly one");
        DataLines unknown = DataLines.read(new StringReader("title=t\nsource=s\nrate=2\nceiling=5\n"), "z.preset");
        assertThatThrownBy(() -> RewardPolicies.parse("z", unknown)).hasMessageContaining("z.preset:4 [ceiling]: unknown key");
    }
}
