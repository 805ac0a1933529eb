package org.fundguard.platform.security;

/**
 * The duties of a supervision agency (医保基金监管) that the platform separates: who takes clues in,
 * who screens, who checks on site, who reviews legality, who decides, who runs the system. The
 * administrator sees no clue: running the system is not supervising it.
 */
public enum Role {
    /** 受理员: registers reports, flight-inspection findings, referrals and media clues. */
    INTAKE,
    /** 分析员: runs screening, triages and merges clues, reads the precision of rules and models. */
    ANALYST,
    /** 稽查员: verifies assigned clues one by one. */
    INVESTIGATOR,
    /** 法制审核员: reviews clues and cases for legality. */
    LEGAL,
    /** 负责人: assigns, decides to open a case, reads the dashboard. */
    DIRECTOR,
    /** 管理员: users, API keys, the audit log. */
    ADMIN,
    /**
     * 举报保密员: the only duty that may reveal a reporter's identity, one report at a time, with a reason
     * that is logged (国家医保局令第5号《医疗保障基金使用监督管理举报处理暂行办法》: 举报人信息保密).
     */
    PRIVACY,
    /** 定点医药机构: an institution's own staff; sees its own data only (self-inspection, notices, statements). */
    INSTITUTION,
    /** 社会监督员: a citizen supervisor appointed by the agency; files reports and sees what they led to. */
    SUPERVISOR;

    public String authority() {
        return "ROLE_" + name();
    }
}
