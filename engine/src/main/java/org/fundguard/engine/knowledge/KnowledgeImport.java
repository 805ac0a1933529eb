package org.fundguard.engine.knowledge;

import java.util.List;
import org.fundguard.engine.rules.RuleDefinition;

/**
 * The result of importing a knowledge-point directory: one rule definition per published point, in
 * file order, and what became of each point.
 *
 * @param version the knowledge version: the latest publication date in the data and the point count
 */
public record KnowledgeImport(String version, int announcedTotal, int announcedSupersedeLinks, List<Outcome> outcomes) {

    public KnowledgeImport {
        outcomes = List.copyOf(outcomes);
    }

    /**
     * One point and its definition.
     *
     * @param needs        parameters a person must supply before the definition can run (empty = runs)
     * @param confidence   parsed / default / auto for an executable definition, null otherwise
     * @param supersededBy the later point that replaces this one, null when none
     * @param note         why something is needed or how an ambiguous text was read, null when plain
     */
    public record Outcome(KnowledgePoint point, RuleDefinition definition, List<String> needs, String confidence,
                          String supersededBy, String note) {
        public Outcome {
            needs = List.copyOf(needs);
        }

        public boolean executable() {
            return needs.isEmpty();
        }
    }

    public List<RuleDefinition> definitions() {
        return outcomes.stream().map(Outcome::definition).toList();
    }

    public Coverage coverage() {
        return Coverage.of(this);
    }
}
