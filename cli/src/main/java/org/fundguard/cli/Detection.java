package org.fundguard.cli;

import java.util.ArrayList;
import java.util.List;
import org.fundguard.core.Category;
import org.fundguard.core.dataset.DataSet;
import org.fundguard.engine.Claim;
import org.fundguard.engine.Finding;
import org.fundguard.engine.Region;
import org.fundguard.engine.rules.Auditor;
import org.fundguard.engine.rules.PersonClaims;
import org.fundguard.engine.rules.RuleSet;
import org.fundguard.engine.rules.SanctionStatusCheck;

/** The claim-level audit, as the screen command runs it before the models: the built-in rule library. */
final class Detection {
    private Detection() {
    }

    static List<Finding> audit(DataSet data, int parallelism, List<Category> categories) {
        RuleSet rules = RuleSet.builtIn().onlyCategories(categories);
        SanctionStatusCheck sanctions = new SanctionStatusCheck(data.sanctionStatus());
        boolean checkSanctions = !sanctions.isEmpty()
                && (categories.isEmpty() || categories.contains(Category.UNQUALIFIED_PRACTITIONER));
        if (rules.size() == 0 && !checkSanctions) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        List<PersonClaims> persons = PersonClaims.group(data.visits(), data.feeDetails(), data.settlements()).persons();
        if (rules.size() > 0) {
            new Auditor(rules, Region.of(data)).audit(persons, parallelism, out::add);
        }
        if (checkSanctions) {
            // sanction_status.csv (docs/enforcement.md): services and settlements while a suspension is in force
            for (PersonClaims pc : persons) {
                for (Claim c : pc.claims()) {
                    sanctions.check(c, out::add);
                }
            }
        }
        return out;
    }
}
