package org.fundguard.platform.supervisors;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.fundguard.core.Category;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The registry (/supervisors, director and intake) and the supervisor's own portal (/supervisor). */
@Controller
class SupervisorsController {
    private final SupervisorRegistry registry;
    private final Clock clock;

    SupervisorsController(SupervisorRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    @GetMapping("/supervisors")
    String registry(Model model) {
        List<Supervisor> all = registry.all();
        model.addAttribute("supervisors", all);
        model.addAttribute("reportCounts", all.stream().collect(java.util.stream.Collectors.toMap(Supervisor::id,
                s -> registry.reportCount(s.id()))));
        model.addAttribute("recruitments", Recruitment.values());
        model.addAttribute("today", LocalDate.now(clock));
        return "supervisors/registry";
    }

    @PostMapping("/supervisors")
    String register(@RequestParam(required = false) String name, @RequestParam(required = false) String phone,
            @RequestParam(required = false) Recruitment recruitment, @RequestParam(required = false) String nominatedBy,
            @RequestParam(required = false) String certificateNo,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate termFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate termTo,
            @RequestParam(required = false) String username, Authentication auth, RedirectAttributes flash) {
        try {
            long id = registry.register(new SupervisorRegistry.Registration(name, phone, recruitment, nominatedBy,
                    certificateNo, termFrom, termTo, username), auth.getName());
            flash.addFlashAttribute("notice", "saved");
            return "redirect:/supervisors/" + id;
        } catch (SupervisorException e) {
            flash.addFlashAttribute("problem", e.getMessage());
            return "redirect:/supervisors";
        }
    }

    @GetMapping("/supervisors/{id}")
    String supervisor(@PathVariable long id, Model model) {
        Supervisor s = registry.get(id);
        model.addAttribute("supervisor", s);
        model.addAttribute("trainings", registry.trainings(id));
        model.addAttribute("assignments", registry.assignments(id));
        model.addAttribute("reports", registry.feedback(id));
        model.addAttribute("kinds", SupervisorRegistry.AssignmentKind.values());
        return "supervisors/supervisor";
    }

    @PostMapping("/supervisors/{id}/trainings")
    String train(@PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
            @RequestParam(required = false) String topic, @RequestParam(required = false) BigDecimal hours,
            Authentication auth, RedirectAttributes flash) {
        try {
            registry.addTraining(id, heldOn, topic, hours, auth.getName());
            flash.addFlashAttribute("notice", "saved");
        } catch (SupervisorException e) {
            flash.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/supervisors/" + id;
    }

    @PostMapping("/supervisors/{id}/assignments")
    String assign(@PathVariable long id, @RequestParam(required = false) SupervisorRegistry.AssignmentKind kind,
            @RequestParam(required = false) String institution,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String note, Authentication auth, RedirectAttributes flash) {
        try {
            registry.assign(id, kind, institution, from, to, note, auth.getName());
            flash.addFlashAttribute("notice", "saved");
        } catch (SupervisorException e) {
            flash.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/supervisors/" + id;
    }

    @GetMapping("/supervisor")
    String portal(Authentication auth, Model model) {
        Supervisor s = own(auth);
        model.addAttribute("supervisor", s);
        model.addAttribute("serving", s.servingOn(LocalDate.now(clock)));
        model.addAttribute("trainings", registry.trainings(s.id()));
        model.addAttribute("assignments", registry.assignments(s.id()));
        model.addAttribute("reports", registry.feedback(s.id()));
        model.addAttribute("categories", Arrays.asList(Category.values()));
        return "supervisors/portal";
    }

    @PostMapping("/supervisor/reports")
    String file(@RequestParam(required = false) String category, @RequestParam(required = false) String institution,
            @RequestParam(required = false) Long assignment, @RequestParam(required = false) BigDecimal amount,
            @RequestParam(required = false) String description,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate occurredOn,
            Authentication auth, RedirectAttributes flash) {
        try {
            String clueId = registry.file(auth.getName(), category, institution, assignment, amount, description,
                    occurredOn, LocalDate.now(clock));
            flash.addFlashAttribute("filed", clueId);
        } catch (SupervisorException e) {
            flash.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/supervisor";
    }

    private Supervisor own(Authentication auth) {
        return registry.ofLogin(auth.getName()).orElseThrow(() -> new AccessDeniedException(
                auth.getName() + " is not in the supervisors' registry"));
    }

    @ExceptionHandler(SupervisorException.class)
    String refused(SupervisorException e, Model model, HttpServletResponse response) {
        response.setStatus(e.notFound() ? 404 : 400);
        model.addAttribute("problem", e.getMessage());
        return "problem";
    }
}
