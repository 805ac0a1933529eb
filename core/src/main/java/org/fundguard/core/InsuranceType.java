package org.fundguard.core;

/** insutype: 险种. */
public enum InsuranceType implements Coded {
    EMPLOYEE("310", "职工基本医疗保险"),
    RESIDENT("390", "城乡居民基本医疗保险");

    private final String code;
    private final String label;

    InsuranceType(String code, String label) {
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

    public static InsuranceType of(String code) {
        return Coded.byCode(InsuranceType.class, code);
    }
}
