package org.fundguard.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.fundguard.core.dataset.CsvTableWriter;
import org.fundguard.core.dataset.DataSets;
import org.fundguard.core.dataset.LoadOptions;
import org.fundguard.core.dataset.RowBuffer;
import org.fundguard.core.dataset.RowSource;
import org.fundguard.core.dataset.Table;
import org.fundguard.core.dataset.TableFiles;
import org.fundguard.core.dataset.ValidationReport;
import org.fundguard.formats.ParquetTableWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"Convert the tables of a data set directory to Parquet or CSV (same column names).",
            "The set is validated first (strict); a set with errors is not converted (exit 1)."})
final class ConvertCommand implements Callable<Integer> {
    enum Target { parquet, csv }

    @Parameters(index = "0", paramLabel = "DIR", description = "data set directory")
    Path dir;

    @Option(names = "--to", required = true, paramLabel = "FORMAT", description = "parquet or csv")
    Target to;

    @Option(names = "--out", paramLabel = "DIR2", description = "output directory (default: DIR itself)")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "not a data set directory: " + dir);
        }
        ValidationReport report = DataSets.validate(dir, LoadOptions.strict());
        if (report.hasErrors()) {
            report.print(System.out);
            System.out.println("not converted: fix the errors first (or `validate --lenient` and convert the rest)");
            return 1;
        }
        Path target = out != null ? out : dir;
        Files.createDirectories(target);
        for (Table t : Table.values()) {
            Optional<Path> source = TableFiles.find(dir, t);
            if (source.isEmpty()) {
                continue;
            }
            String targetName = to == Target.parquet ? t.parquetFileName() : t.csvFileName();
            if (source.get().getFileName().toString().equals(targetName) && target.equals(dir)) {
                continue;
            }
            long t0 = System.nanoTime();
            long rows = copy(t, source.get(), target);
            System.out.printf(Locale.ROOT, "%-20s -> %-24s %,12d rows %6.1f s%n", source.get().getFileName(),
                    target.resolve(targetName), rows, (System.nanoTime() - t0) / 1e9);
        }
        return 0;
    }

    private long copy(Table t, Path source, Path target) throws IOException {
        try (RowSource in = TableFiles.open(source)) {
            List<String> header = in.header();
            int[] from = new int[t.columns().size()];
            for (int c = 0; c < from.length; c++) {
                from[c] = header.indexOf(t.columns().get(c));
            }
            RowBuffer row = new RowBuffer();
            String[] contract = new String[from.length];
            if (to == Target.parquet) {
                try (ParquetTableWriter w = ParquetTableWriter.in(target, t)) {
                    while (in.next(row)) {
                        w.write(fill(row, from, contract));
                    }
                    return w.rows();
                }
            }
            try (CsvTableWriter w = CsvTableWriter.in(target, t)) {
                while (in.next(row)) {
                    w.write(fill(row, from, contract));
                }
                return w.rows();
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static String[] fill(RowBuffer row, int[] from, String[] contract) {
        for (int c = 0; c < from.length; c++) {
            contract[c] = from[c] < 0 ? "" : row.text(from[c]);
        }
        return contract;
    }
}
