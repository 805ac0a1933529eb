package org.fundguard.cli;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks that print figures (never timed tests).",
        subcommands = {BenchReadCommand.class, BenchCommand.Rules.class, BenchRealtimeCommand.class, BenchCommand.Screen.class})
final class BenchCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing benchmark (read, rules, realtime, screen)");
    }

    /**
     * {@code screen} as a benchmark (issue #4: ≥ 10 M fee lines, goal ≤ 60 s and ≤ 4 GB heap): the
     * same run, leads to a temporary file, and the figures: wall and CPU time, fee lines/s, heap
     * peaks and the load average (the machine is shared: CPU time is the figure that travels).
     */
    @Command(name = "screen", mixinStandardHelpOptions = true,
            description = {"Screen a data set (rules and every model) and print wall time, CPU time, fee lines/s,",
                "heap peaks and the load average. Run it with the heap you mean to claim, e.g.",
                "FUNDGUARD_JAVA_OPTS=-Xmx4g bin/fundguard bench screen DIR."})
    static final class Screen implements Callable<Integer> {
        @CommandLine.Parameters(index = "0", paramLabel = "DIR", description = "data set directory")
        Path dir;

        @Option(names = "--threads", description = "worker threads (default: all cores)")
        Integer threads;

        @Override
        public Integer call() throws IOException {
            ScreenCommand screen = new ScreenCommand();
            screen.dir = dir;
            screen.threads = threads;
            screen.out = Files.createTempFile("fundguard-bench-leads", ".csv");
            try {
                return screen.call();
            } finally {
                Files.deleteIfExists(screen.out);
            }
        }
    }

    /**
     * The rule engine's benchmarks (module bench): batch throughput with every rule and national point,
     * and the latency of a real-time audit of one 50-line visit. Runs in its own JVM.
     */
    @Command(name = "rules", mixinStandardHelpOptions = true,
            description = {"Batch audit throughput (fee lines/s on one core, all rules and national points) and real-time",
                "latency of one 50-line visit (p50/p99). Default: a short run timed by wall clock and CPU time;",
                "--jmh: the JMH benchmarks, briefly (about 3 minutes)."})
    static final class Rules implements Callable<Integer> {
        @Option(names = "--jmh", description = "run the JMH benchmarks instead of the quick figures")
        boolean jmh;

        @Option(names = "--heap", description = "heap of the benchmark JVM (default 3g)")
        String heap = "3g";

        @Override
        public Integer call() throws IOException, InterruptedException {
            Path root = repositoryRoot();
            Path classes = root.resolve("bench/target/classes");
            Path lib = root.resolve("bench/target/lib");
            if (!Files.isDirectory(classes) || !Files.isDirectory(lib)) {
                throw new Usage.UsageError("the bench module is not built: run (cd " + root + " && mvn -q -B package -DskipTests)");
            }
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            String shared = "-Dfundguard.shared=" + root.resolveSibling("shared");
            List<String> cmd = new ArrayList<>(List.of(java, "-Xmx" + heap, shared, "-cp",
                    classes + File.pathSeparator + lib + File.separator + "*"));
            if (jmh) {
                cmd.addAll(List.of("org.openjdk.jmh.Main", "org.fundguard.bench.*", "-f", "1", "-wi", "3", "-i", "5", "-w", "3s", "-r",
                        "5s", "-jvmArgs", "-Xmx" + heap + " " + shared));
            } else {
                cmd.add("org.fundguard.bench.QuickFigures");
            }
            Process p = new ProcessBuilder(cmd).inheritIO().start();
            return p.waitFor();
        }

        // the classes run from <repo>/cli/target/classes (bin/fundguard)
        private static Path repositoryRoot() {
            try {
                Path here = Path.of(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
                for (Path p = here; p != null; p = p.getParent()) {
                    if (Files.isRegularFile(p.resolve("pom.xml")) && Files.isDirectory(p.resolve("bench"))) {
                        return p;
                    }
                }
            } catch (URISyntaxException | SecurityException e) {
                // fall through
            }
            throw new Usage.UsageError("cannot find the repository (bench module) from " + BenchCommand.class.getName());
        }
    }
}
