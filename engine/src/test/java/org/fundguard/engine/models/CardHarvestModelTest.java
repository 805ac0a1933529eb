package org.fundguard.engine.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fundguard.engine.models.ScreeningFixtures.HOME;
import static org.fundguard.engine.models.ScreeningFixtures.OTHER_DISTRICT;
import static org.fundguard.engine.models.ScreeningFixtures.at;
import static org.fundguard.engine.models.ScreeningFixtures.drug;
import static org.fundguard.engine.models.ScreeningFixtures.hospital;
import static org.fundguard.engine.models.ScreeningFixtures.pharmacy;
import static org.fundguard.engine.models.ScreeningFixtures.resident;
import static org.fundguard.engine.models.ScreeningFixtures.run;
import static org.fundguard.engine.models.ScreeningFixtures.service;
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

class CardHarvestModelTest {
    private static final LocalDateTime FIRST_DAY = at("2024-03-01 00:00");
    private static final LocalDateTime BURST_NIGHT = at("2024-03-20 22:05");
    private static final LocalDateTime BURST_AFTERNOON = at("2024-03-21 14:00");

    private final CardHarvestModel model = CardHarvestModel.standard();

    /** 30 persons at home, 30 from another district; the pharmacy stocks D1 but never bought D2. */
    private static ScreeningFixtures.RegionBuilder region() {
        ScreeningFixtures.RegionBuilder r = new ScreeningFixtures.RegionBuilder()
                .with(pharmacy("P001")).with(pharmacy("P002")).with(hospital("H001", HospitalLevel.LEVEL_1))
                .with(drug("D1")).with(drug("D2")).with(service("VAC"))
                .purchase("P001", "D1", 10_000, "2024-02-28 09:00").purchase("P002", "D1", 10_000, "2024-02-28 09:00");
        for (int i = 0; i < 40; i++) {
            r.with(resident("L" + i, HOME)).with(resident("F" + i, OTHER_DISTRICT));
        }
        return r;
    }

    /** An ordinary month: local customers through the day, amounts following the price list. */
    private static List<Claim> ordinaryTraffic(String inst, String terminal, int perDay, int firstHour) {
        List<Claim> claims = new ArrayList<>();
        for (int day = 0; day < 30; day++) {
            for (int k = 0; k < perDay; k++) {
                int n = day * perDay + k;
                claims.add(visit(inst + "-O" + n).of("L" + (n % 40)).at(inst).terminal(terminal)
                        .on(FIRST_DAY.plusDays(day).plusHours(firstHour).plusMinutes(k * 37L))
                        .line("D1", 1 + n % 3, 1234 + 17L * (n % 11)).build());
            }
        }
        return claims;
    }

    private static List<Claim> nightBurstOfFarCards(String inst, int swipes) {
        List<Claim> claims = new ArrayList<>();
        for (int k = 0; k < swipes; k++) {
            claims.add(visit(inst + "-B" + k).of("F" + k).at(inst).terminal("T01").on(BURST_NIGHT.plusMinutes(6L * k))
                    .line("D2", 2, 2500).paid(4000, 1000).build());
        }
        return claims;
    }

    static ScreeningFixtures.Case positiveCase() {
        List<Claim> claims = new ArrayList<>(ordinaryTraffic("P001", "T01", 6, 9));
        claims.addAll(nightBurstOfFarCards("P001", 12));
        return new ScreeningFixtures.Case(claims, region().build());
    }

    @Test
    void flagsEverySwipeOfANightBurstOfFarAwayCardsSellingUnstockedDrugs() {
        List<Claim> claims = new ArrayList<>(ordinaryTraffic("P001", "T01", 6, 9));
        claims.addAll(nightBurstOfFarCards("P001", 12));

        List<Finding> findings = run(model, claims, region().build());

        assertThat(findings).hasSize(12).allSatisfy(f -> {
            assertThat(f.category()).isEqualTo(Category.CARD_HARVEST);
            assertThat(f.subjectType()).isEqualTo(SubjectType.VISIT);
            assertThat(f.subjectId()).startsWith("P001-B");
            assertThat(f.amountFen()).isEqualTo(5000);
            assertThat(f.fundShareFen()).isEqualTo(5000);
            assertThat(f.evidence()).contains("visits:" + f.subjectId(), "settlements:S" + f.subjectId());
            assertThat(f.explanation()).contains("终端T01", "刷卡12人次", "12笔在该终端平日无人刷卡的时段（22时、23时）",
                    "12人住址或参保地在外区", "50.00元");
        });
    }

    @Test
    void doesNotFlagTheOrdinaryCustomerWhoQueuedInsideTheBurst() {
        List<Claim> claims = new ArrayList<>(ordinaryTraffic("P001", "T01", 6, 9));
        claims.addAll(nightBurstOfFarCards("P001", 12));
        claims.add(visit("P001-LOCAL").of("L1").at("P001").terminal("T01").on(BURST_NIGHT.plusMinutes(20))
                .line("D1", 1, 1377).build());

        List<Finding> findings = run(model, claims, region().build());

        assertThat(findings).extracting(Finding::subjectId).hasSize(12).doesNotContain("P001-LOCAL");
    }

    @Test
    void doesNotFlagABusyPharmacyAtOpeningTime() {
        // 16 local customers every morning from 08:00, within two hours
        List<Claim> claims = new ArrayList<>();
        for (int day = 0; day < 30; day++) {
            for (int k = 0; k < 16; k++) {
                int n = day * 16 + k;
                claims.add(visit("P002-M" + n).of("L" + (n % 40)).at("P002").terminal("T09")
                        .on(FIRST_DAY.plusDays(day).plusHours(8).plusMinutes(7L * k)).line("D1", 1 + n % 4, 1590 + n % 13)
                        .build());
            }
        }

        assertThat(run(model, claims, region().build())).isEmpty();
    }

    @Test
    void doesNotFlagACommunityClinicVaccinationDay() {
        // the hardest form: children from other districts too, one fixed fee that happens to be round
        List<Claim> claims = new ArrayList<>(ordinaryTraffic("H001", "C1", 3, 9));
        for (int k = 0; k < 40; k++) {
            claims.add(visit("H001-V" + k).of((k % 2 == 0 ? "L" : "F") + k).at("H001").terminal("C1")
                    .type(MedType.GENERAL_OUTPATIENT).on(at("2024-03-15 09:00").plusMinutes(3L * k)).line("VAC", 1, 2000)
                    .build());
        }

        assertThat(run(model, claims, region().build())).isEmpty();
    }

    @Test
    void flagsLocalCardsSwipedForRoundSumsBeforeTheCounterOpens() {
        List<Claim> claims = new ArrayList<>(ordinaryTraffic("P001", "T01", 6, 9));
        for (int k = 0; k < 10; k++) {
            claims.add(visit("P001-E" + k).of("L" + k).at("P001").terminal("T01").on(at("2024-03-12 06:05").plusMinutes(3L * k))
                    .line("D1", 4, 2500).build());
        }

        List<Finding> findings = run(model, claims, region().build());

        assertThat(findings).extracting(Finding::subjectId).hasSize(10).allMatch(id -> id.startsWith("P001-E"));
        assertThat(findings.get(0).explanation()).contains("6时", "金额同为100.00元");
    }

    @Test
    void ranksANightBurstOfFarUnstockedSwipesAboveADaytimeBurstOfEvenAmountsFromAfar() {
        List<Claim> claims = new ArrayList<>(ordinaryTraffic("P001", "T01", 6, 9));
        claims.addAll(nightBurstOfFarCards("P001", 12));
        for (int k = 0; k < 10; k++) {
            claims.add(visit("P001-A" + k).of("F" + (20 + k)).at("P001").terminal("T01")
                    .on(BURST_AFTERNOON.plusMinutes(5L * k)).line("D1", 2, 1500).build());
        }
        Region region = region().build();

        List<Finding> findings = run(model, claims, region);

        double night = findings.stream().filter(f -> f.subjectId().startsWith("P001-B")).mapToDouble(Finding::score)
                .min().orElseThrow();
        double afternoon = findings.stream().filter(f -> f.subjectId().startsWith("P001-A")).mapToDouble(Finding::score)
                .max().orElseThrow();
        assertThat(night).isGreaterThan(afternoon);
    }

    @Test
    void aBurstOfLocalCardsAtDayTimeWithListPricesIsNoHarvest() {
        List<Claim> claims = new ArrayList<>(ordinaryTraffic("P001", "T01", 6, 9));
        for (int k = 0; k < 12; k++) {
            claims.add(visit("P001-Q" + k).of("L" + k).at("P001").terminal("T01").on(BURST_AFTERNOON.plusMinutes(6L * k))
                    .line("D1", 1, 1234 + 17L * k).build());
        }

        assertThat(run(model, claims, region().build())).isEmpty();
    }
}
