package org.fundguard.platform.runs;

import org.fundguard.platform.web.Refusal;
import org.springframework.http.HttpStatus;

/** A data run that cannot be registered as asked; the message says why. */
public final class RunException extends Refusal {
    RunException(String message) {
        super(message);
    }

    @Override
    public HttpStatus apiStatus() {
        return HttpStatus.BAD_REQUEST;
    }

    /** A page asking for a run that cannot be had is a missing page. */
    @Override
    public HttpStatus pageStatus() {
        return HttpStatus.NOT_FOUND;
    }
}
