package org.fundguard.core.dataset;

import java.time.LocalDate;
import org.fundguard.core.Gender;
import org.fundguard.core.InsuranceType;
import org.fundguard.core.Person;
import org.fundguard.core.PersonType;

final class PersonRows extends TableRows<Person> {
    private static final Table T = Table.PERSONS;
    private static final int PSN_NO = col(T, "psn_no");
    private static final int CERTNO = col(T, "certno");
    private static final int NAME = col(T, "psn_name");
    private static final int GENDER = col(T, "gend");
    private static final int BIRTH = col(T, "brdy");
    private static final int INSUTYPE = col(T, "insutype");
    private static final int PSN_TYPE = col(T, "psn_type");
    private static final int INSUPLC = col(T, "insuplc_admdvs");
    private static final int ADDR = col(T, "addr_code");
    private static final int PHONE = col(T, "phone");
    private static final int DEATH = col(T, "death_date");
    private static final Dictionary<Gender> GENDERS = new Dictionary<>(Gender.class);
    private static final Dictionary<InsuranceType> INSUTYPES = new Dictionary<>(InsuranceType.class);
    private static final Dictionary<PersonType> PSN_TYPES = new Dictionary<>(PersonType.class);

    private final References refs;
    private final Interner codes;

    PersonRows(References refs, Interner codes) {
        super(T, "phone", "death_date");
        this.refs = refs;
        this.codes = codes;
    }

    @Override
    int keyColumn() {
        return PSN_NO;
    }

    @Override
    Person parse(RowCheck r) {
        String psnNo = r.key(PSN_NO, refs.persons);
        String certno = r.required(CERTNO);
        if (certno != null && CodeShapes.certno(certno) != null) {
            r.warning(CERTNO, CodeShapes.certno(certno));
        }
        LocalDate birth = r.date(BIRTH, true);
        LocalDate death = r.date(DEATH, false);
        if (birth != null && death != null && death.isBefore(birth)) {
            r.error(DEATH, "death_date is before brdy");
        }
        String insuplc = r.requiredInterned(INSUPLC, codes);
        if (insuplc != null && CodeShapes.division(insuplc) != null) {
            r.warning(INSUPLC, CodeShapes.division(insuplc));
        }
        return new Person(psnNo, certno, r.required(NAME), r.code(GENDER, GENDERS, true), birth,
                r.code(INSUTYPE, INSUTYPES, true), r.code(PSN_TYPE, PSN_TYPES, true), insuplc,
                r.requiredInterned(ADDR, codes), r.text(PHONE), death);
    }
}
