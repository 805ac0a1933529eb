package org.fundguard.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "audit", mixinStandardHelpOptions = true, description = "Audit every settlement of a data set against the rule library (智能审核).")
final class AuditCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("fundguard audit: not built yet");
        return 2;
    }
}
