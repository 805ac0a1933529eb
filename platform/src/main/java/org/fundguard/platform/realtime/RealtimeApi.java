package org.fundguard.platform.realtime;

import java.io.InputStream;
import org.fundguard.engine.rules.RuleDefinition;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** POST /api/v1/realtime/audit: one visit in, the hits out (API key only, see SecurityConfiguration). */
@RestController
@RequestMapping("/api/v1/realtime")
class RealtimeApi {
    private final RealtimeAudit audit;

    RealtimeApi(RealtimeAudit audit) {
        this.audit = audit;
    }

    /** The body is read with the streaming parser ({@link VisitRequestReader}): databind cost more than the audit. */
    @PostMapping(path = "/audit", consumes = MediaType.APPLICATION_JSON_VALUE)
    AuditResponse audit(InputStream body) {
        VisitRequest request = VisitRequestReader.read(body);
        RuleDefinition.Stage stage = stage(request.stage());
        return AuditResponse.of(audit.audit(VisitMapping.claim(request), stage));
    }

    @GetMapping("/status")
    RealtimeAudit.Status status() {
        return audit.status();
    }

    private static RuleDefinition.Stage stage(String s) {
        if (s == null || s.isBlank()) {
            return RuleDefinition.Stage.DURING;
        }
        try {
            return RuleDefinition.Stage.valueOf(s.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new VisitMapping.BadVisit("stage: '" + s + "' is not PRE, DURING or POST");
        }
    }
}
