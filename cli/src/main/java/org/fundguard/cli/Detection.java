package org.fundguard.cli;

import java.util.ArrayList;
import java.util.List;
import org.fundguard.core.Category;
import org.fundguard.core.dataset.DataSet;
import org.fundguard.engine.Finding;
import org.fundguard.engine.Region;
import org.fundguard.engine.rules.Auditor;
import org.fundguard.engine.rules.PersonClaims;
import org.fundguard.engine.rules.RuleSet;

/** The claim-level audit, as the screen command runs it before the models: the built-in rule library. */
final class Detection {
    private Detection() {
    }

    static List<Finding> audit(DataSet data, int parallelism, List<Category> categories) {
        RuleSet rules = RuleSet.builtIn().onlyCategories(categories);
        if (rules.size() == 0) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        new Auditor(rules, Region.of(data)).audit(
                PersonClaims.group(data.visits(), data.feeDetails(), data.settlements()).persons(), parallelism, out::add);
        return out;
    }
}
