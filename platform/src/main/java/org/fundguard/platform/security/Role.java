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
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
