package org.fundguard.core.dataset;

import org.fundguard.core.Category;
import org.fundguard.core.Label;
import org.fundguard.core.SubjectType;

/** labels.csv; inside a data set each label's subject must be a row of the set. */
final class LabelRows extends TableRows<Label> {
    private static final Table T = Table.LABELS;
    private static final int SCENARIO = col(T, "scenario");
    private static final int SUBJECT_TYPE = col(T, "subject_type");
    private static final int SUBJECT_ID = col(T, "subject_id");
    private static final int FUND_LOSS = col(T, "fund_loss");
    private static final Dictionary<SubjectType> SUBJECT_TYPES = new Dictionary<>(SubjectType.class);

    private final References refs;
    private final boolean checkSubjects;

    LabelRows(References refs, boolean checkSubjects) {
        super(T);
        this.refs = refs;
        this.checkSubjects = checkSubjects;
    }

    @Override
    Label parse(RowCheck r) {
        Category scenario = Categories.parse(r, SCENARIO);
        SubjectType type = r.code(SUBJECT_TYPE, SUBJECT_TYPES, true);
        String subject = r.required(SUBJECT_ID);
        if (checkSubjects && type != null && subject != null) {
            int e = r.reference(SUBJECT_ID, subjects(type), type.name().toLowerCase(java.util.Locale.ROOT));
            if (e >= 0) {
                subject = subjects(type).key(e);
            }
        }
        long loss = r.money(FUND_LOSS);
        if (loss < 0) {
            r.error(FUND_LOSS, "fund_loss cannot be negative");
        }
        if (scenario != null && type != null && subject != null) {
            r.key(refs.labels, scenario.name() + '\u0000' + type.name() + '\u0000' + subject, -1,
                    "(scenario, subject_type, subject_id) " + scenario.name() + ", " + type.name() + ", " + subject);
        }
        return new Label(scenario, type, subject, loss);
    }

    private KeyIndex subjects(SubjectType type) {
        return switch (type) {
            case INSTITUTION -> refs.institutions;
            case PERSON -> refs.persons;
            case PRACTITIONER -> refs.practitionerCodes;
            case VISIT -> refs.visits;
            case SETTLEMENT -> refs.settlements;
            case FEE_DETAIL -> refs.feeDetails;
        };
    }
}
