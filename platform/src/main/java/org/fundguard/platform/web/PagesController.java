package org.fundguard.platform.web;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** Login, the landing redirect by role, and the refusal page. */
@Controller
class PagesController {

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/")
    String home(Authentication auth) {
        CurrentUser me = CurrentUser.of(auth);
        if (me == null) {
            return "redirect:/login";
        }
        return switch (me.role()) {
            case INTAKE -> "redirect:/leads";
            case INVESTIGATOR -> "redirect:/leads?assignee=" + me.username();
            case ANALYST, DIRECTOR, LEGAL -> "redirect:/dashboard";
            case ADMIN -> "redirect:/admin/auditlog";
            // the reports officer's work starts at the report register; institutions and supervisors at their portals
            case PRIVACY -> "redirect:/reports/register";
            case INSTITUTION -> "redirect:/institution";
            case SUPERVISOR -> "redirect:/supervisor";
        };
    }

    /** Any method: an access-denied forward keeps the refused request's method. */
    @RequestMapping("/error/403")
    String forbidden(jakarta.servlet.http.HttpServletResponse response) {
        response.setStatus(403);
        return "forbidden";
    }
}
