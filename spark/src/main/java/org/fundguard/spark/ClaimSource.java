package org.fundguard.spark;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.fundguard.core.SanctionStatus;
import org.fundguard.engine.Region;

/** Where the job's input comes from: the region's reference tables and its claims. */
public interface ClaimSource {
    /** The reference side, held by the driver and broadcast to every executor. */
    Region region();

    /** Every visit with its fee lines and settlements, distributed, each claim encoded by {@link ClaimCodec}. */
    Dataset<byte[]> claims();

    /** Fee lines read, for throughput figures; may run a job of its own. */
    long feeLines();

    /** The optional sanction_status table (docs/enforcement.md): suspensions in force; none by default. */
    default List<SanctionStatus> sanctionStatus() {
        return List.of();
    }
}
