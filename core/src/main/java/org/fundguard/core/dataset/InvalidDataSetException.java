package org.fundguard.core.dataset;

/** A data set (or one table file) failed strict validation; the report says where and why. */
public final class InvalidDataSetException extends RuntimeException {
    private final transient ValidationReport report;

    public InvalidDataSetException(ValidationReport report) {
        super(summary(report));
        this.report = report;
    }

    public ValidationReport report() {
        return report;
    }

    private static String summary(ValidationReport report) {
        StringBuilder b = new StringBuilder().append(report.errorCount()).append(" error(s)");
        report.problems().stream().filter(p -> p.severity() == Severity.ERROR).limit(5)
                .forEach(p -> b.append("\n  ").append(p));
        if (report.errorCount() > 5) {
            b.append("\n  ...");
        }
        return b.toString();
    }
}
