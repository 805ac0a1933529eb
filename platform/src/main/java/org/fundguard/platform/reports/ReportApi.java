package org.fundguard.platform.reports;

import java.time.LocalDate;
import java.util.List;
import org.fundguard.reporting.confidentiality.ReporterIdentity;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Reports over REST for officers' tools: the register, one report, the acceptance decision, the explicit reveal. */
@RestController
class ReportApi {
    private final ReportService service;

    ReportApi(ReportService service) {
        this.service = service;
    }

    /** A report as the API shows it: no identity, no query code, no password hash. */
    record Summary(String id, LocalDate receivedOn, String actor, List<String> behaviours, List<String> categories,
            String subject, String institutionCode, String status, String statusReason, boolean named, boolean insider,
            Long amountFen, String clueId, String mergedInto, String outcome, List<String> deadlineWarnings) {
    }

    @GetMapping("/api/v1/reports")
    List<Summary> list() {
        return service.recent().stream().map(this::summary).toList();
    }

    @GetMapping("/api/v1/reports/{id}")
    Summary one(@PathVariable String id) {
        return summary(service.get(id));
    }

    record Acceptance(String decision, String category, String institutionCode, String psnNo, String clueId, String reason) {
    }

    @PostMapping("/api/v1/reports/{id}/acceptance")
    Summary acceptance(@PathVariable String id, @RequestBody Acceptance a, Authentication auth) {
        if ("ACCEPT".equals(a.decision())) {
            service.accept(id, a.category(), a.institutionCode(), a.psnNo(), a.clueId(), auth.getName());
        } else if ("NOT_ACCEPT".equals(a.decision())) {
            service.reject(id, a.reason(), auth.getName());
        } else {
            throw ReportProblem.invalid("decision", "reports.error.acceptanceDecision");
        }
        return summary(service.get(id));
    }

    record RevealRequest(String reason) {
    }

    /**
     * The revealed identity as JSON. Its {@link #toString()} is masked: Spring's message converters log the body
     * they write at debug level, and that log must not carry the identity.
     */
    record Revealed(String reportId, String name, String idNumber, String phone, String contact) {
        @Override
        public String toString() {
            return "Revealed[" + reportId + ", " + new ReporterIdentity(name, idNumber, phone, contact) + "]";
        }
    }

    @PostMapping("/api/v1/reports/{id}/reveal")
    ResponseEntity<Revealed> reveal(@PathVariable String id, @RequestBody RevealRequest r, Authentication auth) {
        ReporterIdentity who = service.reveal(id, r == null ? null : r.reason(), auth.getName());
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(new Revealed(id, who.name(), who.idNumber(), who.phone(), who.contact()));
    }

    private Summary summary(Report r) {
        ReportService.Deadlines d = service.deadlines(r);
        List<String> warnings = d.calendarProblem() != null ? List.of(d.calendarProblem())
                : d.list().stream().filter(x -> x.warns()).map(x -> x.message()).toList();
        return new Summary(r.id(), r.receivedOn(), r.actor(), r.behaviours(), r.categoryCodes(), r.subject(), r.institutionCode(),
                r.status().name(), r.statusReason(), r.named(), r.insider(), r.amountFen(), r.clueId(), r.mergedInto(),
                service.outcome(r).code(), warnings);
    }
}
