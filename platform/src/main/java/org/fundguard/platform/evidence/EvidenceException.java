package org.fundguard.platform.evidence;

/** Bad input met while importing: the message names the file, line, field and reason. */
public final class EvidenceException extends RuntimeException {
    public EvidenceException(String message) {
        super(message);
    }
}
