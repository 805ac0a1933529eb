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
import org.fundguard.core.dataset.DataSet;
import org.fundguard.core.dataset.DataSets;
import org.fundguard.core.dataset.LoadResult;
import org.fundguard.core.dataset.ValidationMode;
import org.fundguard.engine.Finding;
import org.fundguard.engine.Leads;
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
        long start = System.nanoTime();
        Progress.stage("load", "reading and validating " + dir);
        LoadResult loaded = DataSets.load(dir, ValidationMode.STRICT);
        DataSet data = loaded.requireValid();
        long lines = data.feeDetails().size();
        Progress.done("load", System.nanoTime() - start, lines + " fee lines, " + data.visits().size() + " visits");

        List<Finding> findings = new ArrayList<>(Detection.audit(data, parallelism, categories));
        Screening.Options options = new Screening.Options(parallelism, categories,
                (model, stage, nanos, items) -> Progress.done(model + " " + stage, nanos, items + " items"));
        findings.addAll(Screening.run(data, options));

        List<Lead> leads = findings.stream().map(Leads::of).toList();
        LeadsOut.write(out, leads);
        long nanos = System.nanoTime() - start;
        Map<Category, Integer> perCategory = new EnumMap<>(Category.class);
        leads.forEach(l -> perCategory.merge(l.category(), 1, Integer::sum));
        perCategory.forEach((c, n) -> System.err.printf(Locale.ROOT, "  %-24s %6d leads%n", c.name(), n));
        System.out.printf(Locale.ROOT, "screened %d fee lines in %.1f s: %.0f fee lines/s, %d leads -> %s, peak heap %d MB%n",
                lines, nanos / 1e9, lines / (nanos / 1e9), leads.size(), out, peakHeapMegabytes());
        return 0;
    }

    /** The highest heap use the JVM saw (sum of the heap pools' peaks, an upper bound). */
    static long peakHeapMegabytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024 * 1024);
    }
}
