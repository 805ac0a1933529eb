package org.fundguard.platform.evidence;

import org.fundguard.platform.web.Refusal;
import org.springframework.http.HttpStatus;

/** Bad input met while importing: the message names the file, line, field and reason. */
public final class EvidenceException extends Refusal {
    public EvidenceException(String message) {
        super(message);
    }

    @Override
    public HttpStatus apiStatus() {
        return HttpStatus.BAD_REQUEST;
    }

    @Override
    public HttpStatus pageStatus() {
        return HttpStatus.BAD_REQUEST;
    }
}
