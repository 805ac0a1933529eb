package org.fundguard.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "screen", mixinStandardHelpOptions = true, description = "Screen a data set with the rule library and every big-data model.")
final class ScreenCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("fundguard screen: not built yet");
        return 2;
    }
}
