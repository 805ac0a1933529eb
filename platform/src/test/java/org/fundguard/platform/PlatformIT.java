package org.fundguard.platform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The one application context the integration tests share (Spring caches it across test classes):
 * the real platform on a random port over a throw-away embedded PostgreSQL, demo users with a known
 * password, a known API key.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "fundguard.ephemeral=true",
        "fundguard.demo-password=" + PlatformIT.PASSWORD,
        "fundguard.api-key=" + PlatformIT.API_KEY,
        "fundguard.data-dir=target/it-data",
        "fundguard.clock.fixed=" + PlatformIT.FIXED_NOW})
@AutoConfigureMockMvc
public @interface PlatformIT {
    String PASSWORD = "Demo-Pass-2026";
    String API_KEY = "fgk_test_key_for_integration_tests";
    /**
     * The platform clock's instant in tests: 09:00 in Beijing on a Monday, a working day well inside the years the
     * working-day calendar covers, so deadline tests do not start failing when the machine's date leaves them.
     */
    String FIXED_NOW = "2026-06-15T01:00:00Z";
    /** The business "today" of the platform under {@link #FIXED_NOW}. */
    LocalDate TODAY = LocalDate.ofInstant(Instant.parse(FIXED_NOW), ZoneId.of("Asia/Shanghai"));
}
