package org.fundguard.cli;

import java.io.UncheckedIOException;
import picocli.CommandLine;

/**
 * A user never sees a stack trace: expected failures (bad files, bad input) print one line naming
 * what went wrong and exit 1; anything else prints its message and exits 1, with the trace only when
 * FUNDGUARD_DEBUG is set.
 */
final class UserFacingErrors implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parseResult) {
        String what = ex instanceof UncheckedIOException u && u.getCause() != null
                ? ex.getMessage() + ": " + u.getCause().getMessage()
                : ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
        cl.getErr().println("fundguard " + cl.getCommandName() + ": " + what);
        if (ex instanceof Usage.UsageError) {
            return 2;
        }
        if (ex instanceof org.fundguard.core.dataset.InvalidDataSetException invalid) {
            invalid.report().print(System.err);
        }
        if (System.getenv("FUNDGUARD_DEBUG") != null) {
            ex.printStackTrace(cl.getErr());
        }
        return 1;
    }
}
