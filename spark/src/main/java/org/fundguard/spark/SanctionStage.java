package org.fundguard.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.fundguard.core.FeeDetail;
import org.fundguard.core.SanctionStatus;
import org.fundguard.core.Settlement;
import org.fundguard.core.Visit;
import org.fundguard.engine.Claim;
import org.fundguard.engine.Finding;
import org.fundguard.engine.Region;
import org.fundguard.engine.rules.PersonClaims;
import org.fundguard.engine.rules.SanctionStatusCheck;

/**
 * The sanction_status check (docs/enforcement.md) as a stage: one claim at a time, keyed by its visit, so
 * it needs no shuffle of its own beyond the job's. Present only when the data set has the table.
 */
final class SanctionStage implements Stage {
    private final List<SanctionStatus> statuses;
    private transient SanctionStatusCheck check;

    SanctionStage(List<SanctionStatus> statuses) {
        this.statuses = List.copyOf(statuses);
    }

    @Override
    public String name() {
        return "SANCTIONS";
    }

    @Override
    public Serializable emptyStatistics() {
        return Boolean.TRUE;
    }

    @Override
    public Serializable accumulate(Serializable statistics, Claim claim, Region region) {
        return statistics;
    }

    @Override
    public Serializable merge(Serializable left, Serializable right) {
        return left;
    }

    @Override
    public List<String> keys(Claim claim, Region region) {
        return List.of(claim.visit().mdtrtId());
    }

    @Override
    public List<Finding> screen(String key, List<Claim> group, Serializable statistics, Region region) {
        if (check == null) {
            check = new SanctionStatusCheck(statuses);
        }
        List<Visit> visits = new ArrayList<>(group.size());
        List<FeeDetail> lines = new ArrayList<>();
        List<Settlement> settlements = new ArrayList<>();
        for (Claim c : group) {
            visits.add(c.visit());
            lines.addAll(c.lines());
            settlements.addAll(c.settlements());
        }
        // the engine's own grouping puts lines in the local order, so evidence lists read the same
        List<Finding> out = new ArrayList<>();
        for (PersonClaims pc : PersonClaims.group(visits, lines, settlements).persons()) {
            for (Claim c : pc.claims()) {
                check.check(c, out::add);
            }
        }
        return out;
    }
}
