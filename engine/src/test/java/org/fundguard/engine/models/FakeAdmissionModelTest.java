package org.fundguard.engine.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fundguard.engine.models.World.BED;
import static org.fundguard.engine.models.World.DAY_1;
import static org.fundguard.engine.models.World.DRUG;
import static org.fundguard.engine.models.World.DRUG_2;
import static org.fundguard.engine.models.World.LAB;
import static org.fundguard.engine.models.World.NURSING;
import static org.fundguard.engine.models.World.TREATMENT;

import java.util.List;
import org.fundguard.core.Category;
import org.fundguard.core.HospitalLevel;
import org.fundguard.core.Ownership;
import org.fundguard.core.SubjectType;
import org.fundguard.engine.Claim;
import org.fundguard.engine.Finding;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FakeAdmissionModelTest {
    private World world;

    @BeforeEach
    void aRegionWithOrdinaryPneumoniaStays() {
        world = new World().hospital("H1", HospitalLevel.LEVEL_2, Ownership.PRIVATE, 80).pharmacy("P1").pharmacy("P2");
        for (int i = 0; i < 25; i++) {
            // four care lines a day: nursing, an infusion, two drugs
            world.stay("N" + i, "H1", DAY_1.plusDays(i), 5 + i % 4, "J18.9", BED, NURSING, TREATMENT, DRUG, DRUG_2)
                    .line(LAB, 1, DAY_1.plusDays(i).plusHours(2)).done();
        }
    }

    @Test
    void flagsStayWithOnlyBedChargesWhilePatientBuysDrugsElsewhere() {
        Claim fake = world.stay("F1", "H1", DAY_1.plusDays(3), 8, "J18.0", BED).line(LAB, 1, DAY_1.plusDays(3).plusHours(1))
                .done();
        Claim elsewhere = world.purchase("F1", "P1", DAY_1.plusDays(6).withHour(15), DRUG);

        Finding f = World.only(world.screen(FakeAdmissionModel.standard()), fake.visit().mdtrtId());

        assertThat(f.category()).isEqualTo(Category.FAKE_ADMISSION);
        assertThat(f.subjectType()).isEqualTo(SubjectType.VISIT);
        assertThat(f.evidence()).contains("visits:" + fake.visit().mdtrtId(), "visits:" + elsewhere.visit().mdtrtId(),
                "fee_details:" + fake.lines().get(0).feedetlSn());
        assertThat(f.amountFen()).isEqualTo(Payments.medicalFee(fake));
        assertThat(f.fundShareFen()).isEqualTo(fake.settlements().get(0).fundPaySumFen());
        assertThat(f.explanation()).contains("共8天", "P1", "购药1次", "床位费");
        assertThat(f.observed()).containsEntry("visits_elsewhere_during_stay", "1");
    }

    @Test
    void doesNotFlagShortObservationStay() {
        Claim observation = world.stay("O1", "H1", DAY_1.plusDays(2), 2, "J18.9", BED).done();

        assertThat(World.flags(world.screen(FakeAdmissionModel.standard()), observation.visit().mdtrtId())).isFalse();
    }

    @Test
    void doesNotFlagPatientTooIllForProceduresWhoIsNursedEveryDay() {
        // one care line a day (a quarter of the peers) but on every day: cared for, just not treatable
        Claim palliative = world.stay("I1", "H1", DAY_1.plusDays(4), 10, "J18.9", BED, NURSING).done();

        assertThat(World.flags(world.screen(FakeAdmissionModel.standard()), palliative.visit().mdtrtId())).isFalse();
    }

    @Test
    void flagsIdenticalThinFeeListsAcrossPatientsEvenWhenBilledDaily() {
        List<Claim> template = List.of(
                world.stay("T1", "H1", DAY_1.plusDays(5), 6, "J18.9", BED, NURSING).done(),
                world.stay("T2", "H1", DAY_1.plusDays(9), 6, "J18.9", BED, NURSING).done(),
                world.stay("T3", "H1", DAY_1.plusDays(13), 6, "J18.9", BED, NURSING).done());

        List<Finding> findings = world.screen(FakeAdmissionModel.standard());

        for (Claim c : template) {
            assertThat(World.only(findings, c.visit().mdtrtId()).observed()).containsEntry("stays_with_identical_fee_list", "3");
        }
    }

    @Test
    void ranksHollowStayWithPatientElsewhereAboveMerelyHollowStay() {
        Claim hollow = world.stay("A1", "H1", DAY_1.plusDays(3), 8, "J18.9", BED).done();
        Claim hollowAndAway = world.stay("A2", "H1", DAY_1.plusDays(3), 8, "J18.9", BED).done();
        world.purchase("A2", "P1", DAY_1.plusDays(5).withHour(16), DRUG);
        world.outpatient("A2", "P2", DAY_1.plusDays(7).withHour(10), "J06.9", DRUG_2);

        List<Finding> findings = world.screen(FakeAdmissionModel.standard());

        assertThat(World.only(findings, hollowAndAway.visit().mdtrtId()).score())
                .isGreaterThan(World.only(findings, hollow.visit().mdtrtId()).score());
    }

    @Test
    void leavesOrdinaryStaysAlone() {
        assertThat(world.screen(FakeAdmissionModel.standard())).isEmpty();
    }
}
