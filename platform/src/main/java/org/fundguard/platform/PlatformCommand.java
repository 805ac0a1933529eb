package org.fundguard.platform;

import java.io.PrintStream;
import java.util.Arrays;
import org.fundguard.platform.auditlog.AuditLogVerifier;
import org.fundguard.platform.auditlog.ChainVerification;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;

/**
 * {@code bin/fundguard auditlog verify}: walks the audit chain and prints the verdict; exit code 0 when
 * intact, 1 when broken, 2 when it cannot be read. It runs in a context of its own holding only the
 * database and the verifier, so none of the features' start-up work (demo users, failing interrupted
 * runs, loading the real-time reference) touches a database that the running platform uses at the
 * same time; with the embedded database it connects to the running platform's server.
 *
 * <p>Not a {@code @Configuration}: the application's component scan must not pick it up.
 */
@EnableConfigurationProperties(PlatformProperties.class)
@ImportAutoConfiguration({DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
        JdbcTemplateAutoConfiguration.class, TransactionAutoConfiguration.class})
@ComponentScan(basePackages = "org.fundguard.platform.database")
@Import(AuditLogVerifier.class)
final class PlatformCommand {
    static final String VERIFY = "--fundguard.command=auditlog-verify";

    static boolean requested(String[] translatedArgs) {
        return Arrays.asList(translatedArgs).contains(VERIFY);
    }

    static int run(String[] translatedArgs, PrintStream out, PrintStream err) {
        SpringApplication app = new SpringApplication(PlatformCommand.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setBannerMode(org.springframework.boot.Banner.Mode.OFF);
        app.setLogStartupInfo(false);
        String[] args = Arrays.copyOf(translatedArgs, translatedArgs.length + 2);
        // the reason is printed below in one line: no stack trace or refresh warning in front of the user
        args[translatedArgs.length] = "--logging.level.org.springframework.boot.SpringApplication=OFF";
        args[translatedArgs.length + 1] = "--logging.level.org.springframework.context=ERROR";
        ChainVerification v;
        try (ConfigurableApplicationContext context = app.run(args)) {
            v = context.getBean(AuditLogVerifier.class).verify();
        } catch (RuntimeException e) {
            err.println("auditlog verify: " + rootMessage(e));
            return 2;
        }
        if (v.intact()) {
            out.println("audit log intact: " + v.checked() + " entries, head hash " + v.headHash());
            return 0;
        }
        out.println("audit log BROKEN at entry " + v.firstBrokenSeq() + ": " + v.reason() + " (" + v.checked()
                + " entries read)");
        return 1;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
