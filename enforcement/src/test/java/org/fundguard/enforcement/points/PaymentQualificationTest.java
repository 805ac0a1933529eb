package org.fundguard.enforcement.points;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaymentQualificationTest {
    private static final PaymentQualification POINTS = new PaymentQualification(PointsTable.builtIn());
    private static final String DOCTOR = "D20250000001";
    private static final LocalDate MARCH_1 = LocalDate.of(2025, 3, 1);
    private static final LocalDate MAY_10 = LocalDate.of(2025, 5, 10);
    private static final LocalDate AUG_20 = LocalDate.of(2025, 8, 20);
    private static final LocalDate DEC_20 = LocalDate.of(2025, 12, 20);
    private static final LocalDate NEXT_FEB_1 = LocalDate.of(2026, 2, 1);

    private static PointEntry entry(LocalDate day, String conduct, int points) {
        return new PointEntry(DOCTOR, day, conduct, points, "案" + day, 0);
    }

    private static PointEntry entry(LocalDate day, String conduct, int points, int suspensionMonths) {
        return new PointEntry(DOCTOR, day, conduct, points, "案" + day, suspensionMonths);
    }

    @Test
    void eightPointsInAYearDoNotSuspend() {
        QualificationHistory h = POINTS.history(DOCTOR, List.of(entry(MARCH_1, "C03", 4), entry(MAY_10, "C04", 4)));

        assertThat(h.pointsIn(2025)).isEqualTo(8);
        assertThat(h.intervals()).singleElement().extracting(QualificationInterval::status).isEqualTo(QualificationStatus.QUALIFIED);
        assertThat(h.statusOn(DEC_20)).isEqualTo(QualificationStatus.QUALIFIED);
    }

    @Test
    void reachingNinePointsSuspendsForTheChosenMonthsFromThatDay() {
        QualificationHistory h = POINTS.history(DOCTOR, List.of(entry(MARCH_1, "C03", 4), entry(MAY_10, "C04", 5, 3)));

        assertThat(h.statusOn(MAY_10.minusDays(1))).isEqualTo(QualificationStatus.QUALIFIED);
        assertThat(h.statusOn(MAY_10)).isEqualTo(QualificationStatus.SUSPENDED);
        assertThat(h.statusOn(LocalDate.of(2025, 8, 9))).isEqualTo(QualificationStatus.SUSPENDED);
        assertThat(h.statusOn(LocalDate.of(2025, 8, 10))).isEqualTo(QualificationStatus.QUALIFIED);
        assertThat(h.intervals()).extracting(QualificationInterval::status).containsExactly(
                QualificationStatus.QUALIFIED, QualificationStatus.SUSPENDED, QualificationStatus.QUALIFIED);
        assertThat(h.intervals().get(1).pointsInYear()).isEqualTo(9);
        assertThat(h.reRegistrationFrom()).isNull();
    }

    @Test
    void reachingTwelveTerminatesWithAOneYearBan() {
        QualificationHistory h = POINTS.history(DOCTOR, List.of(entry(MARCH_1, "C05", 9, 6), entry(AUG_20, "C03", 4)));

        assertThat(h.statusOn(AUG_20.minusDays(1))).isEqualTo(QualificationStatus.SUSPENDED);
        assertThat(h.statusOn(AUG_20)).isEqualTo(QualificationStatus.TERMINATED);
        assertThat(h.statusOn(LocalDate.of(2030, 1, 1))).isEqualTo(QualificationStatus.TERMINATED);
        assertThat(h.reRegistrationFrom()).isEqualTo(LocalDate.of(2026, 8, 20));
        // the suspension of six months from 1 March is cut short by the termination
        assertThat(h.intervals().get(1)).isEqualTo(new QualificationInterval(QualificationStatus.SUSPENDED, MARCH_1,
                AUG_20.minusDays(1), 9, "案" + MARCH_1));
    }

    @Test
    void twelvePointsAtOnceTerminateWithAThreeYearBan() {
        QualificationHistory h = POINTS.history(DOCTOR, List.of(entry(MAY_10, "C08", 12)));

        assertThat(h.intervals()).extracting(QualificationInterval::status)
                .containsExactly(QualificationStatus.QUALIFIED, QualificationStatus.TERMINATED);
        assertThat(h.reRegistrationFrom()).isEqualTo(LocalDate.of(2028, 5, 10));
    }

    @Test
    void elevenPointsAtOnceOnTopOfOneStillBanOnlyOneYear() {
        QualificationHistory h = POINTS.history(DOCTOR, List.of(entry(MARCH_1, "C01", 1), entry(MAY_10, "C08", 11)));

        assertThat(h.statusOn(MAY_10)).isEqualTo(QualificationStatus.TERMINATED);
        assertThat(h.reRegistrationFrom()).isEqualTo(LocalDate.of(2026, 5, 10));
    }

    @Test
    void pointsResetOnTheFirstOfJanuary() {
        QualificationHistory h = POINTS.history(DOCTOR, List.of(entry(DEC_20, "C05", 8), entry(NEXT_FEB_1, "C03", 4)));

        assertThat(h.pointsIn(2025)).isEqualTo(8);
        assertThat(h.pointsIn(2026)).isEqualTo(4);
        assertThat(h.intervals()).singleElement().extracting(QualificationInterval::status).isEqualTo(QualificationStatus.QUALIFIED);
    }

    @Test
    void pointsEarnedAtDifferentInstitutionsAddUpForThePerson() {
        // entries carry the practitioner, not the registration row: conduct at A and at B count together
        QualificationHistory h = POINTS.histories(List.of(entry(MARCH_1, "C04", 5), entry(MAY_10, "C03", 4),
                new PointEntry("D20250000002", MAY_10, "C03", 4, "other", 0))).get(DOCTOR);

        assertThat(h.statusOn(MAY_10)).isEqualTo(QualificationStatus.SUSPENDED);
    }

    @Test
    void refusesPointsOutsideTheConductsBandAndSuspensionsBeyondSixMonths() {
        assertThatThrownBy(() -> POINTS.history(DOCTOR, List.of(entry(MARCH_1, "C03", 7))))
                .hasMessageContaining("7分不在情形C03的记分档次4-6分内");
        assertThatThrownBy(() -> POINTS.history(DOCTOR, List.of(entry(MARCH_1, "C05", 9, 7))))
                .hasMessageContaining("暂停7个月超出1至6个月");
        assertThatThrownBy(() -> POINTS.history(DOCTOR, List.of(entry(MARCH_1, "X99", 1))))
                .hasMessageContaining("未知记分情形X99");
    }
}
