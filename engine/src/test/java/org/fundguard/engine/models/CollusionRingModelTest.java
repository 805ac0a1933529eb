package org.fundguard.engine.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fundguard.engine.models.World.BED;
import static org.fundguard.engine.models.World.CONSULT;
import static org.fundguard.engine.models.World.DAY_1;
import static org.fundguard.engine.models.World.DRUG;
import static org.fundguard.engine.models.World.NURSING;

import java.util.List;
import org.fundguard.core.Category;
import org.fundguard.core.HospitalLevel;
import org.fundguard.core.Ownership;
import org.fundguard.core.SubjectType;
import org.fundguard.engine.Finding;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CollusionRingModelTest {
    private World world;

    @BeforeEach
    void fourHospitalsAndAClinicWithOrdinaryPatients() {
        world = new World();
        for (int h = 1; h <= 4; h++) {
            world.hospital("H" + h, HospitalLevel.LEVEL_2, Ownership.PRIVATE, 100);
        }
        world.hospital("F1", HospitalLevel.LEVEL_1, Ownership.PUBLIC, 0);
        for (int i = 0; i < 40; i++) {
            // strangers admitted here and there; some share an admission day by chance
            world.stay("X" + i, "H" + (1 + i % 4), DAY_1.plusDays(i / 2), 5, "J18.9", BED, NURSING, DRUG).done();
        }
    }

    /** Members admitted together (one per hour) at each institution, 30 days apart. */
    private void ring(String prefix, int size, String phone, String... institutions) {
        for (int m = 0; m < size; m++) {
            world.person(prefix + m, 1960 + m, "ADDR-" + prefix + m, phone == null ? "1370000" + prefix + m : phone);
        }
        for (int k = 0; k < institutions.length; k++) {
            for (int m = 0; m < size; m++) {
                world.stay(prefix + m, institutions[k], DAY_1.plusDays(60 + 30L * k + m % 2).withHour(8 + m), 6, "M54.5",
                        BED, NURSING, DRUG).done();
            }
        }
    }

    @Test
    void flagsEveryMemberOfAGroupAdmittedTogetherAtThreeInstitutions() {
        ring("R", 5, "13900000001", "H1", "H2", "H3");

        List<Finding> findings = world.screen(CollusionRingModel.standard());

        assertThat(findings).extracting(Finding::subjectId).containsExactly("R0", "R1", "R2", "R3", "R4");
        Finding f = World.only(findings, "R2");
        assertThat(f.category()).isEqualTo(Category.COLLUSION_RING);
        assertThat(f.subjectType()).isEqualTo(SubjectType.PERSON);
        assertThat(f.observed()).containsEntry("ring_size", "5").containsEntry("ring_institutions", "3")
                .containsEntry("member_ring_visits", "3").containsEntry("shared_phone_or_address", "true");
        long ringFund = world.claims().stream().filter(c -> c.visit().psnNo().equals("R2"))
                .mapToLong(c -> c.settlements().get(0).fundPaySumFen()).sum();
        assertThat(f.fundShareFen()).isEqualTo(ringFund);
        assertThat(f.evidence()).contains("persons:R2", "persons:R0");
        assertThat(f.explanation()).contains("5人在3家机构");
    }

    @Test
    void doesNotFlagAHouseholdSharingAPhoneAndAFamilyDoctor() {
        for (int m = 0; m < 4; m++) {
            world.person("FAM" + m, 1950 + 20 * (m % 3), "150502001", "13811112222");
        }
        for (int visit = 0; visit < 6; visit++) {
            for (int m = 0; m < 4; m++) {
                world.outpatient("FAM" + m, "F1", DAY_1.plusDays(20L * visit).withHour(9).plusMinutes(m), "I10", CONSULT, DRUG);
            }
        }
        world.stay("FAM0", "H1", DAY_1.plusDays(30), 6, "I63.9", BED, NURSING, DRUG).done();

        assertThat(world.screen(CollusionRingModel.standard())).isEmpty();
    }

    @Test
    void ranksABrokerRingMovingAcrossFourInstitutionsAboveALooserThreeInstitutionGroup() {
        ring("A", 5, "13900000002", "H1", "H2", "H3", "H4");
        ring("B", 3, null, "H2", "H3", "H4");

        List<Finding> findings = world.screen(CollusionRingModel.standard());

        assertThat(World.only(findings, "A0").score()).isGreaterThan(World.only(findings, "B0").score());
    }

    @Test
    void findsTheSameRingsWhateverTheClaimOrder() {
        ring("R", 5, "13900000001", "H1", "H2", "H3");
        List<Finding> forward = world.screen(CollusionRingModel.standard());
        java.util.Collections.reverse(world.claims());

        List<Finding> backward = world.screen(CollusionRingModel.standard());

        assertThat(backward).isEqualTo(forward);
        assertThat(forward).isNotEmpty();
    }
}
