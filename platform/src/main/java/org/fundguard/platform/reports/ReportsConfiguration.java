package org.fundguard.platform.reports;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.fundguard.platform.PlatformProperties;
import org.fundguard.reporting.confidentiality.AttachmentCipher;
import org.fundguard.reporting.confidentiality.FollowUpCredentials;
import org.fundguard.reporting.confidentiality.IdentityCipher;
import org.fundguard.reporting.confidentiality.KeyRing;
import org.fundguard.reporting.deadlines.HandlingDeadlines;
import org.fundguard.reporting.deadlines.WorkingCalendar;
import org.fundguard.reporting.rewards.RewardPolicies;
import org.fundguard.reporting.taxonomy.Taxonomy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The reporting module's pieces as the platform configures them. */
@Configuration(proxyBeanMethods = false)
class ReportsConfiguration {
    /** Working days and filing dates are those of the agency: mainland China time. */
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final SecureRandom reportsRandom = new SecureRandom();

    /** Today and now for the reports feature (the pure modules take dates as inputs). */
    record ReportTime(Clock clock) {
        LocalDate today() {
            return LocalDate.now(clock);
        }

        Instant now() {
            return clock.instant();
        }
    }

    /** The public limits: filing reports and query-page attempts per address, and wrong passwords per query code. */
    record ReportLimits(RateLimiter submits, RateLimiter statusChecks, QueryLockout queryLockout) {
    }

    /** The platform's one clock (platform/calendar: fundguard.clock.fixed pins it in tests). */
    @Bean
    ReportTime reportTime(Clock clock) {
        return new ReportTime(clock);
    }

    @Bean
    ReportLimits reportLimits(ReportsProperties p) {
        return new ReportLimits(new RateLimiter(p.submitsPerHour(), System::nanoTime),
                new RateLimiter(p.statusChecksPerHour(), System::nanoTime),
                new QueryLockout(p.queryFailuresBeforeLock(), p.queryLock(), System::nanoTime));
    }

    @Bean
    Taxonomy reportTaxonomy() {
        return Taxonomy.standard();
    }

    @Bean
    RewardPolicies rewardPolicies(ReportsProperties p) {
        RewardPolicies policies = RewardPolicies.standard();
        policies.require(p.rewardPolicy());
        return policies;
    }

    /** The platform's one working-day calendar (platform/calendar: fundguard.calendar-file), shared with case deadlines. */
    @Bean
    HandlingDeadlines handlingDeadlines(WorkingCalendar workingCalendar) {
        return new HandlingDeadlines(workingCalendar, HandlingDeadlines.standard().rules());
    }

    @Bean
    KeyRing reportKeyRing(ReportsProperties p, PlatformProperties platform) {
        return ReportKeys.load(p, platform.dataDir(), platform.ephemeral(), reportsRandom);
    }

    @Bean
    IdentityCipher identityCipher(KeyRing reportKeyRing) {
        return new IdentityCipher(reportKeyRing, reportsRandom);
    }

    @Bean
    AttachmentCipher attachmentCipher(KeyRing reportKeyRing) {
        return new AttachmentCipher(reportKeyRing, reportsRandom);
    }

    @Bean
    FollowUpCredentials followUpCredentials(ReportsProperties p) {
        return new FollowUpCredentials(reportsRandom, p.passwordIterations());
    }

    @Bean
    Challenge reportChallenge(ReportsProperties p) {
        // a fresh key per start: a restart only expires the questions on screen, which the form then re-asks
        byte[] key = new byte[32];
        reportsRandom.nextBytes(key);
        return new Challenge(key, reportsRandom, p.challengeValidity());
    }

    @Bean
    AttachmentTypes attachmentTypes() {
        return AttachmentTypes.standard();
    }
}
