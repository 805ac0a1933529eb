package org.fundguard.reporting.confidentiality;

/** A sealed identity cannot be opened; the message says why without any part of the identity or key. */
public final class IdentityUnreadableException extends RuntimeException {
    IdentityUnreadableException(String message) {
        super(message);
    }
}
