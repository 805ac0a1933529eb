package org.fundguard.core;

/** list_type: 目录类别. */
public enum ListType implements Coded {
    WESTERN_DRUG("101", "西药中成药"),
    HERBAL_PIECES("102", "中药饮片"),
    SERVICE_ITEM("201", "医疗服务项目"),
    CONSUMABLE("301", "医用耗材");

    private final String code;
    private final String label;

    ListType(String code, String label) {
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

    public static ListType of(String code) {
        return Coded.byCode(ListType.class, code);
    }
}
