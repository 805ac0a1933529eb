package org.fundguard.platform.security;

import org.fundguard.platform.auditlog.AuditLog;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Users (unlock) and API keys (create; a key is shown once). */
@Controller
class AdminController {
    private final UserAccounts accounts;
    private final ApiKeys keys;
    private final AuditLog auditLog;

    AdminController(UserAccounts accounts, ApiKeys keys, AuditLog auditLog) {
        this.accounts = accounts;
        this.keys = keys;
        this.auditLog = auditLog;
    }

    @GetMapping("/admin/users")
    String users(Model model) {
        model.addAttribute("users", accounts.all());
        model.addAttribute("keys", keys.list());
        return "users";
    }

    @PostMapping("/admin/users/unlock")
    String unlock(@RequestParam String username, Authentication auth, RedirectAttributes flash) {
        accounts.unlock(username);
        auditLog.append(auth.getName(), "ACCOUNT_UNLOCKED", "user:" + username, "");
        flash.addFlashAttribute("notice", "saved");
        return "redirect:/admin/users";
    }

    @PostMapping("/admin/keys")
    String createKey(@RequestParam String name, Authentication auth, RedirectAttributes flash) {
        flash.addFlashAttribute("newKey", keys.create(name, auth.getName()));
        return "redirect:/admin/users";
    }
}
