package org.fundguard.engine.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fundguard.engine.models.World.BED;
import static org.fundguard.engine.models.World.CONSULT;
import static org.fundguard.engine.models.World.DAY_1;
import static org.fundguard.engine.models.World.DRUG;
import static org.fundguard.engine.models.World.DRUG_2;
import static org.fundguard.engine.models.World.DRUG_3;
import static org.fundguard.engine.models.World.EXAM;
import static org.fundguard.engine.models.World.LAB;
import static org.fundguard.engine.models.World.NURSING;
import static org.fundguard.engine.models.World.PHYSIO;
import static org.fundguard.engine.models.World.TREATMENT;

import java.util.ArrayList;
import java.util.List;
import org.fundguard.core.Category;
import org.fundguard.core.HospitalLevel;
import org.fundguard.core.Ownership;
import org.fundguard.engine.Claim;
import org.fundguard.engine.Finding;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UnnecessaryAdmissionModelTest {
    private World world;

    @BeforeEach
    void aRegionWhereColdsAreOutpatientAndPneumoniaIsAdmitted() {
        world = new World().hospital("H1", HospitalLevel.LEVEL_2, Ownership.PUBLIC, 200)
                .hospital("U1", HospitalLevel.LEVEL_1, Ownership.PRIVATE, 40)
                .institution("C1", HospitalLevel.LEVEL_2, Ownership.PUBLIC, 60, 0, true);
        for (int i = 0; i < 60; i++) {
            world.outpatient("O" + i, "H1", DAY_1.plusDays(i), "J06.9", CONSULT, DRUG);
        }
        for (int i = 0; i < 20; i++) {
            world.stay("S" + i, "H1", DAY_1.plusDays(3L * i), 7, "J18.9", BED, NURSING, TREATMENT, DRUG).done();
            world.outpatient("S" + i, "H1", DAY_1.plusDays(3L * i).minusDays(1), "J18.9", CONSULT, LAB);
        }
    }

    private List<Claim> villageGroup(String prefix, String institution, String village, int size, int birthYear) {
        return villageGroup(prefix, institution, village, size, birthYear, "J06.9");
    }

    private List<Claim> villageGroup(String prefix, String institution, String village, int size, int birthYear,
            String diag) {
        List<Claim> stays = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            world.person(prefix + i, birthYear, village, "1380000" + prefix.hashCode() % 1000 + i);
            stays.add(world.stay(prefix + i, institution, DAY_1.plusDays(40 + i / 2).withHour(9 + i), 7, diag,
                    BED, NURSING, PHYSIO, DRUG).done());
        }
        return stays;
    }

    @Test
    void flagsEveryStayOfAVillageGroupAdmittedTogetherForColdsWithOneFeeTemplate() {
        List<Claim> group = villageGroup("G", "U1", "150502101001", 5, 1948);

        List<Finding> findings = world.screen(UnnecessaryAdmissionModel.standard());

        for (Claim c : group) {
            Finding f = World.only(findings, c.visit().mdtrtId());
            assertThat(f.category()).isEqualTo(Category.UNNECESSARY_ADMISSION);
            assertThat(f.observed()).containsEntry("cluster_size", "5").containsEntry("template_similarity", "1.00");
            assertThat(f.fundShareFen()).isEqualTo(c.settlements().get(0).fundPaySumFen());
            assertThat(f.explanation()).contains("5人", "J06.9", "民营/医养结合");
        }
        assertThat(findings).hasSize(5);
    }

    @Test
    void judgesADiagnosisTheRegionRarelySeesByTheListOfDiagnosesThatDoNotJustifyAdmission() {
        // cerebral arteriosclerosis: no outpatient visit in the region to learn from, but on the list
        List<Claim> listed = villageGroup("A", "U1", "150502101005", 4, 1946, "I67.2");
        // a rare diagnosis not on the list stays unjudged
        List<Claim> unlisted = villageGroup("B", "U1", "150502101006", 4, 1946, "Q99.9");

        List<Finding> findings = world.screen(UnnecessaryAdmissionModel.standard());

        assertThat(World.only(findings, listed.get(0).visit().mdtrtId()).observed())
                .containsEntry("diagnosis_admission_propensity", "too few visits");
        assertThat(World.flags(findings, unlisted.get(0).visit().mdtrtId())).isFalse();
    }

    @Test
    void leavesOutANeighbourAdmittedTheSameWeekForARealIllness() {
        List<Claim> group = villageGroup("G", "U1", "150502101001", 5, 1948);
        Claim pneumonia = world.stay("G9", "U1", DAY_1.plusDays(41), 9, "J18.9", BED, NURSING, TREATMENT, DRUG, LAB)
                .done();
        world.person("G9", 1950, "150502101001", "13800009999");

        List<Finding> findings = world.screen(UnnecessaryAdmissionModel.standard());

        assertThat(World.flags(findings, pneumonia.visit().mdtrtId())).isFalse();
        assertThat(World.flags(findings, group.get(0).visit().mdtrtId())).isTrue();
    }

    @Test
    void doesNotFlagPneumoniaOutbreakInACareHome() {
        String[][] treatments = {
            {BED, NURSING, TREATMENT, DRUG}, {BED, NURSING, DRUG_2, LAB}, {BED, NURSING, TREATMENT, DRUG_3, EXAM},
            {BED, NURSING, DRUG, DRUG_2, LAB}, {BED, NURSING, TREATMENT, EXAM}, {BED, NURSING, DRUG_3}};
        for (int i = 0; i < treatments.length; i++) {
            world.person("C" + i, 1935 + i, "150502CAREHOME", "0475-8888" + i);
            world.stay("C" + i, "C1", DAY_1.plusDays(50 + i / 3), 6 + i, "J18.9", treatments[i]).done();
        }

        assertThat(world.screen(UnnecessaryAdmissionModel.standard())).isEmpty();
    }

    @Test
    void doesNotLinkTwoNeighboursAdmittedTheSameWeek() {
        villageGroup("N", "U1", "150502101002", 2, 1950);

        assertThat(world.screen(UnnecessaryAdmissionModel.standard())).isEmpty();
    }

    @Test
    void ranksALargeElderlyGroupAtAPrivateHospitalAboveASmallYoungerGroupAtAPublicOne() {
        List<Claim> large = villageGroup("L", "U1", "150502101003", 7, 1945);
        List<Claim> small = villageGroup("M", "H1", "150502101004", 3, 1985);

        List<Finding> findings = world.screen(UnnecessaryAdmissionModel.standard());

        assertThat(World.only(findings, large.get(0).visit().mdtrtId()).score())
                .isGreaterThan(World.only(findings, small.get(0).visit().mdtrtId()).score());
    }
}
