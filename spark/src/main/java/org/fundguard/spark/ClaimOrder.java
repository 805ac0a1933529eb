package org.fundguard.spark;

import java.util.Comparator;
import java.util.List;
import org.fundguard.core.FeeDetail;
import org.fundguard.core.Settlement;
import org.fundguard.core.Visit;
import org.fundguard.engine.Claim;

/**
 * The order Claim promises the rules and models: lines by charge time then line id, settlements by
 * settlement time then id. collect_list after a shuffle gives them in no particular order.
 */
final class ClaimOrder {
    private static final Comparator<FeeDetail> LINES = Comparator.comparing(FeeDetail::time)
            .thenComparing(FeeDetail::feedetlSn);
    private static final Comparator<Settlement> SETTLEMENTS = Comparator.comparing(Settlement::time)
            .thenComparing(Settlement::setlId);
    /** The order screen() receives a group in (ScreeningModel): visit begin time, then visit id. */
    static final Comparator<Claim> GROUP = Comparator.<Claim, java.time.LocalDateTime>comparing(c -> c.visit().begin())
            .thenComparing(c -> c.visit().mdtrtId());

    private ClaimOrder() {
    }

    static Claim claim(Visit visit, List<FeeDetail> lines, List<Settlement> settlements) {
        if (lines.size() > 1) {
            lines.sort(LINES);
        }
        if (settlements.size() > 1) {
            settlements.sort(SETTLEMENTS);
        }
        return new Claim(visit, lines, settlements);
    }
}
