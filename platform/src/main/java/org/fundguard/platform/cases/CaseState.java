package org.fundguard.platform.cases;

/**
 * Where a case stands (案件办理环节). The order follows the issue and the usual 医保行政执法 procedure:
 * 立案 → 调查取证 → 告知与陈述申辩 → 法制审核 → 集体讨论 → 处理决定 → 执行 → 结案. Publication (公开) is
 * done on a closed case and is not a state of its own.
 */
public enum CaseState {
    /** 立案. */
    FILED,
    /** 调查取证. */
    INVESTIGATING,
    /** 告知与陈述申辩: the notice is out, the institution may state its case until the deadline. */
    NOTIFIED,
    /** 法制审核: major decisions only (《行政处罚法》第五十八条). */
    LEGAL_REVIEW,
    /** 集体讨论: major decisions only (《行政处罚法》第五十七条第二款). */
    DISCUSSION,
    /** 待决定. */
    DECIDING,
    /** 执行: the decision is made, the money is being recovered. */
    EXECUTING,
    /** 结案. */
    CLOSED
}
