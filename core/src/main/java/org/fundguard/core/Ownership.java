package org.fundguard.core;

/** ownership: 公立/民营. */
public enum Ownership implements Coded {
    PUBLIC("PUBLIC", "公立"),
    PRIVATE("PRIVATE", "民营");

    private final String code;
    private final String label;

    Ownership(String code, String label) {
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

    public static Ownership of(String code) {
        return Coded.byCode(Ownership.class, code);
    }
}
