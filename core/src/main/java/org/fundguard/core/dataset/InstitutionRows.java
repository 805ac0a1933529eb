package org.fundguard.core.dataset;

import org.fundguard.core.AgreementStatus;
import org.fundguard.core.HospitalLevel;
import org.fundguard.core.Institution;
import org.fundguard.core.InstitutionType;
import org.fundguard.core.Ownership;

final class InstitutionRows extends TableRows<Institution> {
    private static final Table T = Table.INSTITUTIONS;
    private static final int CODE = col(T, "fixmedins_code");
    private static final int NAME = col(T, "fixmedins_name");
    private static final int TYPE = col(T, "fixmedins_type");
    private static final int LEVEL = col(T, "hosp_lv");
    private static final int ADMDVS = col(T, "admdvs");
    private static final int OWNERSHIP = col(T, "ownership");
    private static final int BEDS = col(T, "beds");
    private static final int DIALYSIS = col(T, "dialysis_machines");
    private static final int ELDERCARE = col(T, "eldercare_linked");
    private static final int AGREEMENT = col(T, "agreement_status");
    private static final Dictionary<InstitutionType> TYPES = new Dictionary<>(InstitutionType.class);
    private static final Dictionary<HospitalLevel> LEVELS = new Dictionary<>(HospitalLevel.class);
    private static final Dictionary<Ownership> OWNERSHIPS = new Dictionary<>(Ownership.class);
    private static final Dictionary<AgreementStatus> AGREEMENTS = new Dictionary<>(AgreementStatus.class);

    private final References refs;

    InstitutionRows(References refs) {
        super(T);
        this.refs = refs;
    }

    @Override
    int keyColumn() {
        return CODE;
    }

    @Override
    Institution parse(RowCheck r) {
        String code = r.key(CODE, refs.institutions);
        InstitutionType type = r.code(TYPE, TYPES, true);
        if (code != null) {
            String shape = CodeShapes.institution(code);
            if (shape != null) {
                r.warning(CODE, shape);
            } else if (type != null && (code.charAt(0) == 'H') != (type == InstitutionType.MEDICAL)) {
                r.warning(CODE, "code prefix " + code.charAt(0) + " does not match fixmedins_type " + type.code());
            }
        }
        String admdvs = r.required(ADMDVS);
        if (admdvs != null && CodeShapes.division(admdvs) != null) {
            r.warning(ADMDVS, CodeShapes.division(admdvs));
        }
        return new Institution(code, r.required(NAME), type, r.code(LEVEL, LEVELS, true), admdvs,
                r.code(OWNERSHIP, OWNERSHIPS, true), r.count(BEDS), r.count(DIALYSIS), r.flag(ELDERCARE),
                r.code(AGREEMENT, AGREEMENTS, true));
    }
}
