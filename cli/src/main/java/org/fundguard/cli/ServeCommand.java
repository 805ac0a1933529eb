package org.fundguard.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Start the supervision web platform (线索池, 数据批次, 监管看板, real-time audit API).",
            "Without spring.datasource.url (or SPRING_DATASOURCE_URL) it runs its own PostgreSQL in DATA-DIR/pg.",
            "On first start it creates one demo user per role and prints their passwords (kept in DATA-DIR/demo-logins.txt).",
            "Further Spring settings can follow, e.g. --spring.datasource.url=jdbc:postgresql://host/db"})
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--data-dir", defaultValue = "./data", description = "database, uploads and demo logins (default: ${DEFAULT-VALUE})")
    Path dataDir;

    @Option(names = "--screen", paramLabel = "DIR",
            description = "screen this data set directory once, on the first start (the demo's region)")
    Path screen;

    @Parameters(arity = "0..*", paramLabel = "SPRING-SETTING", description = "passed to the platform as they are")
    List<String> extra = new ArrayList<>();

    @Override
    public Integer call() {
        if (port < 0 || port > 65535) {
            throw new Usage.UsageError("--port: not a port: " + port);
        }
        List<String> args = new ArrayList<>();
        args.add("--server.port=" + port);
        args.add("--fundguard.data-dir=" + dataDir.toAbsolutePath().normalize());
        if (screen != null) {
            Usage.requireDirectory(screen, "--screen");
            args.add("--fundguard.screen-on-start=" + screen.toAbsolutePath().normalize());
        }
        args.addAll(extra);
        System.err.println("fundguard serve: http://localhost:" + port + "/  (data in " + dataDir.toAbsolutePath().normalize() + ")");
        return PlatformProcess.runAttached(args);
    }
}
