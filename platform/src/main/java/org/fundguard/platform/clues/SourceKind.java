package org.fundguard.platform.clues;

/**
 * Where a clue came from (线索来源). Screening gives MODEL and RULE clues; the others are entered by
 * hand: citizen reports (举报), flight inspections (飞行检查), referrals from above (上级交办), media;
 * social supervisors (社会监督员) file theirs in their own portal (supervisors feature).
 */
public enum SourceKind {
    MODEL, RULE, REPORT, FLIGHT_INSPECTION, REFERRAL, MEDIA, SUPERVISOR;

    static SourceKind ofLeadSource(String source) {
        if (source != null && source.startsWith("MODEL:")) {
            return MODEL;
        }
        return RULE;
    }

    public boolean manual() {
        return this != MODEL && this != RULE;
    }
}
