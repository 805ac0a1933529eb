package org.fundguard.platform.runs;

import java.time.OffsetDateTime;

/** One data run as pages and the API show it. */
public record DataRun(long id, String dataset, int version, String sourcePath, String mode, String status, int progress,
        String message, String engine, int leadCount, String createdBy, OffsetDateTime createdAt,
        OffsetDateTime finishedAt) {

    public boolean finished() {
        return "DONE".equals(status) || "FAILED".equals(status);
    }
}
