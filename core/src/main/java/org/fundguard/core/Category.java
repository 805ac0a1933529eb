package org.fundguard.core;

/**
 * The fraud and abuse categories of shared/spec/scenarios.md. Leads, labels, rules, models, reports
 * and cases all carry these codes, so a lead, a report and a case about one behaviour can be joined.
 * {@link #unit()} is the subject a lead must name for it to count as found.
 */
public enum Category {
    FAKE_ADMISSION("虚假住院/冒名住院", SubjectType.VISIT),
    UNNECESSARY_ADMISSION("诱导住院/低标准入院", SubjectType.VISIT),
    BED_HANGING("挂床住院", SubjectType.VISIT),
    SPLIT_ADMISSION("分解住院", SubjectType.VISIT),
    DUPLICATE_CHARGE("重复收费", SubjectType.FEE_DETAIL),
    UNBUNDLING("分解收费", SubjectType.FEE_DETAIL),
    OVER_PRICE("超标准收费", SubjectType.FEE_DETAIL),
    OVER_QUANTITY("超量开药", SubjectType.FEE_DETAIL),
    RESTRICTION_BREACH("超医保支付范围", SubjectType.FEE_DETAIL),
    DECEASED_CLAIM("死亡人员就医", SubjectType.VISIT),
    IDENTITY_MISUSE("冒名就医/冒名购药", SubjectType.VISIT),
    CARD_HARVEST("聚敛医保卡/空刷套刷", SubjectType.VISIT),
    EVOUCHER_CASHOUT("医保电子凭证套现", SubjectType.VISIT),
    DRUG_RESALE("药品倒卖", SubjectType.PERSON),
    TRACE_CODE_REUSE("回流药(追溯码重复)", SubjectType.FEE_DETAIL),
    ITEM_SWAP("串换药品耗材项目", SubjectType.INSTITUTION),
    EXCESSIVE_SERVICE("过度诊疗/过度检查", SubjectType.INSTITUTION),
    DRUG_SPEND_SURGE("重点药品耗材异常增长", SubjectType.INSTITUTION),
    CAPACITY_EXCEEDED("超诊疗能力收费", SubjectType.INSTITUTION),
    UNQUALIFIED_PRACTITIONER("无资质人员/冒用医师名义", SubjectType.VISIT),
    PHARMACIST_ABSENT("执业药师挂证", SubjectType.INSTITUTION),
    DOUBLE_REIMBURSEMENT("重复报销", SubjectType.SETTLEMENT),
    COLLUSION_RING("团伙骗保/黑中介", SubjectType.PERSON);

    private final String label;
    private final SubjectType unit;

    Category(String label, SubjectType unit) {
        this.label = label;
        this.unit = unit;
    }

    public String label() {
        return label;
    }

    public SubjectType unit() {
        return unit;
    }

    /** The category for a code, or null when the code is not one of scenarios.md's. */
    public static Category of(String code) {
        for (Category c : values()) {
            if (c.name().equals(code)) {
                return c;
            }
        }
        return null;
    }
}
