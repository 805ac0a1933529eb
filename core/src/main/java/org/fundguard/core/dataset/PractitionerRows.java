package org.fundguard.core.dataset;

import java.time.LocalDate;
import org.fundguard.core.Practitioner;
import org.fundguard.core.PractitionerType;

/** One row per registration: the key is (prac_code, fixmedins_code), 多点执业 gives several rows. */
final class PractitionerRows extends TableRows<Practitioner> {
    private static final Table T = Table.PRACTITIONERS;
    private static final int CODE = col(T, "prac_code");
    private static final int NAME = col(T, "prac_name");
    private static final int TYPE = col(T, "prac_type");
    private static final int INSTITUTION = col(T, "fixmedins_code");
    private static final int BEGIN = col(T, "cert_begin");
    private static final int END = col(T, "cert_end");
    private static final Dictionary<PractitionerType> TYPES = new Dictionary<>(PractitionerType.class);

    private final References refs;

    PractitionerRows(References refs) {
        super(T, "cert_begin", "cert_end");
        this.refs = refs;
    }

    @Override
    Practitioner parse(RowCheck r) {
        String code = r.required(CODE);
        PractitionerType type = r.code(TYPE, TYPES, true);
        if (code != null && CodeShapes.practitioner(code, type) != null) {
            r.warning(CODE, CodeShapes.practitioner(code, type));
        }
        int inst = r.reference(INSTITUTION, refs.institutions, "institution");
        String institution = inst >= 0 ? refs.institutions.key(inst) : null;
        if (code != null && institution != null) {
            r.key(refs.practitioners, code + '\u0000' + institution, CODE,
                    "(prac_code, fixmedins_code) " + code + ", " + institution);
            refs.practitionerCodes.add(code, r.line());
        }
        LocalDate begin = r.date(BEGIN, false);
        LocalDate end = r.date(END, false);
        if (begin != null && end != null && end.isBefore(begin)) {
            r.error(END, "cert_end is before cert_begin " + begin);
        }
        return new Practitioner(code, r.required(NAME), type, institution, begin, end);
    }
}
