package org.fundguard.engine.rules;

import java.time.LocalDate;
import java.util.List;
import org.fundguard.engine.Claim;

/**
 * The person's history that a real-time audit (事前/事中) checks a visit against, and the sales of drug
 * boxes by traceability code. In memory here; the platform backs it with its database.
 */
public interface HistoryStore {

    /** The person's recorded claims that ended on or after {@code from} (or have not ended), any order. */
    List<Claim> claims(String psnNo, LocalDate from);

    /** Every recorded sale and refund of one traceability code, by anyone. */
    List<TraceEvent> traceEvents(String traceCode);

    /** Records a claim once it has been settled (or its settlement reversed: record the claim again). */
    void record(Claim claim);
}
