package org.fundguard.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "auditlog", mixinStandardHelpOptions = true,
        description = "The platform's hash-chained audit log (操作日志).",
        subcommands = AuditLogCommand.Verify.class)
final class AuditLogCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "missing subcommand (verify)");
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"Walk the chain and name the first broken entry; exit 0 when intact, 1 when broken.",
                "Reads the platform's database, also while the platform runs (it then connects to the platform's",
                "embedded PostgreSQL, found through DATA-DIR/pg/postmaster.pid); GET /api/v1/auditlog/verify does the same for an admin."})
    static final class Verify implements Callable<Integer> {
        @Option(names = "--data-dir", defaultValue = "./data", description = "the platform's data directory (default: ${DEFAULT-VALUE})")
        Path dataDir;

        @Override
        public Integer call() {
            return PlatformProcess.runAttached(List.of("auditlog", "verify", "--logging.level.root=WARN",
                    "--fundguard.data-dir=" + dataDir.toAbsolutePath().normalize()));
        }
    }
}
