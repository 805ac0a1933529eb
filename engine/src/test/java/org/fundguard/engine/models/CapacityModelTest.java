package org.fundguard.engine.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fundguard.engine.models.World.BED;
import static org.fundguard.engine.models.World.DAY_1;
import static org.fundguard.engine.models.World.DIALYSIS;
import static org.fundguard.engine.models.World.NURSING;

import java.time.LocalDateTime;
import java.util.List;
import org.fundguard.core.Category;
import org.fundguard.core.ChargeCategory;
import org.fundguard.core.HospitalLevel;
import org.fundguard.core.MedType;
import org.fundguard.core.Ownership;
import org.fundguard.core.SubjectType;
import org.fundguard.engine.Finding;
import org.junit.jupiter.api.Test;

class CapacityModelTest {
    private final World world = new World()
            .institution("D1", HospitalLevel.LEVEL_2, Ownership.PRIVATE, 20, 2, false)
            .hospital("H1", HospitalLevel.LEVEL_2, Ownership.PUBLIC, 10)
            .hospital("H2", HospitalLevel.LEVEL_2, Ownership.PUBLIC, 10);

    private void dialysisDay(String institution, LocalDateTime day, int patients, String item, String diag) {
        for (int p = 0; p < patients; p++) {
            world.visit("K" + p, institution, MedType.CHRONIC_OUTPATIENT, day.plusMinutes(p), day.plusHours(4), diag)
                    .line(item, 1, day.plusMinutes(p + 10)).done();
        }
    }

    private void inBed(String institution, int patients, LocalDateTime admission, int nights) {
        for (int p = 0; p < patients; p++) {
            world.stay(institution + "-" + admission.toLocalDate() + "-" + p, institution, admission, nights, "J18.9", BED, NURSING)
                    .done();
        }
    }

    @Test
    void flagsMoreDialysisSessionsThanMachinesTimesShifts() {
        for (int d = 0; d < 4; d++) {
            dialysisDay("D1", DAY_1.plusDays(2L * d), 8, DIALYSIS, "N18.5");
        }

        Finding f = World.only(world.screen(CapacityModel.standard()), "D1");

        assertThat(f.category()).isEqualTo(Category.CAPACITY_EXCEEDED);
        assertThat(f.subjectType()).isEqualTo(SubjectType.INSTITUTION);
        assertThat(f.observed()).containsEntry("dialysis_over_days", "4").containsEntry("dialysis_excess", "8");
        // eight sessions beyond capacity at 400 yuan, the fund paying 70 %
        assertThat(f.amountFen()).isEqualTo(8 * 40000);
        assertThat(f.fundShareFen()).isEqualTo(8 * 40000 * 7 / 10);
        assertThat(f.explanation()).contains("血液透析机2台", "日最多6人次", "8人次");
    }

    @Test
    void recognisesDialysisByDiagnosisWhenTheCatalogueNameSaysNothing() {
        world.item("Q0Q00", "项目甲", ChargeCategory.TREATMENT, 40000);
        for (int d = 0; d < 3; d++) {
            dialysisDay("D1", DAY_1.plusDays(d), 7, "Q0Q00", "N18.5");
        }

        assertThat(World.flags(world.screen(CapacityModel.standard()), "D1")).isTrue();
    }

    @Test
    void doesNotFlagDialysisRunningAtFullCapacity() {
        for (int d = 0; d < 20; d++) {
            dialysisDay("D1", DAY_1.plusDays(d), 6, DIALYSIS, "N18.5");
        }

        assertThat(world.screen(CapacityModel.standard())).isEmpty();
    }

    @Test
    void flagsMorePatientsInBedAtMidnightThanApprovedBeds() {
        inBed("H1", 13, DAY_1, 5);

        Finding f = World.only(world.screen(CapacityModel.standard()), "H1");

        assertThat(f.observed()).containsEntry("beds_over_days", "5").containsEntry("beds_excess", "15");
        assertThat(f.explanation()).contains("核定床位10张", "在院13人");
    }

    @Test
    void doesNotFlagSeasonalOccupancyAtButNotAboveTheBeds() {
        // a flu season: every bed taken for a month, admissions and discharges on the same days
        for (int week = 0; week < 4; week++) {
            inBed("H1", 10, DAY_1.plusDays(7L * week), 7);
        }

        assertThat(world.screen(CapacityModel.standard())).isEmpty();
    }

    private void operationsBy(String surgeon, int perDay, int days, String item, double units) {
        for (int d = 0; d < days; d++) {
            LocalDateTime day = DAY_1.plusDays(d);
            for (int p = 0; p < perDay; p++) {
                world.visit("R" + p, "H2", MedType.GENERAL_OUTPATIENT, day.plusMinutes(p), day.plusMinutes(p + 90), "K35.8")
                        .line(item, units, day.plusMinutes(p), surgeon).done();
            }
        }
    }

    @Test
    void flagsSurgeonBillingMoreOperatingHoursThanADayHas() {
        // 25 operations of at least an hour each, three days running
        operationsBy("D220000000009", 25, 3, World.OPERATION, 1);

        Finding f = World.only(world.screen(CapacityModel.standard()), "H2");

        assertThat(f.observed()).containsEntry("practitioner_hours_over_days", "3");
        assertThat(f.explanation()).contains("D220000000009", "25小时");
    }

    @Test
    void doesNotCountOxygenAndInfusionsOrderedByADoctorAsTheDoctorsTime() {
        operationsBy("D220000000009", 30, 3, World.OXYGEN, 24);

        assertThat(world.screen(CapacityModel.standard())).isEmpty();
    }

    @Test
    void ranksTheLargerAndLongerOverloadHigher() {
        inBed("H1", 12, DAY_1, 4);
        inBed("H2", 20, DAY_1, 12);

        List<Finding> findings = world.screen(CapacityModel.standard());

        assertThat(World.only(findings, "H2").score()).isGreaterThan(World.only(findings, "H1").score());
    }
}
