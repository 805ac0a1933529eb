package org.fundguard.core;

/** mdtrt_cert_type: 就诊凭证类型. */
public enum CertType implements Coded {
    E_VOUCHER("01", "医保电子凭证"),
    ID_CARD("02", "居民身份证"),
    SOCIAL_SECURITY_CARD("03", "社会保障卡");

    private final String code;
    private final String label;

    CertType(String code, String label) {
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

    public static CertType of(String code) {
        return Coded.byCode(CertType.class, code);
    }
}
