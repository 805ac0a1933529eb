package org.fundguard.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import org.fundguard.platform.clues.ClueException;
import org.fundguard.platform.runs.RunException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** A missing clue or run shows a plain page saying so. */
@ControllerAdvice(annotations = Controller.class)
class PageErrors {

    @ExceptionHandler({ClueException.class, RunException.class})
    String notFound(RuntimeException e, Model model, HttpServletResponse response) {
        response.setStatus(e instanceof ClueException c && c.kind() != ClueException.Kind.NOT_FOUND ? 400 : 404);
        model.addAttribute("problem", e.getMessage());
        return "problem";
    }
}
