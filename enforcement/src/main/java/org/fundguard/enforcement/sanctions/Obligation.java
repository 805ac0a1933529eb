package org.fundguard.enforcement.sanctions;

/** 应当 (the authority must impose it once its condition holds) or 可以 (it may). */
public enum Obligation {
    MANDATORY("应当"),
    DISCRETIONARY("可以");

    private final String label;

    Obligation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Obligation of(String code) {
        for (Obligation o : values()) {
            if (o.name().equals(code)) {
                return o;
            }
        }
        return null;
    }
}
