package org.fundguard.platform.realtime;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import tools.jackson.core.JacksonException;

/** Refusals of the real-time endpoints as problem documents naming the field or the missing piece. */
@RestControllerAdvice(basePackageClasses = RealtimeErrors.class)
class RealtimeErrors {

    @ExceptionHandler(VisitMapping.BadVisit.class)
    ProblemDetail bad(VisitMapping.BadVisit e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(JacksonException.class)
    ProblemDetail notJson(JacksonException e) {
        var at = e.getLocation();
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, at == null ? "body: not valid JSON"
                : "body: not valid JSON at line " + at.getLineNr() + ", column " + at.getColumnNr());
    }

    @ExceptionHandler(RealtimeAudit.UnknownPerson.class)
    ProblemDetail unknown(RealtimeAudit.UnknownPerson e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
    }

    @ExceptionHandler(RealtimeAudit.NotReady.class)
    ProblemDetail notReady(RealtimeAudit.NotReady e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
    }
}
