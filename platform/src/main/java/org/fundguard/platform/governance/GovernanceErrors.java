package org.fundguard.platform.governance;

import jakarta.servlet.http.HttpServletResponse;
import org.fundguard.governance.files.InputFileException;
import org.fundguard.governance.inspections.AvoidanceException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Refusals of the governance feature: a page with the reason, or a problem document for the API. */
final class GovernanceErrors {
    private GovernanceErrors() {
    }

    static int status(RuntimeException e) {
        if (e instanceof GovernanceException g) {
            return g.httpStatus();
        }
        // a bad directory file or a draw that cannot be staffed: the input must be fixed
        return 400;
    }

    @ControllerAdvice(assignableTypes = GovernancePages.class)
    static class Pages {
        @ExceptionHandler({GovernanceException.class, InputFileException.class, AvoidanceException.class})
        String refused(RuntimeException e, Model model, HttpServletResponse response) {
            response.setStatus(status(e));
            model.addAttribute("problem", e.getMessage());
            return "problem";
        }
    }

    @RestControllerAdvice(assignableTypes = GovernanceApi.class)
    static class Api {
        @ExceptionHandler({GovernanceException.class, InputFileException.class, AvoidanceException.class})
        @ResponseBody
        ProblemDetail refused(RuntimeException e) {
            return ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status(e)), e.getMessage());
        }
    }
}
