package org.fundguard.enforcement.sanctions;

/**
 * The measures of 《医疗保障基金使用监督管理条例》(国务院令第735号) chapter 5 and of the service
 * agreement under 《医疗机构医疗保障定点管理暂行办法》(国家医保局令第2号) / 《零售药店医疗保障定点管理暂行办法》
 * (令第3号). Codes are stable: decisions, statistics and the platform store them.
 */
public enum SanctionKind {
    INTERVIEW("约谈"),
    RECTIFY("责令改正/限期整改"),
    WITHHOLD_PAYMENT("暂停拨付/不予拨付"),
    RETURN_LOSS("责令退回/追回基金"),
    FINE("罚款"),
    LIQUIDATED_DAMAGES("违约金"),
    SUSPEND_DEPARTMENT("暂停/中止相关责任部门涉及基金使用的医药服务"),
    SUSPEND_AGREEMENT("中止医保协议"),
    TERMINATE_AGREEMENT("解除医保协议"),
    SUSPEND_DIRECT_SETTLEMENT("暂停医疗费用联网结算"),
    BAN_PERSON_IN_CHARGE("法定代表人或主要负责人禁止从事定点医药机构管理活动"),
    REVOKE_PRACTICE_LICENCE("由有关主管部门吊销执业资格"),
    REFER_POLICE("移送公安机关"),
    REFER_DISCIPLINE("移送纪检监察机关");

    private final String label;

    SanctionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The kind for its code, or null. */
    public static SanctionKind of(String code) {
        for (SanctionKind k : values()) {
            if (k.name().equals(code)) {
                return k;
            }
        }
        return null;
    }
}
