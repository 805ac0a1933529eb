package org.fundguard.core;

/** chrgitm_lv: 甲乙丙类. Class C is self-paid, never payable by the fund. */
public enum ChargeLevel implements Coded {
    CLASS_A("01", "甲类"),
    CLASS_B("02", "乙类"),
    SELF_PAID("03", "丙类");

    private final String code;
    private final String label;

    ChargeLevel(String code, String label) {
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

    public static ChargeLevel of(String code) {
        return Coded.byCode(ChargeLevel.class, code);
    }
}
