package org.fundguard.core;

/** psn_type: 人员类别. */
public enum PersonType implements Coded {
    EMPLOYED("EMPLOYED", "在职"),
    RETIRED("RETIRED", "退休"),
    RESIDENT("RESIDENT", "城乡居民"),
    STUDENT("STUDENT", "学生"),
    CHILD("CHILD", "儿童");

    private final String code;
    private final String label;

    PersonType(String code, String label) {
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

    public static PersonType of(String code) {
        return Coded.byCode(PersonType.class, code);
    }
}
