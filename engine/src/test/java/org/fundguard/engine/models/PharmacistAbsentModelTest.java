package org.fundguard.engine.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fundguard.engine.models.ScreeningFixtures.at;
import static org.fundguard.engine.models.ScreeningFixtures.drug;
import static org.fundguard.engine.models.ScreeningFixtures.pharmacist;
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
import org.fundguard.engine.Region;
import org.junit.jupiter.api.Test;

class PharmacistAbsentModelTest {
    private static final LocalDateTime FIRST_MORNING = at("2024-04-01 00:00");

    private final PharmacistAbsentModel model = PharmacistAbsentModel.standard();

    private static Region region() {
        ScreeningFixtures.RegionBuilder r = new ScreeningFixtures.RegionBuilder().with(drug("D1"));
        for (int i = 1; i <= 9; i++) {
            r.with(pharmacy("P00" + i));
        }
        return r.with(pharmacist("Y1", "P001")).with(pharmacist("Y1", "P002")).with(pharmacist("Y2", "P002"))
                .with(pharmacist("Y4", "P003")).with(pharmacist("Y5", "P003")).with(pharmacist("Y6", "P004"))
                .with(pharmacist("Y7", "P005")).with(pharmacist("Y8", "P006")).with(pharmacist("Y8", "P007"))
                .with(pharmacist("Y9", "P008")).with(pharmacist("Y9", "P009")).build();
    }

    /** Sales every half hour from {@code fromHour} until before {@code toHour}, on {@code days} days. */
    private static List<Claim> shift(String inst, String pharmacist, int fromHour, int toHour, int days) {
        List<Claim> claims = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            for (int half = fromHour * 2; half < toHour * 2; half++) {
                String id = inst + "-" + pharmacist + "-" + d + "-" + half;
                claims.add(visit(id).of("X" + half).at(inst).reviewedBy(pharmacist)
                        .on(FIRST_MORNING.plusDays(d).plusMinutes(30L * half + 5)).line("D1", 1, 3_000).build());
            }
        }
        return claims;
    }

    /** Y1 works at P002 from 08:00 to 16:00 (Y2 after); P001 sells under Y1's name from 09:00 to 19:00. */
    private static List<Claim> hungCertificate() {
        List<Claim> claims = new ArrayList<>(shift("P002", "Y1", 8, 16, 30));
        claims.addAll(shift("P002", "Y2", 16, 22, 30));
        claims.addAll(shift("P001", "Y1", 9, 19, 30));
        return claims;
    }

    static ScreeningFixtures.Case positiveCase() {
        return new ScreeningFixtures.Case(hungCertificate(), region());
    }

    @Test
    void flagsThePharmacySellingUnderAPharmacistWhoIsAtAnotherPharmacyAtTheTime() {
        List<Finding> findings = run(model, hungCertificate(), region());

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.category()).isEqualTo(Category.PHARMACIST_ABSENT);
            assertThat(f.subjectType()).isEqualTo(SubjectType.INSTITUTION);
            assertThat(f.subjectId()).isEqualTo("P001");
            // 09:00–15:30: 14 of the day's 20 sales while Y1 serves at P002, on 30 days; 30.00 each, 70 % fund
            assertThat(f.fundShareFen()).isEqualTo(14 * 30 * 2_100L);
            assertThat(f.amountFen()).isEqualTo(14 * 30 * 3_000L);
            assertThat(f.evidence()).contains("institutions:P001", "practitioners:Y1");
            assertThat(f.explanation()).contains("药师Y1", "420笔", "70%", "P002");
        });
    }

    @Test
    void flagsAPharmacistWhoNeverChangesShift() {
        List<Finding> findings = run(model, shift("P005", "Y7", 8, 21, 35), region());

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.subjectId()).isEqualTo("P005");
            assertThat(f.explanation()).contains("审核了100%的购药", "8时至21时共13个营业小时", "每周7天", "从未换班");
        });
    }

    @Test
    void flagsOneNameOnEverySaleOfAQuietPharmacyOpenAllDayEveryDay() {
        // two or three sales a day, at scattered hours: no single day shows the whole opening time
        List<Claim> claims = new ArrayList<>();
        for (int d = 0; d < 120; d++) {
            for (int k = 0; k < 1 + d % 3; k++) {
                int minute = (int) ((d * 7919L + k * 104_729L) % (13 * 60));
                claims.add(visit("P005-" + d + "-" + k).of("X" + k).at("P005").reviewedBy("Y7")
                        .on(FIRST_MORNING.plusDays(d).plusHours(8).plusMinutes(minute)).line("D1", 1, 3_000).build());
            }
        }

        assertThat(run(model, claims, region())).extracting(Finding::subjectId).containsExactly("P005");
    }

    @Test
    void doesNotFlagAPharmacyWhereSeveralPharmacistsCoverTheShifts() {
        List<Claim> claims = new ArrayList<>(shift("P003", "Y4", 8, 15, 35));
        claims.addAll(shift("P003", "Y5", 15, 22, 35));

        assertThat(run(model, claims, region())).isEmpty();
    }

    @Test
    void doesNotFlagASinglePharmacistWorkingOrdinaryDays() {
        assertThat(run(model, shift("P004", "Y6", 9, 17, 35), region())).isEmpty();
    }

    @Test
    void doesNotFlagAMultiSitePharmacistWorkingMorningsHereAndAfternoonsThere() {
        List<Claim> claims = new ArrayList<>(shift("P006", "Y8", 8, 12, 35));
        claims.addAll(shift("P007", "Y8", 13, 18, 35));

        assertThat(run(model, claims, region())).isEmpty();
    }

    @Test
    void ranksAPharmacistElsewhereForMostSalesAboveOneElsewhereForFewer() {
        List<Claim> claims = new ArrayList<>(hungCertificate());
        claims.addAll(shift("P009", "Y9", 9, 13, 30));
        claims.addAll(shift("P008", "Y9", 9, 19, 30));

        List<Finding> findings = run(model, claims, region());

        assertThat(findings).extracting(Finding::subjectId).containsExactly("P001", "P008");
        assertThat(findings.get(0).score()).isGreaterThan(findings.get(1).score());
    }
}
