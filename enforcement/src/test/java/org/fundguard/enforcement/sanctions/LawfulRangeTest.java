package org.fundguard.enforcement.sanctions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LawfulRangeTest {
    private static final SanctionCatalogue ORDER_735 = SanctionCatalogue.order735();
    private static final long LOSS = 1_234_567; // 12345.67 yuan

    @Test
    void article38FinesOneToTwoTimesTheLossAndReturnsIt() {
        LawfulRange r = ORDER_735.range("38", LOSS, false);

        assertThat(r.find(SanctionKind.FINE).orElseThrow().bounds()).isEqualTo(new Bounds(1_234_567, 2_469_134, Unit.FEN));
        assertThat(r.find(SanctionKind.RETURN_LOSS).orElseThrow().bounds()).isEqualTo(new Bounds(LOSS, LOSS, Unit.FEN));
        assertThat(r.find(SanctionKind.SUSPEND_DEPARTMENT).orElseThrow().bounds()).isEqualTo(new Bounds(6, 12, Unit.MONTHS));
        assertThat(r.find(SanctionKind.SUSPEND_DEPARTMENT).orElseThrow().condition()).isEqualTo(Condition.REFUSED_OR_SERIOUS);
        assertThat(r.find(SanctionKind.INTERVIEW).orElseThrow().obligation()).isEqualTo(Obligation.DISCRETIONARY);
    }

    @Test
    void article38WithoutLossHasNoFineAndNothingToReturn() {
        LawfulRange r = ORDER_735.range("38", 0, false);

        assertThat(r.find(SanctionKind.FINE)).isEmpty();
        assertThat(r.find(SanctionKind.RETURN_LOSS)).isEmpty();
        assertThat(r.find(SanctionKind.RECTIFY)).isPresent();
    }

    @Test
    void article38WithFraudIsDecidedUnderArticle40() {
        LawfulRange r = ORDER_735.range("38", LOSS, true);

        assertThat(r.article().code()).isEqualTo("40");
        assertThat(r.requested()).isEqualTo("38");
        assertThat(r.notes()).singleElement().asString().contains("第四十条第二款");
        assertThat(r.find(SanctionKind.FINE).orElseThrow().bounds()).isEqualTo(new Bounds(2_469_134, 6_172_835, Unit.FEN));
    }

    @Test
    void article39FinesTenToFiftyThousandYuanWhateverTheLoss() {
        LawfulRange r = ORDER_735.range("39", LOSS, false);

        assertThat(r.find(SanctionKind.FINE).orElseThrow().bounds()).isEqualTo(new Bounds(1_000_000, 5_000_000, Unit.FEN));
        assertThat(r.find(SanctionKind.FINE).orElseThrow().condition()).isEqualTo(Condition.REFUSED);
        assertThat(r.find(SanctionKind.RETURN_LOSS)).isEmpty();
    }

    @Test
    void article41FinesOnlyFraudAndSuspendsDirectSettlementThreeToTwelveMonths() {
        LawfulRange plain = ORDER_735.range("41", 50_000, false);
        LawfulRange fraud = ORDER_735.range("41", 50_000, true);

        assertThat(plain.find(SanctionKind.FINE)).isEmpty();
        assertThat(plain.find(SanctionKind.SUSPEND_DIRECT_SETTLEMENT).orElseThrow().bounds()).isEqualTo(new Bounds(3, 12, Unit.MONTHS));
        assertThat(fraud.find(SanctionKind.FINE).orElseThrow().bounds()).isEqualTo(new Bounds(100_000, 250_000, Unit.FEN));
        assertThat(fraud.article().code()).isEqualTo("41");
    }

    @Test
    void article43BansThePersonInChargeForFiveYears() {
        assertThat(ORDER_735.range("43", LOSS, false).find(SanctionKind.BAN_PERSON_IN_CHARGE).orElseThrow().bounds())
                .isEqualTo(new Bounds(5, 5, Unit.YEARS));
    }

    @Test
    void agreementCapsLiquidatedDamagesAt30PercentRoundedDownAndSuspensionAt180Days() {
        LawfulRange r = ORDER_735.range("P", 333, false);

        // 30% of 3.33 yuan is 0.999 yuan: the cap is rounded down to 0.99 so that it is never exceeded
        assertThat(r.find(SanctionKind.LIQUIDATED_DAMAGES).orElseThrow().bounds()).isEqualTo(new Bounds(0, 99, Unit.FEN));
        assertThat(r.find(SanctionKind.SUSPEND_AGREEMENT).orElseThrow().bounds()).isEqualTo(new Bounds(1, 180, Unit.DAYS));
        assertThat(r.find(SanctionKind.TERMINATE_AGREEMENT).orElseThrow().condition()).isEqualTo(Condition.SUSPENDED_TWICE_OR_FRAUD);
    }

    @Test
    void fractionalMultiplesRoundTheMinimumUpAndTheMaximumDown() {
        SanctionRule r = new SanctionRule("X", SanctionKind.FINE, Condition.ALWAYS, Obligation.MANDATORY,
                SanctionRule.Measure.LOSS_PERCENT, 150, 250, "test");

        assertThat(r.bounds(3)).isEqualTo(new Bounds(5, 7, Unit.FEN)); // 4.5 → 5, 7.5 → 7
    }

    @Test
    void refusesANegativeLossAndAnUnknownArticleInChinese() {
        assertThatThrownBy(() -> ORDER_735.range("38", -1, false)).hasMessageContaining("不能为负数");
        assertThatThrownBy(() -> ORDER_735.range("99", 1, false)).hasMessageContaining("未知条款: 99").hasMessageContaining("38, 39, 40, 41, 43, P");
    }

    @Test
    void hugeLossesDoNotOverflowSilently() {
        assertThatThrownBy(() -> ORDER_735.range("40", Long.MAX_VALUE / 3, false)).isInstanceOf(ArithmeticException.class);
    }
}
