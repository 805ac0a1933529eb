package org.fundguard.platform.supervisors;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The registry for the agency, and a supervisor's own reports with what became of them. */
@RestController
class SupervisorsApi {
    private final SupervisorRegistry registry;

    SupervisorsApi(SupervisorRegistry registry) {
        this.registry = registry;
    }

    /** As the API shows a supervisor: masked, never the name or phone in clear. */
    record Entry(long id, String name, String phone, Recruitment recruitment, String nominatedBy, String certificateNo,
            java.time.LocalDate termFrom, java.time.LocalDate termTo) {
        static Entry of(Supervisor s) {
            return new Entry(s.id(), s.nameMasked(), s.phoneMasked(), s.recruitment(), s.nominatedBy(), s.certificateNo(),
                    s.termFrom(), s.termTo());
        }
    }

    @GetMapping("/api/v1/supervisors")
    List<Entry> all() {
        return registry.all().stream().map(Entry::of).toList();
    }

    @GetMapping("/api/v1/supervisors/{id}/assignments")
    List<SupervisorRegistry.Assignment> assignments(@PathVariable long id) {
        registry.get(id);
        return registry.assignments(id);
    }

    @GetMapping("/api/v1/supervisor/reports")
    List<SupervisorRegistry.Feedback> ownReports(Authentication auth) {
        Supervisor s = registry.ofLogin(auth.getName()).orElseThrow(() -> new AccessDeniedException(
                auth.getName() + " is not in the supervisors' registry"));
        return registry.feedback(s.id());
    }

    @ExceptionHandler(SupervisorException.class)
    ProblemDetail refused(SupervisorException e) {
        return ProblemDetail.forStatusAndDetail(e.notFound() ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST, e.getMessage());
    }
}
