package org.fundguard.enforcement.points;

/** A practitioner's payment qualification (医保支付资格). */
public enum QualificationStatus {
    QUALIFIED("正常"),
    SUSPENDED("暂停"),
    TERMINATED("终止");

    private final String label;

    QualificationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
