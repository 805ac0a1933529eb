package org.fundguard.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "eval", mixinStandardHelpOptions = true, description = "Evaluate leads against the labels of a data set.")
final class EvalCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("fundguard eval: not built yet");
        return 2;
    }
}
