package org.fundguard.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.fundguard.core.Category;
import org.fundguard.core.dataset.CsvTableWriter;
import org.fundguard.core.dataset.DataSet;
import org.fundguard.core.dataset.DataSets;
import org.fundguard.core.dataset.LoadOptions;
import org.fundguard.core.dataset.LoadResult;
import org.fundguard.core.dataset.Rows;
import org.fundguard.core.dataset.Table;
import org.fundguard.engine.Finding;
import org.fundguard.engine.Leads;
import org.fundguard.engine.models.Screening;
import org.fundguard.engine.models.StageListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "screen", mixinStandardHelpOptions = true,
        description = {"Screen a data set with every big-data model and write the leads (leads.csv).",
            "Progress and the time of each stage go to standard error; exit 0 when the leads were written."})
final class ScreenCommand implements Callable<Integer> {
    @Option(names = "--data", required = true, description = "data set directory")
    Path data;

    @Option(names = "--out", description = "leads file to write (default: leads.csv in the current directory)")
    Path out = Path.of("leads.csv");

    @Option(names = "--threads", description = "worker threads (default: all cores)")
    Integer threads;

    @Option(names = "--category", split = ",", description = "only these categories (codes of scenarios.md)")
    List<String> categories = new ArrayList<>();

    @Option(names = "--lenient", description = "quarantine invalid rows instead of stopping")
    boolean lenient;

    @Override
    public Integer call() {
        Usage.requireDirectory(data, "--data");
        List<Category> selected = new ArrayList<>();
        for (String c : categories) {
            Category cat = Category.of(c.trim());
            if (cat == null) {
                throw new Usage.UsageError("--category: not a category of scenarios.md: " + c);
            }
            selected.add(cat);
        }
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1) {
            throw new Usage.UsageError("--threads must be at least 1: " + n);
        }

        long t0 = System.nanoTime();
        System.err.println("screen: loading " + data);
        LoadOptions options = lenient ? LoadOptions.lenient(null) : LoadOptions.strict();
        LoadResult loaded = DataSets.load(data, options);
        DataSet set = loaded.requireValid();
        System.err.printf(Locale.ROOT, "screen: loaded %,d visits, %,d fee lines, %,d settlements in %.1f s%n",
                set.visits().size(), set.feeDetails().size(), set.settlements().size(), seconds(System.nanoTime() - t0));

        StageListener progress = (model, stage, nanos, items) -> System.err.printf(Locale.ROOT,
                "screen: %-34s %-10s %10.1f s  %,d%n", model, stage, seconds(nanos), items);
        List<Finding> findings = Screening.run(set, new Screening.Options(n, selected, progress));

        Path parent = out.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new Usage.UsageError("--out: directory does not exist: " + parent);
        }
        Map<Category, Integer> perCategory = new EnumMap<>(Category.class);
        try (CsvTableWriter w = new CsvTableWriter(out, Table.LEADS)) {
            for (Finding f : findings) {
                w.write(Rows.of(Leads.of(f)));
                perCategory.merge(f.category(), 1, Integer::sum);
            }
        }
        perCategory.forEach((c, k) -> System.err.printf(Locale.ROOT, "screen: %-24s %,8d leads%n", c.name(), k));
        System.err.printf(Locale.ROOT, "screen: wrote %,d leads to %s in %.1f s%n", findings.size(), out,
                seconds(System.nanoTime() - t0));
        return 0;
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
