package org.fundguard.cli;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.fundguard.core.FeeDetail;
import org.fundguard.core.dataset.DataSetSink;
import org.fundguard.core.dataset.DataSets;
import org.fundguard.core.dataset.LoadOptions;
import org.fundguard.core.dataset.RowBuffer;
import org.fundguard.core.dataset.RowSource;
import org.fundguard.core.dataset.Table;
import org.fundguard.core.dataset.TableCounts;
import org.fundguard.core.dataset.TableFiles;
import org.fundguard.core.dataset.ValidationReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "read", mixinStandardHelpOptions = true,
        description = {"Read and validate fee_details.csv of a generated set on one thread; print fee lines/s and MB/s,",
            "then raw parsing speed of FastCSV, commons-csv and jackson-dataformat-csv side by side."})
final class BenchReadCommand implements Callable<Integer> {
    @Option(names = "--lines", paramLabel = "N", defaultValue = "5000000", description = "fee lines (default ${DEFAULT-VALUE})")
    long lines;

    @Option(names = "--dir", paramLabel = "D", description = "where the set is written or reused (default: a directory under java.io.tmpdir)")
    Path dir;

    @Option(names = "--runs", paramLabel = "R", defaultValue = "2", description = "runs of each measurement; the first warms the JIT up (default ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--skip-libraries", description = "only read + validate; skip the library comparison")
    boolean skipLibraries;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (lines < 1 || runs < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--lines and --runs must be positive");
        }
        Path set = dir != null ? dir : Path.of(System.getProperty("java.io.tmpdir"), "fundguard-bench-read-" + lines);
        if (BenchDataSet.present(set, lines)) {
            System.out.println("reusing " + set);
        } else {
            System.out.println("writing " + lines + " fee lines to " + set + " ...");
            long t = System.nanoTime();
            BenchDataSet.write(set, lines);
            System.out.printf(Locale.ROOT, "written in %.1f s%n", (System.nanoTime() - t) / 1e9);
        }
        Path fees = set.resolve(Table.FEE_DETAILS.csvFileName());
        double mb = Files.size(fees) / 1e6;
        System.out.printf(Locale.ROOT, "%s: %,d lines, %.1f MB; java %s, %d cores%n", fees.getFileName(), lines, mb,
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());

        System.out.println("\nread + validate the whole set (fee_details figures), one thread:");
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int run = 1; run <= runs; run++) {
            long[] sum = new long[2];
            long[] cpu = new long[2];
            cpu[0] = threads.getCurrentThreadCpuTime();
            ValidationReport report = DataSets.stream(set, LoadOptions.strict(), new DataSetSink() {
                @Override
                public void feeDetail(FeeDetail r) {
                    sum[0]++;
                    sum[1] += r.amountFen();
                }

                @Override
                public void tableDone(TableCounts counts) {
                    long now = threads.getCurrentThreadCpuTime();
                    if (counts.table() == Table.FEE_DETAILS) {
                        cpu[1] = now - cpu[0];
                    }
                    cpu[0] = now;
                }
            });
            TableCounts c = report.table(Table.FEE_DETAILS);
            System.out.printf(Locale.ROOT, "  run %d: %,12.0f fee lines/s %8.1f MB/s wall (%.2f s);"
                    + " %,12.0f lines per CPU-second of the reading thread; %,d accepted, %d errors%n",
                    run, c.rowsPerSecond(), c.bytes() / 1e6 / (c.nanos() / 1e9), c.nanos() / 1e9,
                    c.rowsRead() * 1e9 / cpu[1], sum[0], report.errorCount());
        }
        System.out.println("  (wall time includes garbage collection and, on a shared machine, waiting for a core)");

        if (skipLibraries) {
            return 0;
        }
        System.out.println("\nraw parsing of fee_details.csv (every field touched), one thread, best of " + runs + ":");
        measure("FastCSV 3.7.0, field slices into a reused buffer", fees, mb, BenchReadCommand::fastCsvSlices);
        measure("FastCSV 3.7.0, CsvRecord (a String per field)", fees, mb, BenchReadCommand::fastCsvRecords);
        measure("commons-csv 1.14.1, CSVRecord", fees, mb, BenchReadCommand::commonsCsv);
        measure("jackson-dataformat-csv 2.21, String[]", fees, mb, BenchReadCommand::jacksonCsv);
        return 0;
    }

    private interface Parse {
        long run(Path file) throws IOException;
    }

    private void measure(String name, Path file, double mb, Parse parse) throws IOException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long best = Long.MAX_VALUE;
        long bestCpu = Long.MAX_VALUE;
        long rows = 0;
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            long c = threads.getCurrentThreadCpuTime();
            rows = parse.run(file);
            best = Math.min(best, System.nanoTime() - t);
            bestCpu = Math.min(bestCpu, threads.getCurrentThreadCpuTime() - c);
        }
        System.out.printf(Locale.ROOT, "  %-50s %,12.0f lines/s %8.1f MB/s wall; %,12.0f lines/s %8.1f MB/s per CPU-second%n",
                name, rows * 1e9 / best, mb / (best / 1e9), rows * 1e9 / bestCpu, mb / (bestCpu / 1e9));
    }

    /** Rows read; the field lengths are summed so no parse can be skipped. */
    private static long fastCsvSlices(Path file) throws IOException {
        long rows = 0;
        long chars = 0;
        RowBuffer row = new RowBuffer();
        try (RowSource s = TableFiles.open(file)) {
            while (s.next(row)) {
                rows++;
                chars += row.fieldCount();
            }
        }
        return chars < 0 ? -1 : rows;
    }

    private static long fastCsvRecords(Path file) throws IOException {
        long rows = 0;
        long chars = 0;
        try (CsvReader<CsvRecord> r = CsvReader.builder().ofCsvRecord(file)) {
            for (CsvRecord rec : r) {
                rows++;
                for (int i = 0; i < rec.getFieldCount(); i++) {
                    chars += rec.getField(i).length();
                }
            }
        }
        return chars < 0 ? -1 : rows - 1;
    }

    private static long commonsCsv(Path file) throws IOException {
        long rows = 0;
        long chars = 0;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser p = CSVFormat.RFC4180.parse(in)) {
            for (CSVRecord rec : p) {
                rows++;
                for (int i = 0; i < rec.size(); i++) {
                    chars += rec.get(i).length();
                }
            }
        }
        return chars < 0 ? -1 : rows - 1;
    }

    private static long jacksonCsv(Path file) throws IOException {
        long rows = 0;
        long chars = 0;
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (MappingIterator<String[]> it = mapper.readerFor(String[].class).readValues(file.toFile())) {
            while (it.hasNext()) {
                String[] rec = it.next();
                rows++;
                for (String f : rec) {
                    chars += f.length();
                }
            }
        }
        return chars < 0 ? -1 : rows - 1;
    }
}
