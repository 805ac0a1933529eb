package org.fundguard.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks that print figures (never timed tests).")
final class BenchCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("fundguard bench: not built yet");
        return 2;
    }
}
