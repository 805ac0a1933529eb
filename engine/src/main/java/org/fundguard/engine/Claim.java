package org.fundguard.engine;

import java.io.Serializable;
import java.util.List;
import org.fundguard.core.FeeDetail;
import org.fundguard.core.Settlement;
import org.fundguard.core.Visit;

/**
 * One visit with its fee lines and settlements: the unit that detection groups by person,
 * institution, terminal, practitioner... Lines are in charge-time order, then by line id.
 */
public record Claim(Visit visit, List<FeeDetail> lines, List<Settlement> settlements) implements Serializable {
    public Claim {
        lines = List.copyOf(lines);
        settlements = List.copyOf(settlements);
    }
}
