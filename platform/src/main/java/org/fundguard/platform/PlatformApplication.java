package org.fundguard.platform;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The supervision platform (医保基金智能监管平台): people work the leads that screening produced.
 * Started by {@code bin/fundguard serve} in its own JVM so that Spring Boot never sits on the class
 * path of the command line, the engine or the Spark job (docs/adr/0010-platform-in-its-own-jvm.md).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class PlatformApplication {

    public static void main(String[] args) {
        String[] translated = PlatformArguments.translate(args);
        if (PlatformCommand.requested(translated)) {
            System.exit(PlatformCommand.run(translated, System.out, System.err));
        }
        SpringApplication.run(PlatformApplication.class, translated);
    }
}
