package org.fundguard.platform.reports;

import java.util.EnumSet;
import java.util.Set;

/**
 * The handling state of a report (令第5号): received, then accepted (受理) or not (不予受理), transferred to the
 * department competent for it (移送), or merged into an earlier report of the same facts; an accepted report is
 * filed (立案) when a case is opened on its clue, and handled (处理完毕) when that case is decided or dropped, or when
 * the filing decision was 不予立案. The case steps move it (ReportCaseFollower); a merged report keeps MERGED and
 * carries its primary's filing and conclusion dates.
 */
enum ReportStatus {
    RECEIVED, ACCEPTED, NOT_ACCEPTED, TRANSFERRED, MERGED, FILED, CONCLUDED;

    boolean canMoveTo(ReportStatus target) {
        Set<ReportStatus> next = switch (this) {
            case RECEIVED -> EnumSet.of(ACCEPTED, NOT_ACCEPTED, TRANSFERRED, MERGED);
            case ACCEPTED -> EnumSet.of(TRANSFERRED, MERGED, FILED, CONCLUDED);
            case FILED -> EnumSet.of(CONCLUDED);
            case NOT_ACCEPTED, TRANSFERRED, MERGED, CONCLUDED -> EnumSet.noneOf(ReportStatus.class);
        };
        return next.contains(target);
    }
}
