package org.fundguard.enforcement.agreement;

/** What a decision does to a service agreement (or one department's part of it). */
public enum AgreementAction {
    /** 中止协议 / 中止科室 / 暂停相关责任部门, for a term. */
    SUSPEND("中止"),
    /** 恢复: ends a suspension before its term (整改到位). */
    RESUME("恢复"),
    /** 解除协议: open-ended. */
    TERMINATE("解除");

    private final String label;

    AgreementAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
