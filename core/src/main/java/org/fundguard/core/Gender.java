package org.fundguard.core;

/** gend / lmt_gend. */
public enum Gender implements Coded {
    MALE("1", "男"),
    FEMALE("2", "女");

    private final String code;
    private final String label;

    Gender(String code, String label) {
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

    public static Gender of(String code) {
        return Coded.byCode(Gender.class, code);
    }
}
