package org.fundguard.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The README's main job: a whole pass over a fresh region, the same steps a user would type. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Generate a labelled region, screen it with every rule and model, print the evaluation table,",
            "then serve the platform with the region loaded (URL and demo logins printed) and a few of its clues",
            "taken through case handling to different stages."})
final class DemoCommand implements Callable<Integer> {
    @Option(names = "--out", defaultValue = "out/demo", description = "working directory (default ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--persons", defaultValue = "20000", description = "insured persons (default ${DEFAULT-VALUE})")
    int persons;

    @Option(names = "--months", defaultValue = "6", description = "months of activity (default ${DEFAULT-VALUE})")
    int months;

    @Option(names = "--seed", defaultValue = "1", description = "random seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--serve", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "afterwards start the web platform with the region screened into it (default: on; --no-serve to stop after the table)")
    boolean serve;

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port of the platform (default ${DEFAULT-VALUE})")
    int port;

    @Override
    public Integer call() {
        Path region = out.resolve("region");
        Path leads = out.resolve("leads.csv");
        Path json = out.resolve("evaluation.json");
        int rc = FundGuard.run("synth", "--out", region.toString(), "--persons", Integer.toString(persons),
                "--months", Integer.toString(months), "--seed", Long.toString(seed));
        if (rc != 0) {
            return rc;
        }
        rc = FundGuard.run("screen", region.toString(), "--out", leads.toString());
        if (rc != 0) {
            return rc;
        }
        System.out.println();
        System.out.println("评估 evaluation of " + leads + " against " + region.resolve("labels.csv") + ":");
        rc = FundGuard.run("eval", "--data", region.toString(), "--leads", leads.toString(), "--json", json.toString());
        if (rc != 0 || !serve) {
            return rc;
        }
        System.out.println();
        System.out.println("启动监管平台 starting the platform; the region is screened into it as a data run:");
        // fundguard.demo: once the region's leads are in, a few of them are taken through case handling (CaseDemo)
        return FundGuard.run("serve", "--port", Integer.toString(port), "--data-dir", out.resolve("data").toString(),
                "--screen", region.toString(), "--", "--fundguard.demo=true");
    }
}
