package org.fundguard.reporting.rewards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.fundguard.core.Money;
import org.fundguard.reporting.DataFileException;
import org.fundguard.reporting.DataLines;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

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
