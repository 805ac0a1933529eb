package org.fundguard.governance.credit;

/**
 * Measures taken against a subject, mildest first, as listed in 《医疗保障基金使用监督管理条例》
 * chapter 5 and the 医保基金工作情况统计表 (interviews, suspensions, terminations, penalties, referrals).
 */
public enum SanctionKind {
    INTERVIEW("约谈"),
    WARNING("警告/责令改正"),
    FINE("行政罚款"),
    SUSPENSION("暂停医保结算/支付资格"),
    TERMINATION("解除服务协议/终止支付资格"),
    REFERRAL("移送司法或纪检监察机关");

    private final String label;

    SanctionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static SanctionKind of(String code) {
        for (SanctionKind k : values()) {
            if (k.name().equals(code)) {
                return k;
            }
        }
        return null;
    }
}
