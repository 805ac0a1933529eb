package org.fundguard.core.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.fundguard.core.AgreementStatus;
import org.fundguard.core.SanctionStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SanctionStatusFileTest {
    private static final LocalDate MAY_1 = LocalDate.of(2025, 5, 1);
    private static final LocalDate JULY_31 = LocalDate.of(2025, 7, 31);

    @TempDir
    Path tmp;

    @Test
    void aSetWithoutTheFileHasNoSanctions() {
        DataSet d = DataSets.load(DataSetFixture.valid().writeTo(tmp), ValidationMode.STRICT).requireValid();

        assertThat(d.sanctionStatus()).isEmpty();
    }

    @Test
    void readsSuspensionsOfPractitionersInstitutionsAndDepartmentsAsWritten() {
        SanctionStatus doctor = new SanctionStatus(SanctionStatus.Subject.PRACTITIONER, "D999999999999", null, AgreementStatus.SUSPENDED,
                MAY_1, JULY_31, "医保记分〔2025〕3号");
        SanctionStatus dept = new SanctionStatus(SanctionStatus.Subject.DEPARTMENT, DataSetFixture.HOSPITAL, "D01",
                AgreementStatus.SUSPENDED, MAY_1, JULY_31, "医保处〔2025〕7号");
        SanctionStatus pharmacy = new SanctionStatus(SanctionStatus.Subject.INSTITUTION, DataSetFixture.PHARMACY, null,
                AgreementStatus.TERMINATED, MAY_1, null, "医保处〔2025〕9号");
        DataSetFixture f = DataSetFixture.valid().add(Table.SANCTION_STATUS, Rows.of(doctor))
                .add(Table.SANCTION_STATUS, Rows.of(dept)).add(Table.SANCTION_STATUS, Rows.of(pharmacy));

        LoadResult r = DataSets.load(f.writeTo(tmp), ValidationMode.STRICT);

        assertThat(r.report().problems()).isEmpty();
        // a practitioner from another region is accepted: the status follows the person
        assertThat(r.requireValid().sanctionStatus()).containsExactly(doctor, dept, pharmacy);
    }

    @Test
    void reportsBadRowsWithFileLineFieldAndReason() {
        DataSetFixture f = DataSetFixture.valid()
                .add(Table.SANCTION_STATUS, new String[] {"INSTITUTION", "H99999999999", "", "SUSPENDED", "2025-05-01", "2025-07-31", "决1"})
                .add(Table.SANCTION_STATUS, new String[] {"DEPARTMENT", DataSetFixture.HOSPITAL, "", "SUSPENDED", "2025-05-01", "", "决2"})
                .add(Table.SANCTION_STATUS, new String[] {"PRACTITIONER", "D1", "", "ACTIVE", "2025-05-01", "", "决3"})
                .add(Table.SANCTION_STATUS, new String[] {"PRACTITIONER", "D2", "", "SUSPENDED", "2025-05-01", "2025-04-30", "决4"})
                .add(Table.SANCTION_STATUS, new String[] {"INSTITUTION", DataSetFixture.HOSPITAL, "", "TERMINATED", "2025-05-01", "2025-06-01", "决5"})
                .add(Table.SANCTION_STATUS, new String[] {"PRACTITIONER", "D3", "", "SUSPENDED", "2025-05-01", "", ""});

        ValidationReport report = DataSets.validate(f.writeTo(tmp), LoadOptions.strict());

        assertThat(report.problems()).extracting(Problem::toString).containsExactly(
                "sanction_status.csv:2:subject_code: value 'H99999999999': unknown institution: not in institutions.csv",
                "sanction_status.csv:3:dept_code: required for a DEPARTMENT",
                "sanction_status.csv:4:status: value 'ACTIVE': only SUSPENDED and TERMINATED are listed (an active subject has no row)",
                "sanction_status.csv:5:effective_to: value '2025-04-30': before effective_from 2025-05-01",
                "sanction_status.csv:6:effective_to: value '2025-06-01': a termination has no end (leave effective_to empty)",
                "sanction_status.csv:7:basis: required field is empty");
    }
}
