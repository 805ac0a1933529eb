package org.fundguard.core;

/** subject_type of labels and leads, from coarse to fine. */
public enum SubjectType implements Coded {
    INSTITUTION("INSTITUTION", "机构"),
    PERSON("PERSON", "参保人"),
    PRACTITIONER("PRACTITIONER", "医药人员"),
    VISIT("VISIT", "就诊"),
    SETTLEMENT("SETTLEMENT", "结算"),
    FEE_DETAIL("FEE_DETAIL", "费用明细");

    private final String code;
    private final String label;

    SubjectType(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    /** The Chinese name shown to supervisors. */
    public String label() {
        return label;
    }

    public static SubjectType of(String code) {
        return Coded.byCode(SubjectType.class, code);
    }
}
