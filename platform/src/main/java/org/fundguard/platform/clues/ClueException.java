package org.fundguard.platform.clues;

import org.fundguard.platform.web.Refusal;
import org.springframework.http.HttpStatus;

/** An action on a clue that its state or the actor's duty does not allow; the message says why. */
public final class ClueException extends Refusal {
    public enum Kind { NOT_FOUND, CONFLICT, INVALID }

    private final Kind kind;

    ClueException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    @Override
    public HttpStatus apiStatus() {
        return switch (kind) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case INVALID -> HttpStatus.BAD_REQUEST;
        };
    }

    @Override
    public HttpStatus pageStatus() {
        return kind == Kind.NOT_FOUND ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST;
    }
}
