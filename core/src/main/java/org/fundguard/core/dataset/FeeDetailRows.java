package org.fundguard.core.dataset;

import java.time.LocalDateTime;
import org.fundguard.core.FeeDetail;
import org.fundguard.core.Money;
import org.fundguard.core.Quantity;

/** The hot path: millions of rows; references are looked up by characters, repeated codes shared. */
final class FeeDetailRows extends TableRows<FeeDetail> {
    private static final Table T = Table.FEE_DETAILS;
    private static final int SN = col(T, "feedetl_sn");
    private static final int VISIT = col(T, "mdtrt_id");
    private static final int PSN_NO = col(T, "psn_no");
    private static final int INSTITUTION = col(T, "fixmedins_code");
    private static final int TIME = col(T, "fee_ocur_time");
    private static final int LIST_CODE = col(T, "med_list_codg");
    private static final int INST_LIST_CODE = col(T, "medins_list_codg");
    private static final int CNT = col(T, "cnt");
    private static final int PRICE = col(T, "pric");
    private static final int AMOUNT = col(T, "det_item_fee_sumamt");
    private static final int ORDERING_DR = col(T, "bilg_dr_codg");
    private static final int ORDERING_DEPT = col(T, "bilg_dept_codg");
    private static final int TRACE = col(T, "drug_trac_codg");

    private final References refs;
    private final Interner codes;

    FeeDetailRows(References refs, Interner codes) {
        super(T, "medins_list_codg", "bilg_dr_codg", "bilg_dept_codg", "drug_trac_codg");
        this.refs = refs;
        this.codes = codes;
    }

    @Override
    int keyColumn() {
        return SN;
    }

    @Override
    FeeDetail parse(RowCheck r) {
        String sn = r.key(SN, refs.feeDetails);
        int visit = r.reference(VISIT, refs.visits, "visit");
        int person = r.reference(PSN_NO, refs.persons, "person");
        int institution = r.reference(INSTITUTION, refs.institutions, "institution");
        if (visit >= 0) {
            refs.agreeWithVisit(r, visit, person, PSN_NO, institution, INSTITUTION);
        }
        LocalDateTime time = r.dateTime(TIME, true);
        int item = r.reference(LIST_CODE, refs.catalog, "catalogue code");
        int before = r.errors();
        long cnt = r.quantity(CNT);
        long price = r.money(PRICE);
        long amount = r.money(AMOUNT);
        if (r.errors() == before) {
            sumIsCountTimesPrice(r, cnt, price, amount);
        }
        if (r.rejected()) {
            return null;
        }
        return new FeeDetail(sn, refs.visits.key(visit), refs.persons.key(person), refs.institutions.key(institution),
                time, refs.catalog.key(item), r.interned(INST_LIST_CODE, codes), cnt, price, amount,
                r.interned(ORDERING_DR, codes), r.interned(ORDERING_DEPT, codes), r.list(TRACE, null));
    }

    private static void sumIsCountTimesPrice(RowCheck r, long cnt, long price, long amount) {
        long expected;
        try {
            expected = Quantity.times(cnt, price);
        } catch (ArithmeticException e) {
            r.error(AMOUNT, "cnt × pric is too large");
            return;
        }
        if (expected != amount) {
            r.error(AMOUNT, "is not cnt × pric = " + Quantity.format(cnt) + " × " + Money.format(price) + " = "
                    + Money.format(expected));
        }
    }
}
