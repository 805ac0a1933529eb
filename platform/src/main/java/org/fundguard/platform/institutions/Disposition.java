package org.fundguard.platform.institutions;

/** How the institution answers a hit of its self-inspection (自查处理). */
public enum Disposition {
    /** 已整改: the practice is corrected; nothing to return (e.g. the charge was never paid out). */
    CORRECTED,
    /** 有异议: the institution holds the hit wrong, with its reason; the agency decides. */
    DISPUTED,
    /** 主动退还: the institution returns the amount it names to the fund. */
    RETURNED
}
