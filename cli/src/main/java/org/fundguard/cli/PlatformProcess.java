package org.fundguard.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts the web platform in a JVM of its own ({@code java -jar platform/target/fundguard-platform.jar}),
 * so that Spring Boot and its dependencies never join the command line's class path
 * (docs/adr/0010-platform-in-its-own-jvm.md). The jar is found beside the cli module, or named by
 * FUNDGUARD_PLATFORM_JAR; JVM options come from FUNDGUARD_PLATFORM_JAVA_OPTS.
 */
final class PlatformProcess {
    private PlatformProcess() {
    }

    static Path jar() {
        String configured = System.getenv("FUNDGUARD_PLATFORM_JAR");
        Path jar;
        if (configured != null && !configured.isBlank()) {
            jar = Path.of(configured);
        } else {
            jar = projectRoot().resolve("platform/target/fundguard-platform.jar");
        }
        if (!Files.isRegularFile(jar)) {
            throw new Usage.UsageError("the platform is not built: " + jar + " is missing (run mvn -q package -DskipTests)");
        }
        return jar;
    }

    /** cli/target/classes (or the cli jar) lies two levels below the project root. */
    private static Path projectRoot() {
        try {
            Path classes = Path.of(FundGuard.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return classes.getParent().getParent().getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the project root", e);
        }
    }

    static ProcessBuilder builder(List<String> platformArgs) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        String opts = System.getenv("FUNDGUARD_PLATFORM_JAVA_OPTS");
        for (String o : (opts == null || opts.isBlank() ? "-Xmx1g" : opts).trim().split("\\s+")) {
            cmd.add(o);
        }
        cmd.add("-jar");
        cmd.add(jar().toString());
        cmd.addAll(platformArgs);
        return new ProcessBuilder(cmd);
    }

    /** Runs the platform with the terminal attached and returns its exit code; Ctrl-C stops both. */
    static int runAttached(List<String> platformArgs) {
        Process p;
        try {
            p = builder(platformArgs).inheritIO().start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the platform", e);
        }
        Thread stopper = new Thread(() -> {
            p.destroy();
            try {
                p.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "stop-platform");
        Runtime.getRuntime().addShutdownHook(stopper);
        try {
            return p.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroy();
            return 1;
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(stopper);
            } catch (IllegalStateException shuttingDown) {
                // the hook is already running
            }
        }
    }
}
