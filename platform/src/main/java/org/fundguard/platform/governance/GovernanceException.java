package org.fundguard.platform.governance;

/** A governance request refused with a reason the user can act on (shown on the page, never a stack trace). */
public class GovernanceException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public enum Kind { NOT_FOUND, INVALID, UNAVAILABLE }

    private final Kind kind;

    public GovernanceException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public static GovernanceException notFound(String message) {
        return new GovernanceException(Kind.NOT_FOUND, message);
    }

    public static GovernanceException invalid(String message) {
        return new GovernanceException(Kind.INVALID, message);
    }

    public Kind kind() {
        return kind;
    }

    public int httpStatus() {
        return switch (kind) {
            case NOT_FOUND -> 404;
            case INVALID -> 400;
            case UNAVAILABLE -> 503;
        };
    }
}
