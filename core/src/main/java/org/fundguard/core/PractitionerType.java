package org.fundguard.core;

/** prac_type. */
public enum PractitionerType implements Coded {
    DOCTOR("DOCTOR", "医师"),
    PHARMACIST("PHARMACIST", "药师"),
    NURSE("NURSE", "护士");

    private final String code;
    private final String label;

    PractitionerType(String code, String label) {
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

    public static PractitionerType of(String code) {
        return Coded.byCode(PractitionerType.class, code);
    }
}
