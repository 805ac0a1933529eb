package org.fundguard.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlatformArgumentsTest {

    @Test
    void translatesTheCommandLineSpellingIntoSpringProperties() {
        assertThat(PlatformArguments.translate(new String[] {"--port", "9090", "--data-dir", "/srv/fg", "--debug"}))
                .containsExactly("--server.port=9090", "--fundguard.data-dir=/srv/fg", "--debug");
        assertThat(PlatformArguments.translate(new String[] {"--port=1", "--data-dir=x"}))
                .containsExactly("--server.port=1", "--fundguard.data-dir=x");
    }

    @Test
    void turnsAuditlogVerifyIntoAOneShotRunWithoutWebServer() {
        assertThat(PlatformArguments.translate(new String[] {"auditlog", "verify", "--data-dir", "d"}))
                .containsExactly("--fundguard.command=auditlog-verify", "--spring.main.web-application-type=none",
                        "--fundguard.data-dir=d");
    }
}
