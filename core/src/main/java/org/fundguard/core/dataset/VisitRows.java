package org.fundguard.core.dataset;

import java.time.LocalDateTime;
import org.fundguard.core.CertType;
import org.fundguard.core.MedType;
import org.fundguard.core.Visit;

final class VisitRows extends TableRows<Visit> {
    private static final Table T = Table.VISITS;
    private static final int ID = col(T, "mdtrt_id");
    private static final int PSN_NO = col(T, "psn_no");
    private static final int INSTITUTION = col(T, "fixmedins_code");
    private static final int MED_TYPE = col(T, "med_type");
    private static final int BEGIN = col(T, "begntime");
    private static final int END = col(T, "endtime");
    private static final int DEPT = col(T, "dept_code");
    private static final int ATTENDING = col(T, "atddr_code");
    private static final int MAIN_DIAG = col(T, "main_diag_code");
    private static final int OTHER_DIAGS = col(T, "other_diag_codes");
    private static final int CERT_TYPE = col(T, "mdtrt_cert_type");
    private static final int TERMINAL = col(T, "terminal_id");
    private static final Dictionary<MedType> MED_TYPES = new Dictionary<>(MedType.class);
    private static final Dictionary<CertType> CERT_TYPES = new Dictionary<>(CertType.class);

    private final References refs;
    private final Interner codes;

    VisitRows(References refs, Interner codes) {
        super(T, "dept_code", "atddr_code", "main_diag_code", "other_diag_codes", "mdtrt_cert_type", "terminal_id");
        this.refs = refs;
        this.codes = codes;
    }

    @Override
    int keyColumn() {
        return ID;
    }

    @Override
    Visit parse(RowCheck r) {
        String id = r.key(ID, refs.visits);
        int person = r.reference(PSN_NO, refs.persons, "person");
        int institution = r.reference(INSTITUTION, refs.institutions, "institution");
        if (r.keyEntry() >= 0) {
            refs.visit(r.keyEntry(), person, institution);
        }
        LocalDateTime begin = r.dateTime(BEGIN, true);
        LocalDateTime end = r.dateTime(END, true);
        if (begin != null && end != null && end.isBefore(begin)) {
            r.error(END, "endtime is before begntime " + Rows.dateTime(begin));
        }
        return new Visit(id, person >= 0 ? refs.persons.key(person) : null,
                institution >= 0 ? refs.institutions.key(institution) : null, r.code(MED_TYPE, MED_TYPES, true),
                begin, end, r.interned(DEPT, codes), r.interned(ATTENDING, codes), r.interned(MAIN_DIAG, codes),
                r.list(OTHER_DIAGS, codes), r.code(CERT_TYPE, CERT_TYPES, false), r.interned(TERMINAL, codes));
    }
}
