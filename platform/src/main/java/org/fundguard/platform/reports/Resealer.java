package org.fundguard.platform.reports;

import org.fundguard.reporting.confidentiality.IdentityCipher;
import org.fundguard.reporting.confidentiality.KeyRing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * Key rotation, step 2 (docs/reporting.md): on start, every identity still sealed with a key other than the
 * active one is re-sealed under the active key, so that the old key can be retired from configuration; so is every
 * attachment file (and those stored in plaintext before V21 are sealed).
 */
@Component
@ConditionalOnWebApplication
class Resealer implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(Resealer.class);

    private final ReportService reports;
    private final IdentityCipher cipher;
    private final KeyRing keys;

    Resealer(ReportService reports, IdentityCipher cipher, KeyRing keys) {
        this.reports = reports;
        this.cipher = cipher;
        this.keys = keys;
    }

    @Override
    public void run(ApplicationArguments args) {
        ReportService.Resealing r = reports.resealAll(cipher, keys.activeId());
        if (r.resealed() > 0) {
            log.info("re-sealed {} reporter identities under key {}; keys still configured: {}", r.resealed(),
                    keys.activeId(), keys.readableIds());
        }
        ReportService.AttachmentResealing a = reports.resealAttachments(keys.activeId());
        if (a.resealed() > 0) {
            log.info("sealed {} report attachments under key {}", a.resealed(), keys.activeId());
        }
        if (!a.unreadable().isEmpty()) {
            log.warn("{} report attachments are missing or sealed with a key that is no longer configured: {}",
                    a.unreadable().size(), a.unreadable().size() > 20 ? a.unreadable().subList(0, 20) + "…" : a.unreadable());
        }
        if (!a.altered().isEmpty()) {
            log.warn("{} report attachments no longer match their recorded SHA-256 (sealed as found): {}", a.altered().size(),
                    a.altered().size() > 20 ? a.altered().subList(0, 20) + "…" : a.altered());
        }
        if (!r.unreadable().isEmpty()) {
            log.warn("{} reporter identities are sealed with a key that is no longer configured (reports {}): restore the key"
                    + " to re-seal them", r.unreadable().size(), r.unreadable().size() > 20 ? r.unreadable().subList(0, 20) + "…"
                    : r.unreadable());
        }
    }
}
