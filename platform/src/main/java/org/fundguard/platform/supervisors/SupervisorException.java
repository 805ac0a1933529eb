package org.fundguard.platform.supervisors;

/** A refused registry or report action, with the reason for the person. */
class SupervisorException extends RuntimeException {
    private final boolean notFound;

    SupervisorException(String message) {
        this(message, false);
    }

    SupervisorException(String message, boolean notFound) {
        super(message);
        this.notFound = notFound;
    }

    boolean notFound() {
        return notFound;
    }
}
