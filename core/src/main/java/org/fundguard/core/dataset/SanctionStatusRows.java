package org.fundguard.core.dataset;

import java.time.LocalDate;
import org.fundguard.core.AgreementStatus;
import org.fundguard.core.SanctionStatus;

/**
 * sanction_status.csv (optional): institutions and departments must be rows of institutions.csv; a
 * practitioner is keyed by prac_code alone (the status follows the person to every institution), so
 * one who is not registered in this region is accepted.
 */
final class SanctionStatusRows extends TableRows<SanctionStatus> {
    private static final Table T = Table.SANCTION_STATUS;
    private static final int TYPE = col(T, "subject_type");
    private static final int CODE = col(T, "subject_code");
    private static final int DEPT = col(T, "dept_code");
    private static final int STATUS = col(T, "status");
    private static final int FROM = col(T, "effective_from");
    private static final int TO = col(T, "effective_to");
    private static final int BASIS = col(T, "basis");
    private static final Dictionary<SanctionStatus.Subject> TYPES = new Dictionary<>(SanctionStatus.Subject.class);
    private static final Dictionary<AgreementStatus> STATUSES = new Dictionary<>(AgreementStatus.class);

    private final References refs;

    SanctionStatusRows(References refs) {
        super(T, "dept_code", "effective_to");
        this.refs = refs;
    }

    @Override
    SanctionStatus parse(RowCheck r) {
        SanctionStatus.Subject type = r.code(TYPE, TYPES, true);
        String code;
        if (type == SanctionStatus.Subject.PRACTITIONER) {
            code = r.required(CODE);
        } else {
            int e = r.reference(CODE, refs.institutions, "institution");
            code = e >= 0 ? refs.institutions.key(e) : null;
        }
        String dept = r.text(DEPT);
        if (type == SanctionStatus.Subject.DEPARTMENT && dept == null) {
            r.error(DEPT, "required for a DEPARTMENT");
        } else if (type != null && type != SanctionStatus.Subject.DEPARTMENT && dept != null) {
            r.error(DEPT, "only a DEPARTMENT names a department");
        }
        AgreementStatus status = r.code(STATUS, STATUSES, true);
        if (status == AgreementStatus.ACTIVE) {
            r.error(STATUS, "only SUSPENDED and TERMINATED are listed (an active subject has no row)");
        }
        LocalDate from = r.date(FROM, true);
        LocalDate to = r.date(TO, false);
        if (from != null && to != null && to.isBefore(from)) {
            r.error(TO, "before effective_from " + from);
        }
        if (status == AgreementStatus.TERMINATED && to != null) {
            r.error(TO, "a termination has no end (leave effective_to empty)");
        }
        String basis = r.required(BASIS);
        if (type != null && code != null && from != null) {
            r.key(refs.sanctionStatus, type.name() + '\u0000' + code + '\u0000' + (dept == null ? "" : dept) + '\u0000' + from, -1,
                    "(subject_type, subject_code, dept_code, effective_from) " + type.name() + ", " + code + ", "
                            + (dept == null ? "" : dept) + ", " + from);
        }
        return new SanctionStatus(type, code, dept, status, from, to, basis);
    }
}
