package org.fundguard.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.fundguard.core.Masking;
import org.fundguard.governance.inspections.Directory;
import org.fundguard.governance.inspections.DirectoryFiles;
import org.fundguard.governance.inspections.Draw;
import org.fundguard.governance.inspections.DrawRatios;
import org.fundguard.governance.inspections.Pairing;
import org.fundguard.governance.inspections.RandomDraw;
import org.fundguard.governance.inspections.SampleDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "draw", mixinStandardHelpOptions = true,
        description = {"Double random draw (双随机): stratified random targets by credit grade, random inspectors with avoidance.",
            "Anyone with the same files and seed gets the same draw; the snapshot hash proves which files were used.",
            "Exit 0 drawn, 1 bad input or avoidance impossible, 2 usage errors."})
final class DrawCommand implements Callable<Integer> {
    static final long SAMPLE_SEED = 2025L;
    static final int SAMPLE_TARGETS = 200;
    static final int SAMPLE_INSPECTORS = 40;

    @Option(names = "--directory", paramLabel = "FILE", description = "target directory CSV (名录库: fixmedins_code, fixmedins_name, ..., credit_grade, unit)")
    Path directory;

    @Option(names = "--inspectors", paramLabel = "FILE", description = "inspector and expert directory CSV (inspector_id, name, qualification, unit, relations)")
    Path inspectors;

    @Option(names = "--previous", paramLabel = "FILE", description = "last year's draw (a --out file): its pairings are not repeated")
    Path previous;

    @Option(names = "--seed", paramLabel = "S", required = true, description = "the published seed (any text, e.g. the lottery number announced beforehand)")
    String seed;

    @Option(names = "--ratios", paramLabel = "FILE", description = "per-grade ratios CSV (credit_grade, ratio_permille, origin); default: the built-in draw-ratios.csv")
    Path ratios;

    @Option(names = "--inspectors-per-target", paramLabel = "N", defaultValue = "2", description = "team size, at least 2 (default ${DEFAULT-VALUE})")
    int perTarget;

    @Option(names = "--out", paramLabel = "FILE", description = "write the draw as CSV (one row per target and inspector; next year's --previous)")
    Path out;

    @Option(names = "--snapshot-out", paramLabel = "FILE", description = "write the canonical inputs the snapshot hash is taken over")
    Path snapshotOut;

    @Option(names = "--sample", description = "draw on a built-in synthetic directory (" + SAMPLE_TARGETS + " institutions, " + SAMPLE_INSPECTORS + " inspectors) instead of files")
    boolean sample;

    @Option(names = "--write-sample", paramLabel = "DIR", description = "write the synthetic directory as targets.csv and inspectors.csv into DIR, then draw on them")
    Path writeSample;

    @Override
    public Integer call() {
        Directory dir;
        String source;
        if (sample || writeSample != null) {
            if (directory != null || inspectors != null) {
                throw new Usage.UsageError("--sample/--write-sample replace --directory and --inspectors; give one or the other");
            }
            dir = SampleDirectory.generate(SAMPLE_SEED, SAMPLE_TARGETS, SAMPLE_INSPECTORS);
            source = "built-in sample (generator seed " + SAMPLE_SEED + ")";
            if (writeSample != null) {
                try {
                    Files.createDirectories(writeSample);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot create " + writeSample, e);
                }
                DirectoryFiles.writeTargets(dir.targets(), writeSample.resolve("targets.csv"));
                DirectoryFiles.writeInspectors(dir.inspectors(), writeSample.resolve("inspectors.csv"));
                source = writeSample.resolve("targets.csv") + ", " + writeSample.resolve("inspectors.csv");
            }
        } else {
            if (directory == null || inspectors == null) {
                throw new Usage.UsageError("give --directory FILE and --inspectors FILE (or --sample)");
            }
            Usage.requireFile(directory, "--directory");
            Usage.requireFile(inspectors, "--inspectors");
            dir = DirectoryFiles.read(directory, inspectors);
            source = directory + ", " + inspectors;
        }
        if (seed.isBlank()) {
            throw new Usage.UsageError("--seed must not be empty");
        }
        if (perTarget < RandomDraw.MINIMUM_INSPECTORS) {
            throw new Usage.UsageError("--inspectors-per-target must be at least " + RandomDraw.MINIMUM_INSPECTORS
                    + " (行政处罚法 第四十二条: 执法人员不得少于两人)");
        }
        List<Pairing> last = List.of();
        if (previous != null) {
            Usage.requireFile(previous, "--previous");
            last = DirectoryFiles.readPairings(previous);
        }
        DrawRatios r;
        if (ratios != null) {
            Usage.requireFile(ratios, "--ratios");
            r = DrawRatios.read(ratios);
        } else {
            r = DrawRatios.defaults();
        }

        Draw draw = RandomDraw.draw(dir, last, r, perTarget, seed);

        PrintStream p = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        p.println("双随机抽查 draw");
        p.println("seed            " + draw.seed());
        p.println("snapshot sha256 " + draw.snapshotSha256());
        p.println("directory       " + source + ": " + dir.targets().size() + " targets, " + dir.inspectors().size() + " inspectors");
        p.println("previous        " + (previous == null ? "none" : previous + ": " + last.size() + " pairings avoided"));
        p.println("ratios          " + (ratios == null ? "built-in draw-ratios.csv" : ratios.toString()));
        p.println();
        p.println("grade  population  ratio  drawn");
        int total = 0;
        for (Draw.Stratum s : draw.strata()) {
            p.printf("%-5s  %10d  %4d‰  %5d%n", s.grade(), s.population(), s.ratioPermille(), s.drawn());
            total += s.drawn();
        }
        p.printf("total  %10d         %5d%n", dir.targets().size(), total);
        p.println();
        for (Draw.Assignment a : draw.assignments()) {
            String team = a.inspectors().stream()
                    .map(i -> i.id() + " " + Masking.name(i.name()) + " (" + i.qualification() + ")")
                    .collect(Collectors.joining(", "));
            p.println(a.target().code() + "  " + a.target().name() + "  [" + a.target().creditGrade() + "]  " + team);
        }
        if (out != null) {
            DirectoryFiles.writeDraw(draw, out);
            System.err.println("draw written to " + out);
        }
        if (snapshotOut != null) {
            try {
                Files.writeString(snapshotOut, RandomDraw.canonicalInputs(dir, last, r, perTarget), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + snapshotOut, e);
            }
            System.err.println("canonical inputs written to " + snapshotOut + " (sha256 = the snapshot hash above)");
        }
        return 0;
    }
}
