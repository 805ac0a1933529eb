package org.fundguard.enforcement.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fundguard.core.AgreementStatus;
import org.fundguard.core.SanctionStatus;
import org.fundguard.enforcement.agreement.AgreementEvent;
import org.fundguard.enforcement.agreement.AgreementTimeline;
import org.fundguard.enforcement.points.PaymentQualification;
import org.fundguard.enforcement.points.PointEntry;
import org.fundguard.enforcement.points.PointsTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SanctionStatusesTest {
    private static final String H1 = "H00000000001";
    private static final String DOCTOR = "D20250000001";
    private static final LocalDate SIGNED = LocalDate.of(2024, 1, 1);
    private static final LocalDate MARCH_1 = LocalDate.of(2025, 3, 1);
    private static final LocalDate MAY_10 = LocalDate.of(2025, 5, 10);

    @TempDir
    Path tmp;

    @Test
    void writesOneRowPerSuspendedOrTerminatedStretchAndNoneForActiveOnes() throws Exception {
        var agreement = AgreementTimeline.of(H1, null, SIGNED, List.of(AgreementEvent.suspend(H1, null, MARCH_1, MARCH_1.plusDays(89), "决1")));
        var dept = AgreementTimeline.of(H1, "D01", SIGNED, List.of(AgreementEvent.suspend(H1, "D01", MAY_10, MAY_10.plusMonths(6), "决2")));
        var points = new PaymentQualification(PointsTable.builtIn())
                .histories(List.of(new PointEntry(DOCTOR, MAY_10, "C05", 9, "记1", 2)));
        List<SanctionStatus> rows = new ArrayList<>(SanctionStatuses.fromAgreements(agreement));
        rows.addAll(SanctionStatuses.fromAgreements(dept));
        rows.addAll(SanctionStatuses.fromQualifications(points.values()));

        Path file = SanctionStatuses.write(tmp, rows);

        assertThat(rows).containsExactly(
                new SanctionStatus(SanctionStatus.Subject.INSTITUTION, H1, null, AgreementStatus.SUSPENDED, MARCH_1, MARCH_1.plusDays(89), "决1"),
                new SanctionStatus(SanctionStatus.Subject.DEPARTMENT, H1, "D01", AgreementStatus.SUSPENDED, MAY_10, MAY_10.plusMonths(6), "决2"),
                new SanctionStatus(SanctionStatus.Subject.PRACTITIONER, DOCTOR, null, AgreementStatus.SUSPENDED, MAY_10,
                        LocalDate.of(2025, 7, 9), "记1"));
        assertThat(Files.readAllLines(file)).containsExactly(
                "subject_type,subject_code,dept_code,status,effective_from,effective_to,basis",
                "INSTITUTION,H00000000001,,SUSPENDED,2025-03-01,2025-05-29,决1",
                "DEPARTMENT,H00000000001,D01,SUSPENDED,2025-05-10,2025-11-10,决2",
                "PRACTITIONER,D20250000001,,SUSPENDED,2025-05-10,2025-07-09,记1");
    }
}
