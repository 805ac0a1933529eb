package org.fundguard.engine.rules;

import java.time.LocalDateTime;

/**
 * One settled sale (or refund) of a drug box identified by its traceability code (药品追溯码): what a
 * {@link HistoryStore} keeps so that a real-time audit can tell whether a box was sold before.
 */
public record TraceEvent(String traceCode, String feedetlSn, String mdtrtId, String psnNo, String institutionCode,
        LocalDateTime time, boolean refund) {
}
