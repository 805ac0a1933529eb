package org.fundguard.enforcement.sanctions;

/**
 * When a sanction of an article applies, in the article's own words. LOSS and FRAUD are decided by
 * the inputs of {@link SanctionCatalogue#range}; the others are facts the case establishes, so the
 * range lists those sanctions with their condition for the decision maker.
 */
public enum Condition {
    ALWAYS(""),
    LOSS("造成医疗保障基金损失的"),
    FRAUD("以骗取医疗保障基金为目的的"),
    REFUSED("拒不改正的"),
    REFUSED_OR_SERIOUS("拒不改正或者造成严重后果的"),
    INSURED("属于参保人员的"),
    PRACTICE_LICENCE("有执业资格的"),
    CRIME("涉嫌犯罪的"),
    OFFICIAL("涉及公职人员违纪违法的"),
    SUSPENDED_TWICE_OR_FRAUD("协议期内累计2次及以上被中止协议或查实欺诈骗保的");

    private final String label;

    Condition(String label) {
        this.label = label;
    }

    /** The condition in the regulation's words; empty for ALWAYS. */
    public String label() {
        return label;
    }

    public static Condition of(String code) {
        for (Condition c : values()) {
            if (c.name().equals(code)) {
                return c;
            }
        }
        return null;
    }
}
