package org.fundguard.core;

/** fixmedins_type: 定点医药机构类型. */
public enum InstitutionType implements Coded {
    MEDICAL("1", "定点医疗机构"),
    PHARMACY("2", "定点零售药店");

    private final String code;
    private final String label;

    InstitutionType(String code, String label) {
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

    public static InstitutionType of(String code) {
        return Coded.byCode(InstitutionType.class, code);
    }
}
