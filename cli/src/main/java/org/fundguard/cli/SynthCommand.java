package org.fundguard.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.fundguard.core.Category;
import org.fundguard.core.dataset.Table;
import org.fundguard.synth.SynthOptions;
import org.fundguard.synth.Synthesizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "synth", mixinStandardHelpOptions = true,
        description = "Generate a labelled synthetic region (data set directory with labels.csv and hard_negatives.csv).")
final class SynthCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, description = "output directory (created if missing)")
    Path out;

    @Option(names = "--persons", defaultValue = "20000", description = "insured persons (default ${DEFAULT-VALUE})")
    int persons;

    @Option(names = "--months", defaultValue = "6", description = "months of activity (default ${DEFAULT-VALUE})")
    int months;

    @Option(names = "--seed", defaultValue = "1", description = "random seed; the same seed gives identical files")
    long seed;

    @Option(names = "--start", defaultValue = "2025-01-01", description = "first day (the first of a month)")
    LocalDate start;

    @Override
    public Integer call() {
        SynthOptions o;
        try {
            o = new SynthOptions(out, persons, months, seed, start);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        Synthesizer.Report r = Synthesizer.generate(o);
        PrintWriter pw = spec.commandLine().getOut();
        double secs = Math.max(0.001, r.millis() / 1000.0);
        pw.printf(Locale.ROOT, "fundguard synth: %d persons x %d months (seed %d) -> %s in %.1f s%n", persons, months,
                seed, out, secs);
        for (Map.Entry<Table, Long> e : r.rows().entrySet()) {
            pw.printf(Locale.ROOT, "  %-16s %,12d rows  %,12.0f rows/s%n", e.getKey().csvFileName(), e.getValue(),
                    e.getValue() / secs);
        }
        pw.printf(Locale.ROOT, "  %-16s %,12d rows%n", "hard_negatives.csv", r.hardNegativeRows());
        pw.println("  labels / hard negatives per category:");
        for (Category c : Category.values()) {
            pw.printf(Locale.ROOT, "    %-26s %6d %6d%n", c.name(), r.labels().get(c), r.hardNegatives().get(c));
        }
        pw.flush();
        return 0;
    }
}
