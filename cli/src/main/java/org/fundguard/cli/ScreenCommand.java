package org.fundguard.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.fundguard.core.Category;
import org.fundguard.core.Lead;
import org.fundguard.core.dataset.LoadOptions;
import org.fundguard.core.dataset.ValidationMode;
import org.fundguard.engine.Finding;
import org.fundguard.engine.Leads;
import org.fundguard.engine.models.ClaimStore;
import org.fundguard.engine.models.Screening;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "screen", mixinStandardHelpOptions = true,
        description = {"Screen a data set with the rule library and every big-data model and write the leads.",
            "Prints progress and the time of each stage, then total time, fee lines/s and peak heap."})
final class ScreenCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "data set directory")
    Path dir;

    @Option(names = "--out", required = true, description = "leads file to write (contract leads.csv)")
    Path out;

    @Option(names = "--threads", description = "worker threads (default: all cores)")
    Integer threads;

    @Option(names = "--category", split = ",", description = "only these categories (default: all)")
    List<Category> categories = new ArrayList<>();

    @Override
    public Integer call() {
        Usage.requireDirectory(dir, "DIR");
        int parallelism = threads != null ? Math.max(1, threads) : Runtime.getRuntime().availableProcessors();
        BenchFigures figures = new BenchFigures();
        Progress.stage("load", "reading and validating " + dir);
        ClaimStore.Loaded loaded = ClaimStore.load(dir, LoadOptions.of(ValidationMode.STRICT)).requireValid();
        ClaimStore claims = loaded.claims();
        long lines = claims.feeLines();
        Progress.done("load", figures.wallNanos(), lines + " fee lines, " + claims.size() + " visits, "
                + claims.persons() + " persons");

        long t = System.nanoTime();
        List<Finding> findings = new ArrayList<>(Detection.audit(claims, loaded.region(), parallelism, categories));
        Progress.done("audit", System.nanoTime() - t, findings.size() + " findings");
        Screening.Options options = new Screening.Options(parallelism, categories,
                (model, stage, nanos, items) -> Progress.done(model + " " + stage, nanos, items + " items"));
        findings.addAll(Screening.run(claims, loaded.region(), options));

        List<Lead> leads = findings.stream().map(Leads::of).toList();
        LeadsOut.write(out, leads);
        Map<Category, Integer> perCategory = new EnumMap<>(Category.class);
        leads.forEach(l -> perCategory.merge(l.category(), 1, Integer::sum));
        perCategory.forEach((c, n) -> System.err.printf(Locale.ROOT, "  %-24s %6d leads%n", c.name(), n));
        double seconds = figures.wallNanos() / 1e9;
        System.out.printf(Locale.ROOT, "screened %d fee lines in %.1f s: %.0f fee lines/s, %d leads -> %s, peak heap (live) %d MB%n",
                lines, seconds, lines / seconds, leads.size(), out, figures.livePeakMegabytes());
        System.out.println("  " + figures.summary(lines));
        return 0;
    }
}
