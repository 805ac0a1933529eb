package org.fundguard.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.fundguard.core.Category;
import org.fundguard.core.Lead;
import org.fundguard.core.Money;
import org.fundguard.core.dataset.DataSet;
import org.fundguard.core.dataset.DataSets;
import org.fundguard.core.dataset.ValidationMode;
import org.fundguard.engine.Claim;
import org.fundguard.engine.Finding;
import org.fundguard.engine.Leads;
import org.fundguard.engine.Region;
import org.fundguard.engine.knowledge.KnowledgePoints;
import org.fundguard.engine.rules.AuditSummary;
import org.fundguard.engine.rules.Auditor;
import org.fundguard.engine.rules.Backtest;
import org.fundguard.engine.rules.PersonClaims;
import org.fundguard.engine.rules.RuleDefinition;
import org.fundguard.engine.rules.RuleSet;
import org.fundguard.engine.rules.SanctionStatusCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "audit", mixinStandardHelpOptions = true,
        description = {"Audit every claim of a data set against the rule library (智能审核) and write the leads,",
            "or back-test one rule with changed parameters (--backtest RULE --set key=value)."})
final class AuditCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "data set directory")
    Path dir;

    @Option(names = "--out", description = "leads file to write (contract leads.csv); required unless --backtest")
    Path out;

    @Option(names = "--rules", paramLabel = "FILE",
            description = "rule file(s) added to the built-in library; a rule with the same code replaces the built-in one")
    List<Path> ruleFiles = new ArrayList<>();

    @Option(names = "--no-builtin", description = "do not load the built-in library (only --rules / --national)")
    boolean noBuiltin;

    @Option(names = "--national", arity = "0..1", paramLabel = "DIR", fallbackValue = "",
            description = "add the national knowledge points (国家知识点), read from DIR (default: the shared knowledge-point directory)")
    Path national;

    @Option(names = "--stage", description = "PRE, DURING or POST (default POST, the batch review)")
    RuleDefinition.Stage stage = RuleDefinition.Stage.POST;

    @Option(names = "--category", split = ",", description = "only rules of these categories (default: all)")
    List<Category> categories = new ArrayList<>();

    @Option(names = "--threads", description = "worker threads (default: all cores)")
    Integer threads;

    @Option(names = "--backtest", paramLabel = "RULE", description = "back-test this rule: hits and amounts before and after --set")
    String backtest;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "parameter changes for the back-test (repeatable; empty value removes)")
    Map<String, String> set = new LinkedHashMap<>();

    @Option(names = "--examples", description = "back-test: how many added/dropped hits to list (default 10)")
    int examples = 10;

    @Override
    public Integer call() {
        Usage.requireDirectory(dir, "DIR");
        if (backtest == null && out == null) {
            throw new Usage.UsageError("--out FILE is required (or --backtest RULE)");
        }
        if (backtest == null && !set.isEmpty()) {
            throw new Usage.UsageError("--set only goes with --backtest RULE");
        }
        RuleSet rules = library();
        long start = System.nanoTime();
        Progress.stage("load", "reading and validating " + dir);
        DataSet data = DataSets.load(dir, ValidationMode.STRICT).requireValid();
        Region region = Region.of(data);
        PersonClaims.Grouped grouped = PersonClaims.group(data.visits(), data.feeDetails(), data.settlements());
        Progress.done("load", System.nanoTime() - start, data.feeDetails().size() + " fee lines, " + data.visits().size()
                + " visits, " + grouped.persons().size() + " persons");
        if (grouped.orphans() > 0) {
            System.err.printf(Locale.ROOT, "warning: %d fee lines or settlements name no visit and were not audited%n", grouped.orphans());
        }
        if (backtest != null) {
            Backtest.Report r = Backtest.run(rules, region, grouped.persons(), backtest, set);
            System.out.print(r.format(examples));
            return 0;
        }
        long t0 = System.nanoTime();
        Auditor auditor = new Auditor(rules, region, stage);
        Progress.done("compile", System.nanoTime() - t0, auditor.planSummary());
        List<String> notes = auditor.planNotes();
        for (int i = 0; i < Math.min(10, notes.size()); i++) {
            System.err.println("  note: " + notes.get(i));
        }
        if (notes.size() > 10) {
            System.err.println("  ... " + (notes.size() - 10) + " more notes");
        }
        List<Lead> leads = new ArrayList<>();
        long t1 = System.nanoTime();
        int n = threads != null ? Math.max(1, threads) : Runtime.getRuntime().availableProcessors();
        AuditSummary s = auditor.audit(grouped.persons(), n, f -> leads.add(Leads.of(f)));
        long auditNanos = System.nanoTime() - t1;
        Progress.done("audit", auditNanos, s.lines() + " fee lines, " + s.findings() + " findings");
        SanctionStatusCheck sanctions = new SanctionStatusCheck(data.sanctionStatus());
        if (!sanctions.isEmpty()) {
            // sanction_status.csv present (docs/enforcement.md): services and settlements while a suspension is in force
            long before = leads.size();
            long fen = 0;
            for (PersonClaims pc : grouped.persons()) {
                for (Claim c : pc.claims()) {
                    List<Finding> found = new ArrayList<>(0);
                    sanctions.check(c, found::add);
                    for (Finding f : found) {
                        leads.add(Leads.of(f));
                        fen += f.fundShareFen();
                    }
                }
            }
            System.err.printf(Locale.ROOT, "  %-32s %7d  基金 %14s  (sanction_status.csv: %d rows)%n", "SUSPENDED_PRACTITIONER/AGREEMENT",
                    leads.size() - before, Money.format(fen), data.sanctionStatus().size());
        }
        LeadsOut.write(out, leads);
        new TreeMap<>(s.byRule()).forEach((rule, t) -> System.err.printf(Locale.ROOT, "  %-32s %7d  金额 %14s  基金 %14s%n",
                rule, t.count(), Money.format(t.amountFen()), Money.format(t.fundShareFen())));
        AuditSummary.Tally total = s.total();
        System.out.printf(Locale.ROOT, "audited %d fee lines of %d visits in %.2f s (%.0f fee lines/s): %d leads, 金额 %s 元, 基金 %s 元 -> %s%n",
                s.lines(), s.visits(), auditNanos / 1e9, s.lines() / Math.max(1e-9, auditNanos / 1e9), leads.size(),
                Money.format(total.amountFen()), Money.format(total.fundShareFen()), out);
        return 0;
    }

    private RuleSet library() {
        RuleSet rules = noBuiltin ? RuleSet.of("(none)", List.of()) : RuleSet.builtIn();
        if (national != null) {
            Path kp = national.toString().isEmpty() ? KnowledgeCommand.defaultDataDir() : national;
            Usage.requireDirectory(kp, "--national");
            rules = rules.plus(KnowledgePoints.load(kp));
        }
        for (Path f : ruleFiles) {
            Usage.requireFile(f, "--rules");
            rules = rules.plus(RuleSet.fromFile(f));
        }
        return rules.onlyCategories(categories);
    }
}
