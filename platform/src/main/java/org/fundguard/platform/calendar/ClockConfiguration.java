package org.fundguard.platform.calendar;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The platform's one clock for business dates ("today" of deadlines, case numbers' year, notices): mainland China
 * time, since working days and filing dates are those of the agency. {@code fundguard.clock.fixed} (an ISO-8601
 * instant) pins it — for tests only, so that deadline tests stay inside the years the working-day calendar covers
 * whatever the machine's date. Records of when something really happened (audit log, upload names, key ids, login
 * lockouts) keep the real clock on purpose.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Bean
    Clock clock(@Value("${fundguard.clock.fixed:}") String fixed) {
        if (fixed == null || fixed.isBlank()) {
            return Clock.system(ZONE);
        }
        try {
            return Clock.fixed(Instant.parse(fixed.trim()), ZONE);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("fundguard.clock.fixed: '" + fixed.trim()
                    + "' is not an ISO-8601 instant like 2026-06-15T01:00:00Z", e);
        }
    }
}
