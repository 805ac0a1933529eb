package org.fundguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PenaltyCommandTest {

    @Test
    void printsTheFineRangeOfArticle38ExactlyToTheFenWithTheDiscretionLevels() {
        CommandRun r = CommandRun.of("penalty", "--article", "38", "--amount", "12345.67");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("法定幅度  12345.67元至24691.34元")
                .contains("从轻　　  12345.67元至16049.37元")
                .contains("从重　　  20987.64元至24691.34元")
                .contains("法定幅度  6个月至12个月")
                .contains("拒不改正或者造成严重后果的");
    }

    @Test
    void fraudUnderArticle38PrintsArticle40sTwoToFiveTimes() {
        CommandRun r = CommandRun.of("penalty", "--article", "38", "--amount", "100", "--fraud");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("第四十条(申请适用第38条)").contains("法定幅度  200.00元至500.00元");
    }

    @Test
    void article39IgnoresTheAmountAndUsesAProvincesFourLevels() {
        CommandRun r = CommandRun.of("penalty", "--article", "39", "--province", "sample-4");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("法定幅度  10000.00元至50000.00元").contains("严重　　  40000.00元至50000.00元");
    }

    @Test
    void listsTheArticles() {
        CommandRun r = CommandRun.of("penalty", "--list");

        assertThat(r.exit()).isZero();
        assertThat(r.out().lines().filter(l -> !l.startsWith("\t")).map(l -> l.split("\t")[0]))
                .containsExactly("38", "39", "40", "41", "43", "P");
    }

    @Test
    void badInputIsAUsageErrorWithoutAStackTrace() {
        CommandRun unknown = CommandRun.of("penalty", "--article", "99", "--amount", "1");
        CommandRun negative = CommandRun.of("penalty", "--article", "38", "--amount", "-5");
        CommandRun notMoney = CommandRun.of("penalty", "--article", "38", "--amount", "12.345");
        CommandRun noArticle = CommandRun.of("penalty", "--amount", "1");
        CommandRun province = CommandRun.of("penalty", "--article", "38", "--province", "XX");

        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err().strip()).isEqualTo("fundguard penalty: unknown article '99': one of 38, 39, 40, 41, 43, P (see --list)");
        assertThat(negative.exit()).isEqualTo(2);
        assertThat(negative.err()).contains("must not be negative");
        assertThat(notMoney.exit()).isEqualTo(2);
        assertThat(notMoney.err()).contains("more than 2 decimals");
        assertThat(noArticle.exit()).isEqualTo(2);
        assertThat(province.exit()).isEqualTo(2);
        assertThat(province.err()).contains("default, sample-4");
        for (CommandRun r : new CommandRun[] {unknown, negative, notMoney, noArticle, province}) {
            assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
        }
    }
}
