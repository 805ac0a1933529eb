package org.fundguard.core.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Counts every problem, keeps the first {@code max} for the report and passes all to a listener. */
final class ProblemLog {
    private final int max;
    private final List<Problem> listed = new ArrayList<>();
    private final Consumer<Problem> listener;
    private long errors;
    private long warnings;

    ProblemLog(int max, Consumer<Problem> listener) {
        this.max = max;
        this.listener = listener;
    }

    void add(Problem p) {
        if (p.severity() == Severity.ERROR) {
            errors++;
        } else {
            warnings++;
        }
        if (listed.size() < max) {
            listed.add(p);
        }
        if (listener != null) {
            listener.accept(p);
        }
    }

    long errors() {
        return errors;
    }

    long warnings() {
        return warnings;
    }

    List<Problem> listed() {
        return listed;
    }
}
