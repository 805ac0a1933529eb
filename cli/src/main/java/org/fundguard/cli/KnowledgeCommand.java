package org.fundguard.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.fundguard.engine.Thresholds;
import org.fundguard.engine.knowledge.Coverage;
import org.fundguard.engine.knowledge.CoverageReport;
import org.fundguard.engine.knowledge.KnowledgeImport;
import org.fundguard.engine.knowledge.KnowledgePoint;
import org.fundguard.engine.knowledge.KnowledgePoints;
import org.fundguard.engine.knowledge.RuleFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "knowledge", mixinStandardHelpOptions = true,
        description = {"Import the national knowledge points (国家医保智能监管知识点) as rule definitions and report their coverage:",
            "per rule class the points, how many can run, how many need a person (and which parameter), how many are superseded."})
final class KnowledgeCommand implements Callable<Integer> {
    static final String DATA_UNDER_SHARED = "data/nhsa-knowledge-points";
    /** Up to this many points needing a person are listed on the terminal; more go to a file. */
    private static final int LIST_ON_TERMINAL = 30;

    @Option(names = "--data", paramLabel = "DIR",
            description = "knowledge-point directory (default: ../shared/data/nhsa-knowledge-points beside the repository, "
                    + "or $FUNDGUARD_SHARED/data/nhsa-knowledge-points)")
    Path data;

    @Option(names = "--icd", paramLabel = "FILE",
            description = "ICD-10 医保版 name table used to read indications (default: icd-chs/ZD_INFO.dat beside the data directory)")
    Path icd;

    @Option(names = "--no-icd", description = "do not read indications automatically; every indication needs a person")
    boolean noIcd;

    @Option(names = "--defaults", paramLabel = "FILE",
            description = "properties overriding the class-wide defaults (child age, surgery discount, pair scope ...)")
    Path defaults;

    @Option(names = "--report", paramLabel = "FILE",
            description = "write the points that need a person (TSV: id, class, item, missing parameter, reason, source, text)")
    Path report;

    @Option(names = "--export", paramLabel = "FILE", description = "write every definition as a versioned rule file (JSON)")
    Path export;

    @Option(names = "--json", description = "print the coverage as JSON")
    boolean json;

    @Option(names = "--markdown", description = "print the coverage table as Markdown")
    boolean markdown;

    @Override
    public Integer call() {
        Path dir = data != null ? data : defaultDataDir();
        Path icdFile = noIcd ? null : icd != null ? requireFile(icd) : KnowledgePoints.defaultIcdFile(dir);
        Thresholds values = KnowledgePoints.builtInDefaults();
        if (defaults != null) {
            values = values.with(Thresholds.fromFile(requireFile(defaults)).asMap());
        }
        KnowledgeImport imp = KnowledgePoints.importFrom(dir, icdFile, values);
        Coverage coverage = imp.coverage();
        CoverageReport rep = new CoverageReport(coverage);
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);

        if (json) {
            out.print(rep.json());
        } else if (markdown) {
            out.print(rep.markdown());
        } else {
            out.print(rep.text());
            out.printf("%d points read from %s (index.json announces %d; %d supersede links), %d definitions, %s%n",
                    imp.outcomes().size(), dir, imp.announcedTotal(), imp.announcedSupersedeLinks(), imp.definitions().size(),
                    icdFile == null ? "indications not read (no ICD table)" : "indications read with " + icdFile.getFileName());
        }
        Path needsFile = report;
        if (needsFile == null && !json && coverage.needPerson().size() > LIST_ON_TERMINAL) {
            needsFile = Path.of("knowledge-needs.tsv");
        }
        if (needsFile != null) {
            write(needsFile, rep.needsTsv());
            say(out, "%d points need a person: listed in %s%n", coverage.needPerson().size(), needsFile);
        } else if (!json && !markdown) {
            for (KnowledgeImport.Outcome o : coverage.needPerson()) {
                KnowledgePoint p = o.point();
                out.printf("  %s  %s  %s  needs %s%s%n", p.kpId(), p.ruleClass(), p.itemName(), String.join(";", o.needs()),
                        o.note() == null ? "" : " (" + o.note() + ")");
            }
        }
        if (export != null) {
            RuleFile.write(export, imp.version(), "国家医保智能监管知识点 " + dir.getFileName(), imp.definitions());
            say(out, "%d definitions (%d enabled) written to %s, version %s%n", imp.definitions().size(),
                    imp.definitions().stream().filter(d -> d.enabled()).count(), export, imp.version());
        }
        out.flush();
        return 0;
    }

    // with --json or --markdown the standard output holds only the document
    private void say(PrintWriter out, String format, Object... args) {
        if (json || markdown) {
            out.flush();
            System.err.printf(format, args);
        } else {
            out.printf(format, args);
        }
    }

    private static Path requireFile(Path f) {
        if (!Files.isRegularFile(f)) {
            throw new IllegalArgumentException(f + ": no such file");
        }
        return f;
    }

    private static void write(Path file, String content) {
        try {
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** $FUNDGUARD_SHARED, else ../shared beside the repository this command was built in, else beside the working directory. */
    static Path defaultDataDir() {
        List<Path> tried = new ArrayList<>();
        String env = System.getenv("FUNDGUARD_SHARED");
        String prop = System.getProperty("fundguard.shared");
        for (String s : new String[] {prop, env}) {
            if (s != null && !s.isBlank()) {
                tried.add(Path.of(s).resolve(DATA_UNDER_SHARED));
            }
        }
        Path repo = repositoryRoot();
        if (repo != null) {
            tried.add(repo.resolveSibling("shared").resolve(DATA_UNDER_SHARED));
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            tried.add(p.resolveSibling("shared").resolve(DATA_UNDER_SHARED));
        }
        return tried.stream().filter(Files::isDirectory).findFirst().orElseThrow(() -> new IllegalArgumentException(
                "knowledge-point directory not found (tried " + tried.get(0) + " ...); give it with --data DIR"));
    }

    // the classes run from <repo>/cli/target/classes (bin/fundguard)
    private static Path repositoryRoot() {
        try {
            Path classes = Path.of(KnowledgeCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path root = classes.getParent() == null || classes.getParent().getParent() == null ? null : classes.getParent().getParent().getParent();
            return root != null && Files.isRegularFile(root.resolve("pom.xml")) ? root : null;
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return null;
        }
    }
}
