package org.fundguard.platform.reports;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings under {@code fundguard.reports.*}.
 *
 * @param keys               identity keys by id ({@code fundguard.reports.keys.k2026=<base64 of 32 bytes>}); when none
 *                           is configured a key file is generated in the data directory (owner-only)
 * @param active             the key id that seals new identities
 * @param rewardPolicy       the preset the reward form proposes (reporting/rewards/presets.tsv)
 * @param passwordIterations PBKDF2 iterations of new follow-up passwords (OWASP 2023: 600,000)
 * @param submitsPerHour     reports one client address may file per hour (burst of the same size)
 * @param statusChecksPerHour query-page attempts per address and hour: limits password guessing
 * @param queryFailuresBeforeLock wrong passwords for one query code (from any address) that lock the code
 * @param queryLock          how long a locked query code is refused, and how long its failures count
 * @param maxAttachments     files per report
 * @param maxAttachmentSize  bytes per file
 * @param maxTotalAttachments bytes per report
 * @param challengeValidity  how long a challenge question may be answered
 * @param calendarFile       a working-day calendar replacing the shipped one (same TSV format as
 *                           reporting/deadlines/calendar-cn.tsv), e.g. once the next year's holidays are published
 */
@ConfigurationProperties("fundguard.reports")
record ReportsProperties(
        Map<String, String> keys,
        String active,
        @DefaultValue("national") String rewardPolicy,
        @DefaultValue("600000") int passwordIterations,
        @DefaultValue("10") int submitsPerHour,
        @DefaultValue("30") int statusChecksPerHour,
        @DefaultValue("5") int queryFailuresBeforeLock,
        @DefaultValue("15m") Duration queryLock,
        @DefaultValue("5") int maxAttachments,
        @DefaultValue("10MB") DataSize maxAttachmentSize,
        @DefaultValue("25MB") DataSize maxTotalAttachments,
        @DefaultValue("30m") Duration challengeValidity,
        Path calendarFile) {

    ReportsProperties {
        keys = keys == null ? Map.of() : Map.copyOf(keys);
    }
}
