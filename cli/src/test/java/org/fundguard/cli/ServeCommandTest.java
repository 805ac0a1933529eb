package org.fundguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ServeCommandTest {

    @Test
    void passesSpringSettingsAfterTheDoubleDashToThePlatformAsTheyAre() {
        // bin/fundguard demo turns the demo cases on this way (fundguard.demo)
        ServeCommand serve = new ServeCommand();
        new CommandLine(serve).parseArgs("--port", "8081", "--", "--fundguard.demo=true");

        assertThat(serve.port).isEqualTo(8081);
        assertThat(serve.extra).containsExactly("--fundguard.demo=true");
    }
}
