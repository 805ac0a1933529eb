package org.fundguard.core;

/** lmt_med_type: 限就医方式. */
public enum MedTypeLimit implements Coded {
    INPATIENT_ONLY("IPT", "限住院"),
    OUTPATIENT_ONLY("OPT", "限门诊");

    private final String code;
    private final String label;

    MedTypeLimit(String code, String label) {
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

    public static MedTypeLimit of(String code) {
        return Coded.byCode(MedTypeLimit.class, code);
    }
}
