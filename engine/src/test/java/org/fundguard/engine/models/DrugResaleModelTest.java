package org.fundguard.engine.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fundguard.engine.models.ScreeningFixtures.HOME;
import static org.fundguard.engine.models.ScreeningFixtures.at;
import static org.fundguard.engine.models.ScreeningFixtures.drug;
import static org.fundguard.engine.models.ScreeningFixtures.hospital;
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

class DrugResaleModelTest {
    private static final LocalDateTime NEW_YEAR = at("2024-01-01 09:00");
    /** The last day of the data: 2024-06-30. */
    private static final LocalDateTime AS_OF = at("2024-06-30 16:00");

    private final DrugResaleModel model = DrugResaleModel.standard();

    private static Region region() {
        ScreeningFixtures.RegionBuilder r = new ScreeningFixtures.RegionBuilder().with(drug("R1").resaleRisk().unitsPerDay(1))
                .with(drug("C1").unitsPerDay(1));
        for (int i = 1; i <= 4; i++) {
            r.with(hospital("H00" + i, HospitalLevel.LEVEL_2));
        }
        return r.with(resident("BUYER", HOME)).with(resident("PATIENT", HOME)).build();
    }

    private static Claim dispensing(String id, String psn, String inst, String doctor, LocalDateTime when, long units) {
        return visit(id).of(psn).at(inst).type(MedType.GENERAL_OUTPATIENT).reviewedBy(doctor).on(when)
                .line("R1", units, 1_000).build();
    }

    private static List<Claim> lastDayOfData() {
        return List.of(visit("LAST").of("SOMEONE").at("H001").type(MedType.GENERAL_OUTPATIENT).on(AS_OF)
                .line("C1", 1, 500).build());
    }

    /** 90 tablets every ten days, from four hospitals and eight doctors in turn. */
    private static List<Claim> doctorShopping(String psn) {
        List<Claim> claims = new ArrayList<>();
        for (int k = 0; k < 18; k++) {
            claims.add(dispensing(psn + "-" + k, psn, "H00" + (1 + k % 4), "D" + (k % 8), NEW_YEAR.plusDays(10L * k), 90));
        }
        return claims;
    }

    static ScreeningFixtures.Case positiveCase() {
        List<Claim> claims = new ArrayList<>(lastDayOfData());
        claims.addAll(doctorShopping("BUYER"));
        return new ScreeningFixtures.Case(claims, region());
    }

    @Test
    void flagsAPersonCollectingManyTimesTheDaysOfSupplyAcrossHospitalsAndDoctors() {
        List<Claim> claims = new ArrayList<>(lastDayOfData());
        claims.addAll(doctorShopping("BUYER"));

        List<Finding> findings = run(model, claims, region());

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.category()).isEqualTo(Category.DRUG_RESALE);
            assertThat(f.subjectType()).isEqualTo(SubjectType.PERSON);
            assertThat(f.subjectId()).isEqualTo("BUYER");
            assertThat(f.evidence()).contains("persons:BUYER", "visits:BUYER-0", "fee_details:BUYER-17-1");
            assertThat(f.explanation()).contains("4家机构", "8名医师", "1620天");
        });
    }

    @Test
    void theAmountIsWhatTheFundPaidForTheDaysOfSupplyBeyondTheDaysElapsed() {
        List<Claim> claims = new ArrayList<>(lastDayOfData());
        claims.addAll(doctorShopping("BUYER"));

        Finding f = run(model, claims, region()).get(0);

        // 18 × 90 tablets at 10.00 yuan = 1620 days of supply for 16,200.00 yuan; the last 90-day supply
        // (bought 2024-06-19) runs to 2024-09-17, 260 days after the first dispensing
        long bought = 18 * 90 * 1_000L;
        double excessShare = (1620.0 - 260) / 1620;
        assertThat(f.amountFen()).isEqualTo(Math.round(bought * excessShare));
        assertThat(f.fundShareFen()).isEqualTo(Math.round(bought * 7 / 10 * excessShare));
    }

    @Test
    void doesNotFlagAPatientOnAStableHighDoseAtOneInstitution() {
        List<Claim> claims = new ArrayList<>(lastDayOfData());
        for (int k = 0; k < 6; k++) {
            claims.add(dispensing("PATIENT-" + k, "PATIENT", "H001", "D1", NEW_YEAR.plusDays(30L * k), 90));
        }

        assertThat(run(model, claims, region())).isEmpty();
    }

    @Test
    void doesNotFlagAHighDosePatientWhoAlsoPicksUpRefillsElsewhere() {
        // 75 days' supply a month at the treating hospital, and a 30-day refill at two others now and then
        List<Claim> claims = new ArrayList<>(lastDayOfData());
        for (int k = 0; k < 6; k++) {
            claims.add(dispensing("PATIENT-" + k, "PATIENT", "H001", "D1", NEW_YEAR.plusDays(30L * k), 75));
        }
        for (int k = 0; k < 4; k++) {
            claims.add(dispensing("PATIENT-R" + k, "PATIENT", k % 2 == 0 ? "H002" : "H003", "D" + (2 + k % 2),
                    NEW_YEAR.plusDays(45L * k + 10), 30));
        }

        assertThat(run(model, claims, region())).isEmpty();
    }

    @Test
    void flagsSupplyNoDoseExplainsFromTwoDoctorsAtOneHospital() {
        List<Claim> claims = new ArrayList<>(lastDayOfData());
        // 25 two-month packs, one every six days: 1500 days of supply in 204 days
        for (int k = 0; k < 25; k++) {
            claims.add(dispensing("BUYER-" + k, "BUYER", "H001", "D" + (k % 2), NEW_YEAR.plusDays(6L * k), 60));
        }

        assertThat(run(model, claims, region())).extracting(Finding::subjectId).containsExactly("BUYER");
    }

    @Test
    void doesNotFlagAPatientWhoseSupplyMatchesTheDaysAcrossSeveralHospitals() {
        List<Claim> claims = new ArrayList<>(lastDayOfData());
        for (int k = 0; k < 6; k++) {
            claims.add(dispensing("PATIENT-" + k, "PATIENT", "H00" + (1 + k % 4), "D" + k, NEW_YEAR.plusDays(30L * k), 30));
        }

        assertThat(run(model, claims, region())).isEmpty();
    }

    @Test
    void ranksTheLargerOversupplyFromMoreInstitutionsHigher() {
        List<Claim> claims = new ArrayList<>(lastDayOfData());
        claims.addAll(doctorShopping("BUYER"));
        for (int k = 0; k < 8; k++) {
            claims.add(dispensing("PATIENT-" + k, "PATIENT", "H00" + (1 + k % 3), "D1", NEW_YEAR.plusDays(20L * k), 120));
        }

        List<Finding> findings = run(model, claims, region());

        assertThat(findings).extracting(Finding::subjectId).containsExactlyInAnyOrder("BUYER", "PATIENT");
        double buyer = findings.stream().filter(f -> f.subjectId().equals("BUYER")).findFirst().orElseThrow().score();
        double patient = findings.stream().filter(f -> f.subjectId().equals("PATIENT")).findFirst().orElseThrow().score();
        assertThat(buyer).isGreaterThan(patient);
    }
}
