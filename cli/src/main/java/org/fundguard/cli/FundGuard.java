package org.fundguard.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * bin/fundguard: thin wiring of the subcommands. Exit codes: 0 ok, 1 findings or validation errors,
 * 2 usage errors.
 */
@Command(name = "fundguard", mixinStandardHelpOptions = true, version = "FundGuard 0.1.0",
        description = "医保基金智能监管平台 FundGuard: generate, validate, audit, screen and evaluate data sets; import the national knowledge points; draw random inspections.",
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
            ServeCommand.class,
            AuditLogCommand.class,
            CommandLine.HelpCommand.class
        })
public final class FundGuard implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
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
