package org.fundguard.platform.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.fundguard.core.Money;

/**
 * One report as stored. The identity is only ever the sealed text; {@link #toString()} names the report and
 * its state, never the password hash or the sealed identity.
 */
record Report(
        String id,
        long seq,
        String queryCode,
        String passwordHash,
        String actor,
        List<String> behaviours,
        String categories,
        String subject,
        String institutionCode,
        String institutionName,
        String description,
        LocalDate occurredFrom,
        LocalDate occurredTo,
        Long amountFen,
        boolean anonymous,
        boolean insider,
        boolean wantsReward,
        String identitySealed,
        String identityKey,
        ReportStatus status,
        String statusReason,
        String transferredTo,
        String mergedInto,
        String category,
        String clueId,
        Instant receivedAt,
        LocalDate receivedOn,
        LocalDate acceptanceOn,
        LocalDate transferredOn,
        LocalDate filingOn,
        String filingDecision,
        LocalDate notifiedOn,
        Long verifiedFen,
        String caseNo,
        LocalDate concludedOn,
        String conclusion) {

    private static final java.time.format.DateTimeFormatter SHOWN = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm").withZone(ReportsConfiguration.ZONE);

    public static String shown(Instant at) {
        return at == null ? "" : SHOWN.format(at);
    }

    public String receivedAtText() {
        return shown(receivedAt);
    }

    public boolean named() {
        return !anonymous;
    }

    public String amount() {
        return amountFen == null ? "" : Money.format(amountFen);
    }

    public List<String> categoryCodes() {
        return categories == null || categories.isEmpty() ? List.of() : List.of(categories.split(","));
    }

    /** The report whose clue carries the outcome: the one it was merged into, else itself. */
    public String primaryId() {
        return mergedInto != null ? mergedInto : id;
    }

    @Override
    public String toString() {
        return "Report[" + id + ", " + status + (anonymous ? ", anonymous" : ", named") + "]";
    }
}
