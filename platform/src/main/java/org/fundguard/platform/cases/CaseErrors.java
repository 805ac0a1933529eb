package org.fundguard.platform.cases;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.Locale;
import org.fundguard.platform.web.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.HandlerMethod;

/**
 * Refusals of the case pages and API: a page saying why (403 for a duty that is not the user's, 404 for a
 * missing case, 409 for a step the case's state does not allow, 400 for a form missing what it needs), or an
 * RFC 9457 problem with the same words and the message code.
 */
@ControllerAdvice(assignableTypes = {CasePages.class, CaseApi.class})
class CaseErrors {
    private final CaseMessages messages;

    CaseErrors(CaseMessages messages) {
        this.messages = messages;
    }

    static HttpStatus status(CaseRefusal r) {
        return switch (r.kind()) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case CONFLICT -> HttpStatus.CONFLICT;
            case INVALID -> HttpStatus.BAD_REQUEST;
        };
    }

    @ExceptionHandler(CaseRefusal.class)
    Object refused(CaseRefusal r, Locale locale, Model model, HttpServletResponse response, HandlerMethod handler, Principal who) {
        return answer(status(r), messages.text(r, locale), r.code(), model, response, handler, who);
    }

    /** A missing PDF font and the like: the message says what to install; never a stack trace. */
    @ExceptionHandler(IllegalStateException.class)
    Object unavailable(IllegalStateException e, Model model, HttpServletResponse response, HandlerMethod handler, Principal who) {
        return answer(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage(), "cases.unavailable", model, response, handler, who);
    }

    private static Object answer(HttpStatus status, String text, String code, Model model, HttpServletResponse response,
            HandlerMethod handler, Principal who) {
        if (handler.getBeanType() == CaseApi.class) {
            ProblemDetail p = ProblemDetail.forStatusAndDetail(status, text);
            p.setProperty("code", code);
            return ResponseEntity.status(status).body(p);
        }
        response.setStatus(status.value());
        model.addAttribute("me", who instanceof Authentication a ? CurrentUser.of(a) : null);
        model.addAttribute("status", status.value());
        model.addAttribute("problem", text);
        return "cases/refused";
    }
}
