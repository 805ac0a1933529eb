package org.fundguard.reporting.confidentiality;

import java.time.Instant;
import java.util.Objects;

/** One look at a reporter's identity: who, which report, when and why. A reason is mandatory. */
public record Reveal(String reportId, String revealedBy, Instant at, String reason) {
    public Reveal {
        Objects.requireNonNull(at, "at");
        if (reportId == null || reportId.isBlank()) {
            throw new IllegalArgumentException("a reveal names its report");
        }
        if (revealedBy == null || revealedBy.isBlank()) {
            throw new IllegalArgumentException("a reveal names the user who reveals");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a reveal needs a reason (查看举报人身份须说明理由)");
        }
        reason = reason.strip();
    }
}
