package org.fundguard.platform;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
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
        ConfigurableApplicationContext context = SpringApplication.run(PlatformApplication.class, translated);
        if (context.getEnvironment().containsProperty("fundguard.command")) {
            // a one-shot command (auditlog verify): its exit code is the verdict
            System.exit(SpringApplication.exit(context));
        }
    }
}
