package org.fundguard.platform.institutions;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.fundguard.core.Money;

/** One self-inspection (自查) of an institution over a period, as pages and the API show it. */
public record SelfInspection(long id, String institutionCode, String institutionName, LocalDate periodFrom, LocalDate periodTo,
        long runId,
        // a directory on the agency's server: not the institution's business
        @com.fasterxml.jackson.annotation.JsonIgnore String sourcePath, String engine, int visits, String status, int hitCount, long amountFen, long returnedFen,
        String summary, String createdBy, OffsetDateTime createdAt, String submittedBy, OffsetDateTime submittedAt) {

    public boolean submitted() {
        return "SUBMITTED".equals(status);
    }

    public String amount() {
        return Money.format(amountFen);
    }

    public String returned() {
        return Money.format(returnedFen);
    }
}
