package org.fundguard.platform.governance.draws;

import java.time.OffsetDateTime;
import java.util.List;
import org.fundguard.governance.inspections.Draw;
import org.fundguard.governance.inspections.Inspector;

/** A stored draw as the pages show it: what was drawn, by whom, and what each inspection found. */
public record DrawRecord(long id, String title, int year, String seed, String snapshotSha256, int inspectorsPerTarget,
        String status, String createdBy, OffsetDateTime createdAt, String publishedBy, OffsetDateTime publishedAt,
        List<Draw.Stratum> strata, List<Target> targets) {

    public boolean published() {
        return "PUBLISHED".equals(status);
    }

    /** A drawn target with its team and, once recorded, the outcome of the inspection (一公开). */
    public record Target(String code, String name, String grade, String region, List<Inspector> inspectors,
            String outcome, String outcomeDetail) {
    }

    public int drawnCount() {
        return targets.size();
    }
}
