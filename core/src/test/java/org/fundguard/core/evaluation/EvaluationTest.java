package org.fundguard.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.fundguard.core.Category;
import org.fundguard.core.Label;
import org.fundguard.core.Lead;
import org.fundguard.core.SubjectType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EvaluationTest {
    private SubjectTree tree;

    @BeforeEach
    void region() {
        tree = new SubjectTree();
        tree.addVisit("V1", "P1", "H1");
        tree.addVisit("V2", "P1", "H2");
        tree.addVisit("V3", "P2", "H1");
        tree.addLine("F1", "V1");
        tree.addLine("F2", "V1");
        tree.addLine("F3", "V3");
        tree.addSettlement("S1", "V1");
    }

    private static Label label(Category c, SubjectType t, String id, long lossFen) {
        return new Label(c, t, id, lossFen);
    }

    private static Lead lead(String id, Category c, SubjectType t, String subject, double score) {
        return new Lead(id, c, "MODEL:X", t, subject, null, null, score, 0, List.of(), "");
    }

    private Evaluation.CategoryScore score(Evaluation.Result r, Category c) {
        return r.categories().stream().filter(s -> s.category() == c).findFirst().orElseThrow();
    }

    @Test
    void countsALineInsideALabelledVisitAsFindingIt() {
        var r = Evaluation.evaluate(List.of(label(Category.FAKE_ADMISSION, SubjectType.VISIT, "V1", 1000)),
                List.of(lead("L1", Category.FAKE_ADMISSION, SubjectType.FEE_DETAIL, "F2", 0.9)), List.of(), tree);
        var s = score(r, Category.FAKE_ADMISSION);
        assertThat(s.found()).isEqualTo(1);
        assertThat(s.recall()).isEqualTo(1.0);
        assertThat(s.precision()).isEqualTo(1.0);
        assertThat(s.fundLossRecall()).isEqualTo(1.0);
    }

    @Test
    void aLeadOnACoarserSubjectMatchesNothing() {
        var r = Evaluation.evaluate(List.of(label(Category.CARD_HARVEST, SubjectType.VISIT, "V1", 1000)),
                List.of(lead("L1", Category.CARD_HARVEST, SubjectType.INSTITUTION, "H1", 0.9)), List.of(), tree);
        var s = score(r, Category.CARD_HARVEST);
        assertThat(s.found()).isZero();
        assertThat(s.matched()).isZero();
        assertThat(s.precision()).isZero();
    }

    @Test
    void aVisitOfALabelledPersonOrInstitutionMatches() {
        var r = Evaluation.evaluate(
                List.of(label(Category.DRUG_RESALE, SubjectType.PERSON, "P1", 100),
                        label(Category.ITEM_SWAP, SubjectType.INSTITUTION, "H1", 100)),
                List.of(lead("L1", Category.DRUG_RESALE, SubjectType.VISIT, "V2", 0.5),
                        lead("L2", Category.ITEM_SWAP, SubjectType.FEE_DETAIL, "F3", 0.5)),
                List.of(), tree);
        assertThat(score(r, Category.DRUG_RESALE).recall()).isEqualTo(1.0);
        assertThat(score(r, Category.ITEM_SWAP).recall()).isEqualTo(1.0);
    }

    @Test
    void theCategoryMustAgree() {
        var r = Evaluation.evaluate(List.of(label(Category.OVER_PRICE, SubjectType.FEE_DETAIL, "F1", 100)),
                List.of(lead("L1", Category.DUPLICATE_CHARGE, SubjectType.FEE_DETAIL, "F1", 1)), List.of(), tree);
        assertThat(score(r, Category.OVER_PRICE).found()).isZero();
        assertThat(score(r, Category.DUPLICATE_CHARGE).precision()).isZero();
    }

    @Test
    void averagePrecisionRewardsRankingTruePositivesFirst() {
        List<Label> labels = List.of(label(Category.OVER_PRICE, SubjectType.FEE_DETAIL, "F1", 100),
                label(Category.OVER_PRICE, SubjectType.FEE_DETAIL, "F2", 100));
        var good = Evaluation.evaluate(labels, List.of(
                lead("A", Category.OVER_PRICE, SubjectType.FEE_DETAIL, "F1", 0.9),
                lead("B", Category.OVER_PRICE, SubjectType.FEE_DETAIL, "F2", 0.8),
                lead("C", Category.OVER_PRICE, SubjectType.FEE_DETAIL, "F3", 0.1)), List.of(), tree);
        var bad = Evaluation.evaluate(labels, List.of(
                lead("A", Category.OVER_PRICE, SubjectType.FEE_DETAIL, "F1", 0.1),
                lead("B", Category.OVER_PRICE, SubjectType.FEE_DETAIL, "F2", 0.2),
                lead("C", Category.OVER_PRICE, SubjectType.FEE_DETAIL, "F3", 0.9)), List.of(), tree);
        assertThat(score(good, Category.OVER_PRICE).averagePrecision()).isEqualTo(1.0);
        // false positive first: precision 1/2 at F2's rank, 2/3 at F1's → (0.5 + 0.667) / 2
        assertThat(score(bad, Category.OVER_PRICE).averagePrecision()).isCloseTo((0.5 + 2.0 / 3) / 2, within(1e-9));
        assertThat(score(bad, Category.OVER_PRICE).precision()).isCloseTo(2.0 / 3, within(1e-9));
    }

    @Test
    void fundLossRecallWeighsFoundLabelsByTheirLoss() {
        var r = Evaluation.evaluate(List.of(label(Category.OVER_PRICE, SubjectType.FEE_DETAIL, "F1", 300),
                label(Category.OVER_PRICE, SubjectType.FEE_DETAIL, "F2", 100)),
                List.of(lead("A", Category.OVER_PRICE, SubjectType.FEE_DETAIL, "F1", 0.9)), List.of(), tree);
        var s = score(r, Category.OVER_PRICE);
        assertThat(s.recall()).isEqualTo(0.5);
        assertThat(s.fundLossRecall()).isEqualTo(0.75);
    }

    @Test
    void reportsHardNegativesThatWereFlagged() {
        var r = Evaluation.evaluate(List.of(label(Category.SPLIT_ADMISSION, SubjectType.VISIT, "V1", 100)),
                List.of(lead("A", Category.SPLIT_ADMISSION, SubjectType.VISIT, "V3", 0.9)),
                List.of(new Evaluation.HardNegative(Category.SPLIT_ADMISSION, SubjectType.VISIT, "V3"),
                        new Evaluation.HardNegative(Category.SPLIT_ADMISSION, SubjectType.VISIT, "V2")),
                tree);
        var s = score(r, Category.SPLIT_ADMISSION);
        assertThat(s.hardNegatives()).isEqualTo(2);
        assertThat(s.hardNegativesFlagged()).isEqualTo(1);
    }

    @Test
    void macroFiguresAverageOnlyTheLabelledCategoriesAndCountNoLeadsAsZeroPrecision() {
        var r = Evaluation.evaluate(List.of(label(Category.OVER_PRICE, SubjectType.FEE_DETAIL, "F1", 100),
                label(Category.DECEASED_CLAIM, SubjectType.VISIT, "V2", 100)),
                List.of(lead("A", Category.OVER_PRICE, SubjectType.FEE_DETAIL, "F1", 0.9),
                        lead("B", Category.COLLUSION_RING, SubjectType.PERSON, "P9", 0.9)), List.of(), tree);
        assertThat(r.macroRecall()).isEqualTo(0.5);
        assertThat(r.macroPrecision()).isEqualTo(0.5);
        assertThat(r.summaryLine()).isEqualTo("macro recall 0.500 precision 0.500 ap 0.500 fund-loss-recall 0.500");
        assertThat(EvaluationTable.text(r)).endsWith(r.summaryLine() + "\n").contains("COLLUSION_RING");
    }
}
