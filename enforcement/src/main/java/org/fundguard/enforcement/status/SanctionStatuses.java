package org.fundguard.enforcement.status;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.fundguard.core.AgreementStatus;
import org.fundguard.core.SanctionStatus;
import org.fundguard.core.dataset.CsvTableWriter;
import org.fundguard.core.dataset.Rows;
import org.fundguard.core.dataset.Table;
import org.fundguard.enforcement.agreement.AgreementInterval;
import org.fundguard.enforcement.points.QualificationHistory;
import org.fundguard.enforcement.points.QualificationInterval;
import org.fundguard.enforcement.points.QualificationStatus;

/**
 * The rows of sanction_status.csv from agreement timelines and points histories: what detection needs
 * to treat services and settlements of a suspended or terminated subject as leads.
 */
public final class SanctionStatuses {
    private SanctionStatuses() {
    }

    /** One row per suspended or terminated stretch of the agreements (institution or department). */
    public static List<SanctionStatus> fromAgreements(Collection<AgreementInterval> intervals) {
        List<SanctionStatus> out = new ArrayList<>();
        for (AgreementInterval i : intervals) {
            if (i.status() == AgreementStatus.ACTIVE) {
                continue;
            }
            SanctionStatus.Subject s = i.deptCode() == null ? SanctionStatus.Subject.INSTITUTION : SanctionStatus.Subject.DEPARTMENT;
            out.add(new SanctionStatus(s, i.institutionCode(), i.deptCode(), i.status(), i.from(), i.to(), i.basis()));
        }
        return out;
    }

    /** One row per suspended or terminated stretch of the practitioners' payment qualification. */
    public static List<SanctionStatus> fromQualifications(Collection<QualificationHistory> histories) {
        List<SanctionStatus> out = new ArrayList<>();
        for (QualificationHistory h : histories) {
            for (QualificationInterval i : h.intervals()) {
                if (i.status() == QualificationStatus.QUALIFIED) {
                    continue;
                }
                AgreementStatus st = i.status() == QualificationStatus.SUSPENDED ? AgreementStatus.SUSPENDED : AgreementStatus.TERMINATED;
                out.add(new SanctionStatus(SanctionStatus.Subject.PRACTITIONER, h.practitionerCode(), null, st, i.from(), i.to(), i.basis()));
            }
        }
        return out;
    }

    /** Writes sanction_status.csv into a data set directory, where audit and screen pick it up. */
    public static Path write(Path dataSetDir, List<SanctionStatus> rows) {
        Path file = dataSetDir.resolve(Table.SANCTION_STATUS.csvFileName());
        try (CsvTableWriter w = new CsvTableWriter(file, Table.SANCTION_STATUS)) {
            for (SanctionStatus s : rows) {
                w.write(Rows.of(s));
            }
        }
        return file;
    }
}
