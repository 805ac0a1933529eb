package org.fundguard.governance.credit;

import java.util.Objects;

public record Sanction(Subject subject, int year, SanctionKind kind, String caseId) {
    public Sanction {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(kind, "kind");
    }
}
