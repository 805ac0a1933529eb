package org.fundguard.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "synth", mixinStandardHelpOptions = true, description = "Generate a labelled synthetic region (data set directory).")
final class SynthCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("fundguard synth: not built yet");
        return 2;
    }
}
