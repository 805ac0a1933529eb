package org.fundguard.core;

/** hosp_lv: 医院等级. Lower code = higher level. */
public enum HospitalLevel implements Coded {
    LEVEL_3("1", "三级"),
    LEVEL_2("2", "二级"),
    LEVEL_1("3", "一级"),
    UNRATED("9", "未定级");

    private final String code;
    private final String label;

    HospitalLevel(String code, String label) {
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

    public static HospitalLevel of(String code) {
        return Coded.byCode(HospitalLevel.class, code);
    }
}
