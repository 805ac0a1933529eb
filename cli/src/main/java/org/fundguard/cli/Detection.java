package org.fundguard.cli;

import java.util.List;
import org.fundguard.core.Category;
import org.fundguard.core.dataset.DataSet;
import org.fundguard.engine.Finding;

/** The claim-level audit, as the screen command runs it before the models. */
final class Detection {
    private Detection() {
    }

    static List<Finding> audit(DataSet data, int parallelism, List<Category> categories) {
        return List.of(); // wired to the rule library when the audit engine lands
    }
}
