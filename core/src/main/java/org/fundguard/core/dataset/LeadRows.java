package org.fundguard.core.dataset;

import org.fundguard.core.Category;
import org.fundguard.core.Lead;
import org.fundguard.core.SubjectType;

final class LeadRows extends TableRows<Lead> {
    private static final Table T = Table.LEADS;
    private static final int ID = col(T, "lead_id");
    private static final int CATEGORY = col(T, "category");
    private static final int SOURCE = col(T, "source");
    private static final int SUBJECT_TYPE = col(T, "subject_type");
    private static final int SUBJECT_ID = col(T, "subject_id");
    private static final int INSTITUTION = col(T, "fixmedins_code");
    private static final int PSN_NO = col(T, "psn_no");
    private static final int SCORE = col(T, "score");
    private static final int AMOUNT = col(T, "amount");
    private static final int EVIDENCE = col(T, "evidence");
    private static final int EXPLANATION = col(T, "explanation");
    private static final Dictionary<SubjectType> SUBJECT_TYPES = new Dictionary<>(SubjectType.class);

    private final References refs;
    private final Interner codes;

    LeadRows(References refs, Interner codes) {
        super(T, "fixmedins_code", "psn_no", "evidence", "explanation");
        this.refs = refs;
        this.codes = codes;
    }

    @Override
    int keyColumn() {
        return ID;
    }

    @Override
    Lead parse(RowCheck r) {
        String id = r.key(ID, refs.leads);
        Category category = Categories.parse(r, CATEGORY);
        String source = r.requiredInterned(SOURCE, codes);
        if (source != null && !source.startsWith("RULE:") && !source.startsWith("MODEL:")) {
            r.error(SOURCE, "source is neither RULE:<code> nor MODEL:<code>");
        }
        return new Lead(id, category, source, r.code(SUBJECT_TYPE, SUBJECT_TYPES, true), r.required(SUBJECT_ID),
                r.interned(INSTITUTION, codes), r.interned(PSN_NO, codes), score(r), r.money(AMOUNT),
                r.list(EVIDENCE, null), r.text(EXPLANATION));
    }

    private static double score(RowCheck r) {
        String s = r.required(SCORE);
        if (s == null) {
            return 0;
        }
        try {
            double v = Double.parseDouble(s);
            if (v >= 0 && v <= 1) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        r.error(SCORE, "not a score between 0 and 1");
        return 0;
    }
}
