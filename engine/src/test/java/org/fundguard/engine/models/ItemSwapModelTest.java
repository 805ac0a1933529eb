package org.fundguard.engine.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fundguard.engine.models.ScreeningFixtures.at;
import static org.fundguard.engine.models.ScreeningFixtures.drug;
import static org.fundguard.engine.models.ScreeningFixtures.goods;
import static org.fundguard.engine.models.ScreeningFixtures.pharmacy;
import static org.fundguard.engine.models.ScreeningFixtures.run;
import static org.fundguard.engine.models.ScreeningFixtures.visit;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.fundguard.core.Category;
import org.fundguard.core.SubjectType;
import org.fundguard.engine.Claim;
import org.fundguard.engine.Finding;
import org.junit.jupiter.api.Test;

class ItemSwapModelTest {
    private static final String OPENING = "2024-01-01";
    private static final String CLOSING = "2024-06-30";
    private static final LocalDateTime FIRST_SALE = at("2024-01-02 10:00");

    private final ItemSwapModel model = ItemSwapModel.standard();

    private static ScreeningFixtures.RegionBuilder region() {
        return new ScreeningFixtures.RegionBuilder().with(pharmacy("P001")).with(pharmacy("P002")).with(pharmacy("P003"))
                .with(pharmacy("P004")).with(drug("D1")).with(goods("G1"))
                // P002: an honest ledger; its self-paid goods are billed as such
                .stocktake("P002", "D1", 0, OPENING).purchase("P002", "D1", 200, "2024-01-01 08:00")
                .purchase("P002", "G1", 100, "2024-01-01 08:00").stocktake("P002", "D1", 50, CLOSING);
    }

    /** {@code count} sales of {@code units} D1 at 20.00, one every three days. */
    private static List<Claim> sales(String inst, int count, int units) {
        List<Claim> claims = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            claims.add(visit(inst + "-S" + k).of("X" + k).at(inst).on(FIRST_SALE.plusDays(3L * k)).line("D1", units, 2_000)
                    .build());
        }
        return claims;
    }

    private static List<Claim> honestNeighbour() {
        List<Claim> claims = new ArrayList<>(sales("P002", 15, 10));
        for (int k = 0; k < 8; k++) {
            claims.add(visit("P002-G" + k).of("Y" + k).at("P002").on(FIRST_SALE.plusDays(5L * k)).line("G1", 10, 1_500)
                    .paid(0, 0).build());
        }
        return claims;
    }

    static ScreeningFixtures.Case positiveCase() {
        ScreeningFixtures.RegionBuilder region = region().stocktake("P001", "D1", 0, OPENING)
                .purchase("P001", "D1", 100, "2024-01-01 08:00").purchase("P001", "G1", 500, "2024-01-01 08:00")
                .stocktake("P001", "D1", 0, CLOSING);
        List<Claim> claims = new ArrayList<>(honestNeighbour());
        claims.addAll(sales("P001", 40, 10));
        return new ScreeningFixtures.Case(claims, region.build());
    }

    @Test
    void flagsAPharmacyBillingFourTimesWhatItBoughtWhileItsGoodsAreNeverBilled() {
        ScreeningFixtures.RegionBuilder region = region().stocktake("P001", "D1", 0, OPENING)
                .purchase("P001", "D1", 100, "2024-01-01 08:00").purchase("P001", "G1", 500, "2024-01-01 08:00")
                .stocktake("P001", "D1", 0, CLOSING);
        List<Claim> claims = new ArrayList<>(honestNeighbour());
        claims.addAll(sales("P001", 40, 10));

        List<Finding> findings = run(model, claims, region.build());

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.category()).isEqualTo(Category.ITEM_SWAP);
            assertThat(f.subjectType()).isEqualTo(SubjectType.INSTITUTION);
            assertThat(f.subjectId()).isEqualTo("P001");
            // 400 units billed at 20.00, 100 available: 300 units = 6,000.00 yuan beyond stock, 70 % fund
            assertThat(f.amountFen()).isEqualTo(300 * 2_000L);
            assertThat(f.fundShareFen()).isEqualTo(300 * 2_000L * 7 / 10);
            assertThat(f.evidence()).contains("institutions:P001", "purchases:PU3", "purchases:PU4", "fee_details:P001-S0-1");
            assertThat(f.explanation()).contains("400单位", "采购100", "超出可售量300单位", "非医保商品500单位");
        });
    }

    @Test
    void doesNotFlagAPharmacySellingStockBoughtBeforeTheDataWindow() {
        ScreeningFixtures.RegionBuilder region = region().stocktake("P003", "D1", 300, OPENING)
                .purchase("P003", "D1", 100, "2024-02-01 08:00").stocktake("P003", "D1", 0, CLOSING);
        List<Claim> claims = new ArrayList<>(honestNeighbour());
        claims.addAll(sales("P003", 40, 10));

        assertThat(run(model, claims, region.build())).isEmpty();
    }

    @Test
    void doesNotJudgeAPharmacyThatReportsNoStockRecordsAtAll() {
        List<Claim> claims = new ArrayList<>(honestNeighbour());
        claims.addAll(sales("P004", 40, 10));

        assertThat(run(model, claims, region().build())).isEmpty();
    }

    @Test
    void ranksTheLargerShortfallWithUnbilledGoodsAboveASmallShortfall() {
        ScreeningFixtures.RegionBuilder region = region().stocktake("P001", "D1", 0, OPENING)
                .purchase("P001", "D1", 100, "2024-01-01 08:00").purchase("P001", "G1", 500, "2024-01-01 08:00")
                .stocktake("P001", "D1", 0, CLOSING).stocktake("P003", "D1", 0, OPENING)
                .purchase("P003", "D1", 300, "2024-01-01 08:00").stocktake("P003", "D1", 0, CLOSING);
        List<Claim> claims = new ArrayList<>(honestNeighbour());
        claims.addAll(sales("P001", 40, 10));
        claims.addAll(sales("P003", 40, 10));

        List<Finding> findings = run(model, claims, region.build());

        assertThat(findings).extracting(Finding::subjectId).containsExactly("P001", "P003");
        assertThat(findings.get(0).score()).isGreaterThan(findings.get(1).score());
    }
}
