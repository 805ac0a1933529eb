package org.fundguard.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MoneyAndQuantityTest {

    @Test
    void parsesYuanWithUpToTwoDecimalsIntoFen() {
        assertThat(Money.parseFen("12")).isEqualTo(1200);
        assertThat(Money.parseFen("12.5")).isEqualTo(1250);
        assertThat(Money.parseFen("-0.07")).isEqualTo(-7);
        assertThat(Money.parseFen(".5")).isEqualTo(50);
    }

    @Test
    void refusesAThirdDecimalAndNonNumbers() {
        assertThatThrownBy(() -> Money.parseFen("1.234")).hasMessageContaining("more than 2 decimals");
        assertThatThrownBy(() -> Money.parseFen("12a")).hasMessageContaining("not a number");
        assertThatThrownBy(() -> Money.parseFen("-")).hasMessageContaining("no digits");
        assertThatThrownBy(() -> Money.parseFen("")).hasMessageContaining("empty");
    }

    @Test
    void formatsFenAsYuanRoundTrip() {
        for (long fen : new long[] {0, 5, -5, 100, 1234, -98765}) {
            assertThat(Money.parseFen(Money.format(fen))).isEqualTo(fen);
        }
        assertThat(Money.format(-5)).isEqualTo("-0.05");
    }

    @Test
    void quantitiesKeepFourDecimalsAndFormatWithoutTrailingZeros() {
        assertThat(Quantity.parse("2")).isEqualTo(20_000);
        assertThat(Quantity.parse("0.5")).isEqualTo(5_000);
        assertThat(Quantity.format(Quantity.parse("-1.25"))).isEqualTo("-1.25");
        assertThatThrownBy(() -> Quantity.parse("1.23456")).hasMessageContaining("more than 4 decimals");
    }

    @Test
    void lineTotalIsCountTimesPriceRoundedToTheFen() {
        // 0.5 box × 12.35 yuan = 6.175 → 6.18
        assertThat(Quantity.times(Quantity.parse("0.5"), Money.parseFen("12.35"))).isEqualTo(618);
        assertThat(Quantity.times(Quantity.parse("-0.5"), Money.parseFen("12.35"))).isEqualTo(-618);
        assertThat(Quantity.times(Quantity.of(3), 1999)).isEqualTo(5997);
    }

    @Test
    void masksIdNumbersNamesAndPhones() {
        assertThat(Masking.certno("110101199003077777")).isEqualTo("110101********7777");
        assertThat(Masking.name("张三丰")).isEqualTo("张**");
        assertThat(Masking.phone("13812345678")).isEqualTo("138****5678");
    }
}
