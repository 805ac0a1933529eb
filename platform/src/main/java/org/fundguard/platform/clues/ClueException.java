package org.fundguard.platform.clues;

/** An action on a clue that its state or the actor's duty does not allow; the message says why. */
public final class ClueException extends RuntimeException {
    public enum Kind { NOT_FOUND, CONFLICT, INVALID }

    private final Kind kind;

    ClueException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
