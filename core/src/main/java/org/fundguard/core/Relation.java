package org.fundguard.core;

/** item_rules.relation. */
public enum Relation implements Coded {
    BUNDLED("BUNDLED", "分解收费(组成项目)"),
    EXCLUSIVE("EXCLUSIVE", "互斥(重复收费)");

    private final String code;
    private final String label;

    Relation(String code, String label) {
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

    public static Relation of(String code) {
        return Coded.byCode(Relation.class, code);
    }
}
