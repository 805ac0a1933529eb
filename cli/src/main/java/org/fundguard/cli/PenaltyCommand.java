package org.fundguard.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.fundguard.core.Money;
import org.fundguard.enforcement.files.DataFileException;
import org.fundguard.enforcement.sanctions.Article;
import org.fundguard.enforcement.sanctions.Condition;
import org.fundguard.enforcement.sanctions.DiscretionBasis;
import org.fundguard.enforcement.sanctions.DiscretionLevel;
import org.fundguard.enforcement.sanctions.LawfulRange;
import org.fundguard.enforcement.sanctions.SanctionCatalogue;
import org.fundguard.enforcement.sanctions.SanctionRange;
import org.fundguard.enforcement.sanctions.Unit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "penalty", mixinStandardHelpOptions = true,
        description = {"The lawful range of every sanction of an article of 《医疗保障基金使用监督管理条例》(国务院令第735号) "
                + "or of the service agreement (P) for a loss, cut by the province's discretion basis (裁量基准).",
            "The same computation the platform's decision form and validator use (docs/enforcement.md).",
            "Exit 0 printed, 2 usage errors (unknown article, bad amount)."})
final class PenaltyCommand implements Callable<Integer> {

    @Option(names = "--article", paramLabel = "N", description = "38, 39, 40, 41, 43 or P (see --list)")
    String article;

    @Option(names = "--amount", paramLabel = "YUAN", description = "the fund loss (or amount defrauded) in yuan, up to 2 decimals; default 0")
    String amount;

    @Option(names = "--fraud", description = "the conduct aimed at defrauding the fund (以骗取医疗保障基金为目的)")
    boolean fraud;

    @Option(names = "--province", paramLabel = "P", defaultValue = "default",
            description = "discretion basis: a built-in one (default, sample-4) or a province code in --discretion FILE (default ${DEFAULT-VALUE})")
    String province;

    @Option(names = "--discretion", paramLabel = "FILE", description = "a province's discretion basis CSV (province,kind,level,label,from_permille,to_permille,basis)")
    Path discretion;

    @Option(names = "--list", description = "list the articles and exit")
    boolean list;

    @Override
    public Integer call() {
        SanctionCatalogue catalogue = SanctionCatalogue.order735();
        PrintStream p = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (list) {
            for (Article a : catalogue.articles()) {
                p.println(a.code() + "\t" + a.basis() + "\t" + a.subject());
                p.println("\t" + a.title());
            }
            return 0;
        }
        if (article == null) {
            throw new Usage.UsageError("give --article N (one of " + codes(catalogue) + "), or --list");
        }
        if (catalogue.article(article).isEmpty()) {
            throw new Usage.UsageError("unknown article '" + article + "': one of " + codes(catalogue) + " (see --list)");
        }
        long loss = 0;
        if (amount != null) {
            try {
                loss = Money.parseFen(amount.strip());
            } catch (NumberFormatException e) {
                throw new Usage.UsageError("--amount '" + amount + "': " + e.getMessage() + " (yuan with up to 2 decimals, e.g. 12345.67)");
            }
            if (loss < 0) {
                throw new Usage.UsageError("--amount must not be negative: " + amount);
            }
        }
        DiscretionBasis basis = basis();
        LawfulRange range;
        try {
            range = catalogue.range(article, loss, fraud);
        } catch (ArithmeticException e) {
            throw new Usage.UsageError("--amount " + amount + " is too large to compute its fines exactly");
        }

        Article a = range.article();
        p.println("条款      " + a.basis() + (range.requested().equals(a.code()) ? "" : "(申请适用第" + range.requested() + "条)"));
        p.println("          " + a.title());
        p.println("对象      " + a.subject());
        p.println("金额      " + Money.format(loss) + " 元" + (fraud ? "，以骗取医疗保障基金为目的" : ""));
        StringBuilder levels = new StringBuilder();
        for (DiscretionLevel l : basis.levels()) {
            levels.append(levels.length() == 0 ? "" : " / ").append(l.label()).append(' ').append(l.code());
        }
        p.println("裁量基准  " + basis.province() + ": " + levels);
        for (String note : range.notes()) {
            p.println("说明      " + note);
        }
        p.println();
        for (SanctionRange s : range.sanctions()) {
            p.println(s.kind().label() + " (" + s.kind().name() + ")  [" + s.obligation().label() + "]"
                    + (s.condition() == Condition.ALWAYS ? "" : "  " + s.condition().label()));
            if (s.bounds().unit() != Unit.NONE) {
                p.println("    法定幅度  " + s.bounds().describe());
                if (!s.bounds().isFixed()) {
                    for (DiscretionLevel l : basis.levels()) {
                        p.println("    " + pad(l.label()) + "  " + basis.subRange(s, l.code()).describe());
                    }
                }
            }
            p.println("    依据      " + s.basis());
        }
        return 0;
    }

    private DiscretionBasis basis() {
        try {
            if (discretion != null) {
                Usage.requireFile(discretion, "--discretion");
                return DiscretionBasis.read(discretion, province);
            }
            if (!DiscretionBasis.builtInProvinces().contains(province)) {
                throw new Usage.UsageError("--province '" + province + "': built-in bases are " + String.join(", ", DiscretionBasis.builtInProvinces())
                        + "; give a province's file with --discretion FILE");
            }
            return DiscretionBasis.builtIn(province);
        } catch (DataFileException e) {
            throw new Usage.UsageError(e.getMessage());
        }
    }

    /** Pads a level name to the width of "法定幅度" (4 characters). */
    private static String pad(String label) {
        return label.length() >= 4 ? label : label + "\u3000".repeat(4 - label.length());
    }

    private static String codes(SanctionCatalogue c) {
        return String.join(", ", c.articles().stream().map(Article::code).toList());
    }
}
