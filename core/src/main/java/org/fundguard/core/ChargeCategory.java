package org.fundguard.core;

/** med_chrgitm_type: 收费项目类别. */
public enum ChargeCategory implements Coded {
    BED("01", "床位费"),
    CONSULTATION("02", "诊察费"),
    EXAMINATION("03", "检查费"),
    LAB_TEST("04", "化验费"),
    TREATMENT("05", "治疗费"),
    SURGERY("06", "手术费"),
    NURSING("07", "护理费"),
    CONSUMABLE("08", "卫生材料费"),
    WESTERN_DRUG("09", "西药费"),
    HERBAL_PIECES("10", "中药饮片费"),
    PATENT_MEDICINE("11", "中成药费"),
    OTHER("14", "其他费");

    private final String code;
    private final String label;

    ChargeCategory(String code, String label) {
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

    public static ChargeCategory of(String code) {
        return Coded.byCode(ChargeCategory.class, code);
    }
}
