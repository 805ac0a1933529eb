package org.fundguard.platform.institutions;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** A missing report or notice, or a refused action outside a form, is a plain page saying so. */
@ControllerAdvice(basePackageClasses = InstitutionPageErrors.class)
class InstitutionPageErrors {

    @ExceptionHandler(InstitutionException.class)
    String refused(InstitutionException e, Model model, HttpServletResponse response) {
        response.setStatus(switch (e.kind()) {
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case INVALID -> 400;
        });
        model.addAttribute("problem", e.getMessage());
        return "problem";
    }
}
