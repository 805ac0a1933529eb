package org.fundguard.engine.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fundguard.engine.models.ScreeningFixtures.HOME;
import static org.fundguard.engine.models.ScreeningFixtures.at;
import static org.fundguard.engine.models.ScreeningFixtures.drug;
import static org.fundguard.engine.models.ScreeningFixtures.goods;
import static org.fundguard.engine.models.ScreeningFixtures.hospital;
import static org.fundguard.engine.models.ScreeningFixtures.pharmacy;
import static org.fundguard.engine.models.ScreeningFixtures.resident;
import static org.fundguard.engine.models.ScreeningFixtures.run;
import static org.fundguard.engine.models.ScreeningFixtures.visit;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.fundguard.core.Category;
import org.fundguard.core.HospitalLevel;
import org.fundguard.core.MedType;
import org.fundguard.core.SubjectType;
import org.fundguard.engine.Claim;
import org.fundguard.engine.Finding;
import org.fundguard.engine.Region;
import org.junit.jupiter.api.Test;

class EvoucherCashoutModelTest {
    private static final LocalDateTime JAN = at("2024-01-10 15:00");

    private final EvoucherCashoutModel model = EvoucherCashoutModel.standard();

    private static Region region() {
        return new ScreeningFixtures.RegionBuilder().with(pharmacy("P001")).with(pharmacy("P002"))
                .with(hospital("H001", HospitalLevel.LEVEL_2)).with(drug("R1").resaleRisk())
                .with(drug("HTN").resaleRisk().onlyFor("I10")).with(goods("G1"))
                .with(resident("C1", HOME)).with(resident("C2", HOME)).with(resident("K1", HOME)).build();
    }

    /** The region's going prices: R1 at 100.00, HTN at 45.60, G1 at 30.00 a unit. */
    private static List<Claim> ordinarySales() {
        List<Claim> claims = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            claims.add(visit("ORD" + i).of("X" + i).at("P002").on(JAN.plusDays(i)).line("R1", 1, 10_000)
                    .line("HTN", 1, 4_560).line("G1", 1, 3_000).build());
        }
        return claims;
    }

    /** Four monthly e-voucher purchases emptying the account with 500.00 of R1 at 2.5 times its price. */
    private static List<Claim> monthlyCashOut(String psn, long unitPriceFen, int units) {
        List<Claim> claims = new ArrayList<>();
        for (int m = 0; m < 4; m++) {
            long total = unitPriceFen * units;
            claims.add(visit(psn + "-M" + m).of(psn).at("P001").eVoucher().on(JAN.plusMonths(m))
                    .line("R1", units, unitPriceFen).paid(0, total).build());
        }
        return claims;
    }

    static ScreeningFixtures.Case positiveCase() {
        List<Claim> claims = new ArrayList<>(ordinarySales());
        claims.addAll(monthlyCashOut("C1", 25_000, 2));
        return new ScreeningFixtures.Case(claims, region());
    }

    @Test
    void flagsMonthlyRoundSumVoucherPurchasesOfOverpricedResaleDrugsWithoutDiagnosis() {
        List<Claim> claims = new ArrayList<>(ordinarySales());
        claims.addAll(monthlyCashOut("C1", 25_000, 2));

        List<Finding> findings = run(model, claims, region());

        assertThat(findings).hasSize(4).allSatisfy(f -> {
            assertThat(f.category()).isEqualTo(Category.EVOUCHER_CASHOUT);
            assertThat(f.subjectType()).isEqualTo(SubjectType.VISIT);
            assertThat(f.psnNo()).isEqualTo("C1");
            assertThat(f.amountFen()).isEqualTo(50_000);
            assertThat(f.fundShareFen()).isEqualTo(50_000);
            assertThat(f.explanation()).contains("医保电子凭证", "500.00元", "个人账户支付500.00元", "2.5倍", "无相应诊断",
                    "4个月");
        });
    }

    @Test
    void doesNotFlagAChronicPatientBuyingTheRegularDrugEveryMonth() {
        List<Claim> claims = new ArrayList<>(ordinarySales());
        for (int m = 0; m < 6; m++) {
            claims.add(visit("K1-H" + m).of("K1").at("H001").type(MedType.CHRONIC_OUTPATIENT).diagnosed("I10.x00")
                    .on(JAN.plusMonths(m).minusDays(3)).line("HTN", 1, 4_560).build());
            claims.add(visit("K1-P" + m).of("K1").at("P001").eVoucher().on(JAN.plusMonths(m)).line("HTN", 3, 4_560)
                    .paid(0, 13_680).build());
        }

        assertThat(run(model, claims, region())).isEmpty();
    }

    @Test
    void flagsMonthlyRoundSumsOfDailyGoodsPaidFromTheAccount() {
        List<Claim> claims = new ArrayList<>(ordinarySales());
        for (int m = 0; m < 3; m++) {
            claims.add(visit("C2-G" + m).of("C2").at("P001").eVoucher().diagnosed("R53.x00").on(JAN.plusMonths(m))
                    .line("G1", 4, 3_000).line("G1", 3, 6_000).paid(0, 30_000).build());
        }

        List<Finding> findings = run(model, claims, region());

        assertThat(findings).hasSize(3).allSatisfy(f -> {
            assertThat(f.amountFen()).isEqualTo(30_000);
            assertThat(f.explanation()).contains("300.00元（整数金额）", "100%为不予支付的非药品");
        });
    }

    @Test
    void flagsThePurchaseThatEmptiesTheAccountAndPaysTheRestInCash() {
        List<Claim> claims = new ArrayList<>(ordinarySales());
        for (int m = 0; m < 2; m++) {
            claims.add(visit("C2-G" + m).of("C2").at("P001").eVoucher().on(JAN.plusMonths(m)).line("G1", 10, 2_000)
                    .paid(0, 20_000).build());
        }
        claims.add(visit("C2-LAST").of("C2").at("P001").eVoucher().on(JAN.plusMonths(2)).line("G1", 10, 2_000)
                .paid(0, 8_827).build());

        List<Finding> findings = run(model, claims, region());

        assertThat(findings).extracting(Finding::subjectId).containsExactly("C2-G0", "C2-G1", "C2-LAST");
        assertThat(findings.get(2).fundShareFen()).isEqualTo(8_827);
    }

    @Test
    void doesNotFlagDailyGoodsBoughtInCashBesideAnAccountPaidDrug() {
        List<Claim> claims = new ArrayList<>(ordinarySales());
        for (int m = 0; m < 4; m++) {
            // the account pays the 45.60 drug; the 154.40 of rice is paid in cash
            claims.add(visit("K1-P" + m).of("K1").at("P001").eVoucher().on(JAN.plusMonths(m)).line("HTN", 1, 4_560)
                    .line("G1", 8, 1_930).paid(0, 4_560).build());
        }

        assertThat(run(model, claims, region())).isEmpty();
    }

    @Test
    void doesNotFlagAChronicPatientWhoseMonthlyBillHappensToBeRound() {
        List<Claim> claims = new ArrayList<>(ordinarySales());
        for (int m = 0; m < 6; m++) {
            claims.add(visit("K1-H" + m).of("K1").at("H001").type(MedType.CHRONIC_OUTPATIENT).diagnosed("I10.x00")
                    .on(JAN.plusMonths(m).minusDays(3)).line("HTN", 1, 4_560).build());
            claims.add(visit("K1-P" + m).of("K1").at("P001").eVoucher().on(JAN.plusMonths(m)).line("HTN", 2, 5_000)
                    .paid(0, 10_000).build());
        }

        assertThat(run(model, claims, region())).isEmpty();
    }

    @Test
    void doesNotFlagASingleCashOutLikePurchase() {
        List<Claim> claims = new ArrayList<>(ordinarySales());
        claims.add(monthlyCashOut("C1", 25_000, 2).get(0));

        assertThat(run(model, claims, region())).isEmpty();
    }

    @Test
    void doesNotFlagPurchasesPaidInCash() {
        List<Claim> claims = new ArrayList<>(ordinarySales());
        for (int m = 0; m < 4; m++) {
            claims.add(visit("C1-M" + m).of("C1").at("P001").eVoucher().on(JAN.plusMonths(m)).line("R1", 2, 25_000)
                    .paid(0, 0).build());
        }

        assertThat(run(model, claims, region())).isEmpty();
    }

    @Test
    void ranksOverpricedCashOutAboveCashOutAtTheGoingPrice() {
        List<Claim> claims = new ArrayList<>(ordinarySales());
        claims.addAll(monthlyCashOut("C1", 25_000, 2));
        claims.addAll(monthlyCashOut("C2", 10_000, 5));

        List<Finding> findings = run(model, claims, region());

        double overpriced = findings.stream().filter(f -> f.psnNo().equals("C1")).mapToDouble(Finding::score).min()
                .orElseThrow();
        double atPrice = findings.stream().filter(f -> f.psnNo().equals("C2")).mapToDouble(Finding::score).max()
                .orElseThrow();
        assertThat(overpriced).isGreaterThan(atPrice);
    }
}
