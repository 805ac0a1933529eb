package org.fundguard.reporting.confidentiality;

import java.time.Instant;

/**
 * The one way to read a reporter's identity in clear: the reveal is logged first, so that no identity is
 * ever shown without its entry. Whether the user holds the reveal role is the platform's check, made
 * before calling this.
 */
public final class IdentityReveal {
    private final IdentityCipher cipher;
    private final RevealLog log;

    public IdentityReveal(IdentityCipher cipher, RevealLog log) {
        this.cipher = cipher;
        this.log = log;
    }

    public ReporterIdentity reveal(String reportId, SealedIdentity sealed, String revealedBy, String reason, Instant at) {
        log.record(new Reveal(reportId, revealedBy, at, reason));
        return cipher.open(reportId, sealed);
    }
}
