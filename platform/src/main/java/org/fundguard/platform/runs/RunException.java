package org.fundguard.platform.runs;

/** A data run that cannot be registered as asked; the message says why. */
public final class RunException extends RuntimeException {
    RunException(String message) {
        super(message);
    }
}
