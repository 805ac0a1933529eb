package org.fundguard.platform.governance.statistics;

import java.time.LocalDate;

/** Stands in until case decisions are recorded in the platform: every row 0, flagged as not yet available. */
final class PendingEnforcementFigures implements EnforcementFigures {

    @Override
    public String source() {
        return "执法处理数据待案件处理模块接入，暂计为 0 (case decisions not yet recorded in the platform)";
    }

    @Override
    public boolean available() {
        return false;
    }

    @Override
    public Enforcement between(LocalDate from, LocalDate toExclusive) {
        return Enforcement.NONE;
    }
}
