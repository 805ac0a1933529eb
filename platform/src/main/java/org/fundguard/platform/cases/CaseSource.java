package org.fundguard.platform.cases;

/** Where a case comes from: a verified clue of the inbox, a report (举报), or a flight inspection (飞行检查). */
public enum CaseSource {
    CLUE, REPORT, FLIGHT_INSPECTION
}
