package org.fundguard.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.fundguard.core.dataset.DataSets;
import org.fundguard.core.dataset.LoadOptions;
import org.fundguard.core.dataset.ValidationMode;
import org.fundguard.core.dataset.ValidationReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Validate a data set directory against the data contract.",
            "Exit 0 when there is no error (warnings allowed), 1 when there are errors, 2 on usage errors."})
final class ValidateCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "data set directory (CSV or Parquet tables)")
    Path dir;

    @Option(names = "--lenient", description = "quarantine rejected rows and go on instead of failing the set")
    boolean lenient;

    @Option(names = "--quarantine", paramLabel = "DIR",
            description = "where lenient mode writes rejected rows and the report (default: DIR/quarantine)")
    Path quarantine;

    @Option(names = "--max-problems", paramLabel = "N", defaultValue = "" + LoadOptions.DEFAULT_MAX_PROBLEMS,
            description = "list at most N problems (all are counted; default ${DEFAULT-VALUE})")
    int maxProblems;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!Files.isDirectory(dir)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "not a data set directory: " + dir);
        }
        if (quarantine != null && !lenient) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--quarantine needs --lenient");
        }
        if (maxProblems < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--max-problems must not be negative");
        }
        LoadOptions options = new LoadOptions(lenient ? ValidationMode.LENIENT : ValidationMode.STRICT, quarantine,
                maxProblems);
        ValidationReport report = DataSets.validate(dir, options);
        report.print(System.out);
        if (lenient && report.rowsRejected() > 0) {
            System.out.println(report.rowsRejected() + " rejected row(s) quarantined in "
                    + (quarantine != null ? quarantine : dir.resolve("quarantine")));
        }
        return report.hasErrors() ? 1 : 0;
    }
}
