package org.fundguard.core;

/** agreement_status: 医保协议状态. */
public enum AgreementStatus implements Coded {
    ACTIVE("ACTIVE", "正常"),
    SUSPENDED("SUSPENDED", "暂停"),
    TERMINATED("TERMINATED", "解除");

    private final String code;
    private final String label;

    AgreementStatus(String code, String label) {
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

    public static AgreementStatus of(String code) {
        return Coded.byCode(AgreementStatus.class, code);
    }
}
