package org.fundguard.core.dataset;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * The outcome of validating a data set: per-table counts, the totals per severity (all problems are
 * counted) and the problems themselves up to the listing cap, in reading order.
 */
public final class ValidationReport {
    private final List<TableCounts> tables;
    private final List<Problem> problems;
    private final long errors;
    private final long warnings;

    ValidationReport(List<TableCounts> tables, List<Problem> problems, long errors, long warnings) {
        this.tables = List.copyOf(tables);
        this.problems = List.copyOf(problems);
        this.errors = errors;
        this.warnings = warnings;
    }

    public List<TableCounts> tables() {
        return tables;
    }

    /** Counts of one table; a table that was not read has zero rows and a null file. */
    public TableCounts table(Table t) {
        for (TableCounts c : tables) {
            if (c.table() == t) {
                return c;
            }
        }
        return new TableCounts(t, null, 0, 0, 0, 0, 0, 0, 0);
    }

    /** The listed problems (at most the cap given when loading). */
    public List<Problem> problems() {
        return problems;
    }

    public long errorCount() {
        return errors;
    }

    public long warningCount() {
        return warnings;
    }

    public boolean hasErrors() {
        return errors > 0;
    }

    /** Problems counted but not listed because of the cap. */
    public long unlisted() {
        return errors + warnings - problems.size();
    }

    public long rowsRejected() {
        return tables.stream().mapToLong(TableCounts::rejected).sum();
    }

    /** The table of counts, the totals, then one line per listed problem. */
    public void print(PrintStream out) {
        out.printf(Locale.ROOT, "%-20s %12s %12s %10s %10s%n", "table", "rows read", "accepted", "rejected",
                "warnings");
        for (TableCounts c : tables) {
            if (c.present()) {
                out.printf(Locale.ROOT, "%-20s %12d %12d %10d %10d%n", c.file(), c.rowsRead(), c.accepted(),
                        c.rejected(), c.warnings());
            } else {
                out.printf(Locale.ROOT, "%-20s %12s%n", c.table().baseName(), "(absent)");
            }
        }
        out.printf(Locale.ROOT, "%d error(s), %d warning(s)%n", errors, warnings);
        for (Problem p : problems) {
            out.println((p.severity() == Severity.ERROR ? "ERROR   " : "WARNING ") + p);
        }
        if (unlisted() > 0) {
            out.printf(Locale.ROOT, "... %d more problem(s) not listed%n", unlisted());
        }
    }
}
