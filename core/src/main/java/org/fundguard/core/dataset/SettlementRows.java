package org.fundguard.core.dataset;

import org.fundguard.core.Settlement;

final class SettlementRows extends TableRows<Settlement> {
    private static final Table T = Table.SETTLEMENTS;
    private static final int ID = col(T, "setl_id");
    private static final int VISIT = col(T, "mdtrt_id");
    private static final int PSN_NO = col(T, "psn_no");
    private static final int INSTITUTION = col(T, "fixmedins_code");
    private static final int TIME = col(T, "setl_time");
    private static final int MEDFEE = col(T, "medfee_sumamt");
    private static final int OWNPAY = col(T, "fulamt_ownpay_amt");
    private static final int HIFP = col(T, "hifp_pay");
    private static final int ACCT = col(T, "acct_pay");
    private static final int CASH = col(T, "psn_cash_pay");
    private static final int FUND = col(T, "fund_pay_sumamt");
    private static final int REVERSED = col(T, "refd_setl_flag");

    private final References refs;

    SettlementRows(References refs) {
        super(T);
        this.refs = refs;
    }

    @Override
    int keyColumn() {
        return ID;
    }

    @Override
    Settlement parse(RowCheck r) {
        String id = r.key(ID, refs.settlements);
        int visit = r.reference(VISIT, refs.visits, "visit");
        int person = r.reference(PSN_NO, refs.persons, "person");
        int institution = r.reference(INSTITUTION, refs.institutions, "institution");
        if (visit >= 0) {
            refs.agreeWithVisit(r, visit, person, PSN_NO, institution, INSTITUTION);
        }
        return new Settlement(id, visit >= 0 ? refs.visits.key(visit) : null,
                person >= 0 ? refs.persons.key(person) : null,
                institution >= 0 ? refs.institutions.key(institution) : null, r.dateTime(TIME, true),
                r.money(MEDFEE), r.money(OWNPAY), r.money(HIFP), r.money(ACCT), r.money(CASH), r.money(FUND),
                r.flag(REVERSED));
    }
}
