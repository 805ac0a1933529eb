package org.fundguard.governance.credit;

/** Credit grades, best first. A lower grade means more scrutiny: a higher draw ratio. */
public enum CreditGrade {
    A, B, C, D;

    /** The grade for a code, or null when it is not one. */
    public static CreditGrade of(String code) {
        for (CreditGrade g : values()) {
            if (g.name().equals(code)) {
                return g;
            }
        }
        return null;
    }
}
