package org.fundguard.platform.web;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in user into every page's model (the navigation shows only what the role may open). */
@ControllerAdvice(annotations = Controller.class)
class PageModel {
    @ModelAttribute("me")
    CurrentUser me(Authentication authentication) {
        return CurrentUser.of(authentication);
    }
}
