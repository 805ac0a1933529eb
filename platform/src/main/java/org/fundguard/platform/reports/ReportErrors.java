package org.fundguard.platform.reports;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A refused report action as a page, with the reason and never a stack trace. */
@ControllerAdvice(assignableTypes = {ReportRegisterController.class, PublicReportController.class})
class ReportErrors {
    private final ReportMessages messages;

    ReportErrors(ReportMessages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(ReportProblem.class)
    String page(ReportProblem p, Model model, HttpServletResponse response, Locale locale) {
        response.setStatus(p.httpStatus());
        model.addAttribute("problem", messages.text(p, locale));
        return "problem";
    }

    /** The same for the API: an RFC 9457 problem naming each refused field. */
    @RestControllerAdvice(assignableTypes = ReportApi.class)
    static class Api {
        private final ReportMessages messages;

        Api(ReportMessages messages) {
            this.messages = messages;
        }

        @ExceptionHandler(ReportProblem.class)
        ProblemDetail api(ReportProblem p, Locale locale) {
            ProblemDetail d = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(p.httpStatus()), messages.text(p, locale));
            d.setProperty("fields", messages.byField(p, locale));
            return d;
        }
    }
}
