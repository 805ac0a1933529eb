package org.fundguard.core;

/** med_type: 医疗类别. */
public enum MedType implements Coded {
    GENERAL_OUTPATIENT("11", "普通门诊"),
    EMERGENCY("13", "急诊"),
    CHRONIC_OUTPATIENT("14", "门诊慢特病"),
    INPATIENT("21", "住院"),
    PHARMACY_PURCHASE("41", "定点药店购药");

    private final String code;
    private final String label;

    MedType(String code, String label) {
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

    public static MedType of(String code) {
        return Coded.byCode(MedType.class, code);
    }
}
