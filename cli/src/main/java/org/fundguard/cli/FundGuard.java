package org.fundguard.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * bin/fundguard: thin wiring of the subcommands. Exit codes: 0 ok, 1 findings or validation errors,
 * 2 usage errors.
 */
@Command(name = "fundguard", mixinStandardHelpOptions = true, version = "FundGuard 0.1.0",
        description = "医保基金智能监管平台 FundGuard: generate, validate, audit, screen and evaluate data sets; import the national knowledge points; draw random inspections; compute report rewards; compute the lawful range of sanctions.",
        subcommands = {
            SynthCommand.class,
            ValidateCommand.class,
            ConvertCommand.class,
            AuditCommand.class,
            ScreenCommand.class,
            EvalCommand.class,
            DemoCommand.class,
            BenchCommand.class,
            KnowledgeCommand.class,
            DrawCommand.class,
            RewardCommand.class,
            PenaltyCommand.class,
            ServeCommand.class,
            AuditLogCommand.class,
            CommandLine.HelpCommand.class
        })
public final class FundGuard implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        try {
            System.exit(run(args));
        } catch (OutOfMemoryError e) {
            // the in-process commands hold a whole data set in one heap; say what to do instead of a trace
            System.err.println("fundguard: out of memory (" + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                    + " MB heap). Give it more with FUNDGUARD_JAVA_OPTS=-Xmx16g, or run large regions on Spark "
                    + "(bin/fundguard-spark, docs/spark.md).");
            System.exit(1);
        }
    }

    /** Runs a command line and returns its exit code (used by tests without exiting the JVM). */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new FundGuard());
        cl.setExecutionExceptionHandler(new UserFacingErrors());
        return cl.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing subcommand");
    }
}
