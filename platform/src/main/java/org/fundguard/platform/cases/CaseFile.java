package org.fundguard.platform.cases;

import java.time.OffsetDateTime;
import org.fundguard.core.Money;

/** A case (案件) as the cases table holds it. */
public record CaseFile(long id, String caseNo, String clueId, CaseSource source, String sourceRef, CaseState status,
        String title, String institutionCode, long amountFen, boolean major, String leadInvestigator, String openedBy,
        OffsetDateTime openedAt, OffsetDateTime closedAt) {

    public String amount() {
        return Money.format(amountFen);
    }
}
