package org.fundguard.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** A refused request (a missing clue or run, a bad import) shows a plain page saying so. */
@ControllerAdvice(annotations = Controller.class)
class PageErrors {

    @ExceptionHandler(Refusal.class)
    String refused(Refusal e, Model model, HttpServletResponse response) {
        response.setStatus(e.pageStatus().value());
        model.addAttribute("problem", e.getMessage());
        return "problem";
    }
}
