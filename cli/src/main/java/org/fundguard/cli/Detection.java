package org.fundguard.cli;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import org.fundguard.core.Category;
import org.fundguard.core.FeeDetail;
import org.fundguard.core.Settlement;
import org.fundguard.core.Visit;
import org.fundguard.core.dataset.DataSet;
import org.fundguard.engine.Claim;
import org.fundguard.engine.Finding;
import org.fundguard.engine.Region;
import org.fundguard.engine.models.ClaimStore;
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

    /**
     * The same audit over a compact store: each person's claims are built when the auditor reaches
     * them and let go after, grouped exactly as {@link PersonClaims#group} groups a whole data set.
     */
    static List<Finding> audit(ClaimStore claims, Region region, int parallelism, List<Category> categories) {
        RuleSet rules = RuleSet.builtIn().onlyCategories(categories);
        if (rules.size() == 0) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        new Auditor(rules, region).withTraceCodesThatMayRepeat(claims.traceCodesThatMayRepeat())
                .audit(new Persons(claims), parallelism, out::add);
        return out;
    }

    /** Persons in psn_no order, each built on access (the auditor reads each once, from several threads). */
    private static final class Persons extends AbstractList<PersonClaims> {
        private final ClaimStore claims;

        Persons(ClaimStore claims) {
            this.claims = claims;
        }

        @Override
        public PersonClaims get(int p) {
            List<Visit> visits = new ArrayList<>();
            List<FeeDetail> lines = new ArrayList<>();
            List<Settlement> settlements = new ArrayList<>();
            claims.personRows(p, visits, lines, settlements);
            return PersonClaims.group(visits, lines, settlements).persons().get(0);
        }

        @Override
        public int size() {
            return claims.persons();
        }
    }
}
