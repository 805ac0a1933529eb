package org.fundguard.core.evaluation;

import java.util.Locale;
import org.fundguard.core.Money;

/** Renders an evaluation as the fixed-width table the CLI and the README show, and as JSON. */
public final class EvaluationTable {
    private EvaluationTable() {
    }

    public static String text(Evaluation.Result r) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%-24s %6s %6s %7s %6s %7s %9s %6s %8s %9s %7s%n", "category", "labels",
                "found", "recall", "leads", "matched", "precision", "ap", "loss-rec", "loss-yuan", "hn-hit"));
        for (Evaluation.CategoryScore c : r.categories()) {
            if (c.labels() == 0 && c.leads() == 0 && c.hardNegatives() == 0) {
                continue;
            }
            b.append(String.format(Locale.ROOT, "%-24s %6d %6d %7.3f %6d %7d %9.3f %6.3f %8.3f %9s %3d/%-3d%n",
                    c.category().name(), c.labels(), c.found(), c.recall(), c.leads(), c.matched(), c.precision(),
                    c.averagePrecision(), c.fundLossRecall(), Money.format(c.labelledLossFen()),
                    c.hardNegativesFlagged(), c.hardNegatives()));
        }
        b.append(r.summaryLine()).append('\n');
        return b.toString();
    }

    public static String json(Evaluation.Result r) {
        StringBuilder b = new StringBuilder("{\n  \"categories\": [\n");
        var list = r.categories();
        for (int i = 0; i < list.size(); i++) {
            Evaluation.CategoryScore c = list.get(i);
            b.append(String.format(Locale.ROOT,
                    "    {\"category\": \"%s\", \"labels\": %d, \"found\": %d, \"recall\": %.4f, \"leads\": %d, "
                            + "\"matched\": %d, \"precision\": %.4f, \"average_precision\": %.4f, "
                            + "\"fund_loss_recall\": %.4f, \"labelled_loss\": %s, \"found_loss\": %s, "
                            + "\"hard_negatives\": %d, \"hard_negatives_flagged\": %d}%s%n",
                    c.category().name(), c.labels(), c.found(), c.recall(), c.leads(), c.matched(), c.precision(),
                    c.averagePrecision(), c.fundLossRecall(), Money.format(c.labelledLossFen()),
                    Money.format(c.foundLossFen()), c.hardNegatives(), c.hardNegativesFlagged(),
                    i + 1 < list.size() ? "," : ""));
        }
        b.append(String.format(Locale.ROOT,
                "  ],%n  \"macro\": {\"recall\": %.4f, \"precision\": %.4f, \"average_precision\": %.4f, "
                        + "\"fund_loss_recall\": %.4f}%n}%n",
                r.macroRecall(), r.macroPrecision(), r.macroAveragePrecision(), r.macroFundLossRecall()));
        return b.toString();
    }
}
