package org.fundguard.engine.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fundguard.engine.models.World.CONSULT;
import static org.fundguard.engine.models.World.DAY_1;
import static org.fundguard.engine.models.World.EXAM;
import static org.fundguard.engine.models.World.LAB;

import java.util.ArrayList;
import java.util.List;
import org.fundguard.core.Category;
import org.fundguard.core.HospitalLevel;
import org.fundguard.core.Ownership;
import org.fundguard.core.SubjectType;
import org.fundguard.engine.Finding;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ExcessiveServiceModelTest {
    private World world;

    @BeforeEach
    void fourOrdinaryLevel2HospitalsTreatingColds() {
        world = new World();
        for (int h = 1; h <= 4; h++) {
            world.hospital("G" + h, HospitalLevel.LEVEL_2, Ownership.PUBLIC, 100);
            for (int v = 0; v < 40; v++) {
                // a quarter of the visits get a blood count
                visits("G" + h, "J06.9", 1, v % 4 == 0 ? new String[] {CONSULT, LAB} : new String[] {CONSULT});
            }
        }
    }

    private int patient;

    private void visits(String institution, String diag, int n, String... items) {
        for (int v = 0; v < n; v++) {
            patient++;
            world.outpatient("Q" + patient, institution, DAY_1.plusDays(patient % 150).withHour(9), diag, items);
        }
    }

    @Test
    void flagsHospitalOrderingCtAndBloodCountsForEveryCold() {
        world.hospital("E1", HospitalLevel.LEVEL_2, Ownership.PRIVATE, 50);
        visits("E1", "J06.9", 40, CONSULT, LAB, EXAM);

        Finding f = World.only(world.screen(ExcessiveServiceModel.standard()), "E1");

        assertThat(f.category()).isEqualTo(Category.EXCESSIVE_SERVICE);
        assertThat(f.subjectType()).isEqualTo(SubjectType.INSTITUTION);
        // 225 yuan of CT and blood count per visit against the peers' median of 6.25 yuan (a blood count for one in four)
        assertThat(f.observed()).containsEntry("visits_judged", "40").containsEntry("observed_expected_ratio", "36.00")
                .containsEntry("visits_above_ratio", "40");
        assertThat(f.amountFen()).isEqualTo(40 * (22500 - 625));
        assertThat(f.fundShareFen()).isCloseTo(Math.round(f.amountFen() * 0.7), org.assertj.core.data.Offset.offset(40L));
        assertThat(f.explanation()).contains("40人次就诊", "9000.00元", "二级", "36.00倍");
        assertThat(world.screen(ExcessiveServiceModel.standard())).extracting(Finding::subjectId).containsExactly("E1");
    }

    @Test
    void doesNotFlagTertiaryHospitalWithASickerCaseMix() {
        world.hospital("T1", HospitalLevel.LEVEL_3, Ownership.PUBLIC, 800)
                .hospital("T2", HospitalLevel.LEVEL_3, Ownership.PUBLIC, 600);
        // T1 treats mostly lung cancer, which takes CT and labs at every tertiary hospital
        visits("T1", "C34.9", 40, CONSULT, LAB, EXAM);
        visits("T1", "J06.9", 5, CONSULT);
        visits("T2", "C34.9", 30, CONSULT, LAB, EXAM);
        visits("T2", "J06.9", 30, CONSULT);

        assertThat(world.screen(ExcessiveServiceModel.standard())).isEmpty();
    }

    @Test
    void ranksTheHospitalThatOverExaminesEveryPatientAboveOneThatDoesItForHalf() {
        world.hospital("E1", HospitalLevel.LEVEL_2, Ownership.PRIVATE, 50)
                .hospital("E2", HospitalLevel.LEVEL_2, Ownership.PRIVATE, 50);
        visits("E1", "J06.9", 40, CONSULT, LAB, EXAM);
        visits("E2", "J06.9", 20, CONSULT, LAB, EXAM);
        visits("E2", "J06.9", 20, CONSULT);

        List<Finding> findings = world.screen(ExcessiveServiceModel.standard());

        assertThat(World.only(findings, "E1").score()).isGreaterThan(World.only(findings, "E2").score());
    }

    @Test
    void needsEnoughVisitsToJudge() {
        world.hospital("E3", HospitalLevel.LEVEL_2, Ownership.PRIVATE, 50);
        visits("E3", "J06.9", 10, CONSULT, LAB, EXAM);

        assertThat(new ArrayList<>(world.screen(ExcessiveServiceModel.standard()))).isEmpty();
    }
}
