package org.fundguard.reporting.rewards;

/** Why a report earns no reward; the Chinese text is what the reporter's query page shows. */
public enum Ineligibility {
    NO_CLEAR_TARGET_OR_EVIDENCE("举报无明确的被举报对象或具体违法违规线索、证据"),
    FACTS_ALREADY_KNOWN("举报前医疗保障部门已掌握相关违法违规事实"),
    NOT_VERIFIED("举报事项未经查证属实"),
    NO_FUND_LOSS("未造成医疗保障基金损失，亦未因举报避免基金损失"),
    REWARD_DECLINED("举报人不愿领取奖励"),
    REPORTER_NOT_IDENTIFIABLE("匿名举报人未提供可确认其身份的信息，无法发放奖励"),
    AGENCY_STAFF("举报人为医疗保障部门或经办机构工作人员（或负有监管职责的人员）"),
    OFFENDER_SELF_REPORT("举报人为违法违规行为人本人或直接责任人"),
    NOT_FIRST_REPORTER("同一事实已由他人先行举报（奖励首先举报人）");

    private final String text;

    Ineligibility(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
