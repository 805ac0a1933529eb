package org.fundguard.reporting.deadlines;

/** The steps of handling a report that start or end a deadline (举报处理暂行办法). */
public enum HandlingEvent {
    RECEIVED("收到举报"),
    ACCEPTANCE_DECIDED("作出是否受理决定"),
    TRANSFERRED("移送有处理权限的部门"),
    FILING_DECIDED("作出是否立案决定"),
    REPORTER_NOTIFIED("告知举报人");

    private final String label;

    HandlingEvent(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
