package org.fundguard.platform.institutions;

/** A refused action of the institution portal or its agency side, with the reason for the person. */
public class InstitutionException extends RuntimeException {
    public enum Kind { NOT_FOUND, INVALID, CONFLICT }

    private final Kind kind;

    public InstitutionException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
