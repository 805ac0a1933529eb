package org.fundguard.platform.reports;

import java.util.EnumSet;
import java.util.Set;

/**
 * The handling state of a report (令第5号): received, then accepted (受理) or not (不予受理), transferred to the
 * department competent for it (移送), or merged into an earlier report of the same facts. What happens after
 * acceptance lives in the linked clue and case.
 */
enum ReportStatus {
    RECEIVED, ACCEPTED, NOT_ACCEPTED, TRANSFERRED, MERGED;

    boolean canMoveTo(ReportStatus target) {
        Set<ReportStatus> next = switch (this) {
            case RECEIVED -> EnumSet.of(ACCEPTED, NOT_ACCEPTED, TRANSFERRED, MERGED);
            case ACCEPTED -> EnumSet.of(TRANSFERRED, MERGED);
            case NOT_ACCEPTED, TRANSFERRED, MERGED -> EnumSet.noneOf(ReportStatus.class);
        };
        return next.contains(target);
    }
}
