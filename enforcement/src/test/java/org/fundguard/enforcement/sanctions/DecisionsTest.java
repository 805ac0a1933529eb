package org.fundguard.enforcement.sanctions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DecisionsTest {
    private static final SanctionCatalogue ORDER_735 = SanctionCatalogue.order735();
    private static final DiscretionBasis DEFAULT = DiscretionBasis.builtIn("default");
    private static final DiscretionBasis FOUR_LEVELS = DiscretionBasis.builtIn("sample-4");
    private static final long LOSS = 1_000_000; // 10000.00 yuan

    /** The fine at a bound (with the mandatory measures of the article), at the widest level of the basis. */
    @ParameterizedTest(name = "article {0}: fine {1} fen is {2}")
    @CsvSource({
        "38, 1000000, OK", "38, 2000000, OK", "38, 999999, BELOW_MINIMUM", "38, 2000001, ABOVE_MAXIMUM",
        "39, 1000000, OK", "39, 5000000, OK", "39, 999999, BELOW_MINIMUM", "39, 5000001, ABOVE_MAXIMUM",
        "40, 2000000, OK", "40, 5000000, OK", "40, 1999999, BELOW_MINIMUM", "40, 5000001, ABOVE_MAXIMUM",
        "41, 2000000, OK", "41, 5000000, OK", "41, 1999999, BELOW_MINIMUM", "41, 5000001, ABOVE_MAXIMUM",
    })
    void finesAtTheBoundsOfEachArticleAreAcceptedAndJustOutsideRefused(String article, long fine, String expected) {
        boolean fraud = article.equals("41");
        String level = fine <= lawfulFine(article, fraud).min() + 1 ? "LIGHT" : fine >= lawfulFine(article, fraud).max() - 1 ? "HEAVY" : "GENERAL";
        List<Choice> choices = new ArrayList<>(mandatory(article, fraud, level));
        choices.add(Choice.fen(SanctionKind.FINE, fine));

        List<Refusal> refusals = Decisions.check(ORDER_735, DEFAULT, new Decision(article, LOSS, fraud, level, "情节", choices));

        if (expected.equals("OK")) {
            assertThat(refusals).isEmpty();
        } else {
            assertThat(refusals).singleElement().satisfies(r -> {
                assertThat(r.code()).isEqualTo(expected);
                assertThat(r.kind()).isEqualTo(SanctionKind.FINE);
                assertThat(r.message()).contains(expected.equals("BELOW_MINIMUM") ? "低于法定下限" : "超过法定上限");
            });
        }
    }

    @Test
    void namesTheBoundAndTheClauseInChinese() {
        List<Refusal> r = Decisions.check(ORDER_735, DEFAULT, new Decision("38", LOSS, false, "LIGHT", "初次违规",
                List.of(Choice.of(SanctionKind.RECTIFY), Choice.fen(SanctionKind.RETURN_LOSS, LOSS), Choice.fen(SanctionKind.FINE, 999_999))));

        assertThat(r).singleElement().extracting(Refusal::message)
                .isEqualTo("罚款9999.99元低于法定下限10000.00元(条例第三十八条：处造成损失金额1倍以上2倍以下的罚款)");
    }

    @Test
    void aChoiceInsideTheLawButOutsideTheChosenLevelIsRefused() {
        // default basis, 从轻 = lowest 30% of 1×..2×: 10000.00..13000.00 yuan
        List<Refusal> r = Decisions.check(ORDER_735, DEFAULT, new Decision("38", LOSS, false, "LIGHT", "主动退回",
                List.of(Choice.of(SanctionKind.RECTIFY), Choice.fen(SanctionKind.RETURN_LOSS, LOSS), Choice.fen(SanctionKind.FINE, 1_300_001))));

        assertThat(r).singleElement().satisfies(x -> {
            assertThat(x.code()).isEqualTo("OUTSIDE_LEVEL");
            assertThat(x.message()).contains("从轻").contains("10000.00元至13000.00元");
        });
    }

    @Test
    void recordsTheLevelTheReasonAndTheSubRangeOfEachSanction() {
        RecordedDecision d = Decisions.record(ORDER_735, DEFAULT, new Decision("38", LOSS, false, "GENERAL", "涉及多名参保人",
                List.of(Choice.of(SanctionKind.RECTIFY), Choice.fen(SanctionKind.RETURN_LOSS, LOSS), Choice.fen(SanctionKind.FINE, 1_500_000),
                        Choice.term(SanctionKind.SUSPEND_DEPARTMENT, 8, Unit.MONTHS))));

        assertThat(d.level().label()).isEqualTo("一般");
        assertThat(d.decision().reason()).isEqualTo("涉及多名参保人");
        assertThat(d.penaltiesFen()).isEqualTo(1_500_000);
        assertThat(d.returnFen()).isEqualTo(LOSS);
        assertThat(d.sanctions()).filteredOn(c -> c.choice().kind() == SanctionKind.FINE).singleElement()
                .extracting(RecordedDecision.Chosen::levelRange).isEqualTo(new Bounds(1_300_000, 1_700_000, Unit.FEN));
        assertThat(d.sanctions()).filteredOn(c -> c.choice().kind() == SanctionKind.SUSPEND_DEPARTMENT).singleElement()
                .extracting(RecordedDecision.Chosen::levelRange).isEqualTo(new Bounds(8, 10, Unit.MONTHS));
    }

    @Test
    void refusesADecisionWithoutTheMandatoryReturnOrReason() {
        assertThatThrownBy(() -> Decisions.record(ORDER_735, DEFAULT, new Decision("40", LOSS, true, "LIGHT", " ",
                List.of(Choice.fen(SanctionKind.FINE, 2_000_000), Choice.term(SanctionKind.SUSPEND_DEPARTMENT, 6, Unit.MONTHS)))))
                .isInstanceOfSatisfying(DecisionRefusedException.class, e -> assertThat(e.refusals()).extracting(Refusal::code)
                        .containsExactlyInAnyOrder("REASON_MISSING", "MANDATORY_MISSING"));
    }

    @Test
    void refusesASanctionTheArticleDoesNotProvideAndATermInTheWrongUnit() {
        List<Refusal> r = Decisions.check(ORDER_735, DEFAULT, new Decision("39", 0, false, "LIGHT", "未按规定传送数据",
                List.of(Choice.of(SanctionKind.RECTIFY), Choice.term(SanctionKind.SUSPEND_AGREEMENT, 30, Unit.DAYS),
                        Choice.term(SanctionKind.FINE, 2, Unit.MONTHS))));

        assertThat(r).extracting(Refusal::code).containsExactly("SANCTION_NOT_ALLOWED", "UNIT_MISMATCH");
    }

    @Test
    void refusesAnAgreementSuspensionBeyond180Days() {
        List<Refusal> r = Decisions.check(ORDER_735, DEFAULT, new Decision("P", 0, false, "HEAVY", "整改不到位",
                List.of(Choice.term(SanctionKind.SUSPEND_AGREEMENT, 181, Unit.DAYS))));

        assertThat(r).singleElement().extracting(Refusal::code).isEqualTo("ABOVE_MAXIMUM");
    }

    @Test
    void anUnknownLevelIsRefusedNamingTheProvincesLevels() {
        List<Refusal> r = Decisions.check(ORDER_735, FOUR_LEVELS, new Decision("39", 0, false, "LIGHT", "x",
                List.of(Choice.of(SanctionKind.RECTIFY))));

        assertThat(r).singleElement().satisfies(x -> assertThat(x.message()).contains("MINOR 轻微").contains("SEVERE 严重"));
    }

    @Test
    void aPerKindOverrideHoldsMinorFinesAtTheStatutoryMinimum() {
        SanctionRange fine = ORDER_735.range("38", LOSS, false).find(SanctionKind.FINE).orElseThrow();
        SanctionRange suspension = ORDER_735.range("38", LOSS, false).find(SanctionKind.SUSPEND_DEPARTMENT).orElseThrow();

        assertThat(FOUR_LEVELS.subRange(fine, "MINOR")).isEqualTo(new Bounds(LOSS, LOSS, Unit.FEN));
        assertThat(FOUR_LEVELS.subRange(suspension, "MINOR")).isEqualTo(new Bounds(6, 7, Unit.MONTHS));
        assertThat(FOUR_LEVELS.subRange(fine, "SEVERE")).isEqualTo(new Bounds(1_750_000, 2_000_000, Unit.FEN));
    }

    private static Bounds lawfulFine(String article, boolean fraud) {
        return ORDER_735.range(article, LOSS, fraud).find(SanctionKind.FINE).orElseThrow().bounds();
    }

    private static List<Choice> mandatory(String article, boolean fraud, String level) {
        List<Choice> out = new ArrayList<>();
        for (SanctionRange s : ORDER_735.range(article, LOSS, fraud).sanctions()) {
            if (s.required() && s.kind() != SanctionKind.FINE) {
                out.add(new Choice(s.kind(), DEFAULT.subRange(s, level).min(), s.bounds().unit()));
            }
        }
        return out;
    }
}
