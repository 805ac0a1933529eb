package org.fundguard.core;

/** item_rules.scope. */
public enum RuleScope implements Coded {
    DAY("DAY", "同一天"),
    VISIT("VISIT", "同一次就诊");

    private final String code;
    private final String label;

    RuleScope(String code, String label) {
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

    public static RuleScope of(String code) {
        return Coded.byCode(RuleScope.class, code);
    }
}
