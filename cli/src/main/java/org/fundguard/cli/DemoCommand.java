package org.fundguard.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "demo", mixinStandardHelpOptions = true, description = "Generate a region, screen it and print the evaluation table.")
final class DemoCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("fundguard demo: not built yet");
        return 2;
    }
}
