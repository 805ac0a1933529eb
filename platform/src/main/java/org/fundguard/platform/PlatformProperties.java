package org.fundguard.platform;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code fundguard.*}.
 *
 * @param dataDir          where the embedded database, uploaded data sets and the demo logins live
 * @param ephemeral        tests only: a throw-away database in a temporary directory, fsync off
 * @param demoPassword     when set, every seeded demo user gets this password (tests, scripted demos);
 *                         otherwise each gets a random one, printed once
 * @param maxFailedLogins  consecutive failures before an account locks (等保 2.0 asks for a lock-out)
 * @param lockout          how long a locked account stays locked
 * @param apiKey           the key of the real-time audit endpoint; generated and printed when empty
 */
@ConfigurationProperties("fundguard")
public record PlatformProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("false") boolean ephemeral,
        String demoPassword,
        @DefaultValue("5") int maxFailedLogins,
        @DefaultValue("15m") Duration lockout,
        String apiKey) {

    public Path datasetsDir() {
        return dataDir.resolve("datasets");
    }
}
