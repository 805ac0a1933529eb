package org.fundguard.platform.realtime;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The administrator's handles on the real-time audit: its state, and seeding its history. */
@RestController
@RequestMapping("/api/v1/admin/realtime")
class RealtimeAdminApi {
    private final RealtimeAudit audit;

    RealtimeAdminApi(RealtimeAudit audit) {
        this.audit = audit;
    }

    @GetMapping
    RealtimeAudit.Status status() {
        return audit.status();
    }

    @PostMapping("/history")
    RealtimeAudit.Seeded seed(Authentication auth) {
        return audit.seedHistory(auth.getName());
    }
}
