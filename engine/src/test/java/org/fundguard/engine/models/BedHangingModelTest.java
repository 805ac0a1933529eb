package org.fundguard.engine.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fundguard.engine.models.World.BED;
import static org.fundguard.engine.models.World.DAY_1;
import static org.fundguard.engine.models.World.DRUG;
import static org.fundguard.engine.models.World.DRUG_2;
import static org.fundguard.engine.models.World.NURSING;
import static org.fundguard.engine.models.World.TREATMENT;

import java.time.LocalDateTime;
import java.util.List;
import org.fundguard.core.Category;
import org.fundguard.core.HospitalLevel;
import org.fundguard.core.Ownership;
import org.fundguard.engine.Claim;
import org.fundguard.engine.Finding;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BedHangingModelTest {
    private static final LocalDateTime ADMISSION = DAY_1.plusDays(10).withHour(8);
    private World world;

    @BeforeEach
    void aRegionWithOrdinaryStays() {
        world = new World().hospital("H1", HospitalLevel.LEVEL_1, Ownership.PUBLIC, 60).pharmacy("P1");
        for (int i = 0; i < 25; i++) {
            world.stay("N" + i, "H1", DAY_1.plusDays(i), 5 + i % 4, "M54.5", BED, NURSING, TREATMENT, DRUG, DRUG_2).done();
        }
    }

    /** A stay with full care except on the given nights (0-based), which carry the given lines only. */
    private Claim stayWithThinNights(String psn, int nights, int firstThin, int lastThin, String... thinLines) {
        World.VisitBuilder v = world.visit(psn, "H1", org.fundguard.core.MedType.INPATIENT, ADMISSION,
                ADMISSION.plusDays(nights), "M54.5");
        for (int d = 0; d < nights; d++) {
            LocalDateTime at = ADMISSION.toLocalDate().plusDays(d).atTime(10, 0);
            String[] items = d >= firstThin && d <= lastThin ? thinLines : new String[] {BED, NURSING, TREATMENT, DRUG, DRUG_2};
            for (String item : items) {
                v.line(item, 1, at);
            }
        }
        return v.done();
    }

    @Test
    void flagsFiveBedOnlyDaysInTheMiddleOfATreatedStay() {
        Claim hanging = stayWithThinNights("B1", 10, 3, 7, BED);
        Claim away = world.purchase("B1", "P1", ADMISSION.plusDays(5).withHour(15), DRUG);

        Finding f = World.only(world.screen(BedHangingModel.standard()), hanging.visit().mdtrtId());

        assertThat(f.category()).isEqualTo(Category.BED_HANGING);
        assertThat(f.observed()).containsEntry("gap_hours", "144.00").containsEntry("visits_elsewhere_during_gap", "1");
        // five bed days of 50 yuan inside the gap, the fund paying 70 %
        assertThat(f.amountFen()).isEqualTo(5 * 5000);
        assertThat(f.fundShareFen()).isEqualTo(5 * 5000 * 7 / 10);
        assertThat(f.evidence()).contains("visits:" + away.visit().mdtrtId());
        assertThat(f.explanation()).contains("连续144小时无护理、治疗、药品明细", "P1");
    }

    @Test
    void doesNotFlagLeaveDaysDocumentedWithNursing() {
        Claim leave = stayWithThinNights("L1", 10, 3, 7, BED, NURSING);

        assertThat(World.flags(world.screen(BedHangingModel.standard()), leave.visit().mdtrtId())).isFalse();
    }

    @Test
    void doesNotFlagDaySurgeryStay() {
        Claim daySurgery = world.visit("S1", "H1", org.fundguard.core.MedType.INPATIENT, ADMISSION,
                ADMISSION.plusHours(20), "M54.5").line(TREATMENT, 1, ADMISSION.plusHours(2))
                .line(NURSING, 1, ADMISSION.plusHours(6)).done();

        assertThat(World.flags(world.screen(BedHangingModel.standard()), daySurgery.visit().mdtrtId())).isFalse();
    }

    @Test
    void leavesAStayHollowThroughoutToTheFakeAdmissionModel() {
        Claim hollow = world.stay("H9", "H1", ADMISSION, 9, "M54.5", BED).done();

        assertThat(World.flags(world.screen(BedHangingModel.standard()), hollow.visit().mdtrtId())).isFalse();
    }

    @Test
    void ranksALongerGapWithThePatientElsewhereHigher() {
        Claim shortGap = stayWithThinNights("G1", 10, 3, 5, BED);
        Claim longGap = stayWithThinNights("G2", 12, 2, 9, BED);
        world.purchase("G2", "P1", ADMISSION.plusDays(4).withHour(15), DRUG);

        List<Finding> findings = world.screen(BedHangingModel.standard());

        assertThat(World.only(findings, longGap.visit().mdtrtId()).score())
                .isGreaterThan(World.only(findings, shortGap.visit().mdtrtId()).score());
    }
}
