package org.fundguard.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.fundguard.core.Category;
import org.fundguard.core.FeeDetail;
import org.fundguard.core.Settlement;
import org.fundguard.core.Visit;
import org.fundguard.engine.Claim;
import org.fundguard.engine.Finding;
import org.fundguard.engine.Region;
import org.fundguard.engine.rules.Auditor;
import org.fundguard.engine.rules.PersonClaims;
import org.fundguard.engine.rules.RuleDefinition;
import org.fundguard.engine.rules.RuleSet;

/**
 * The audit rules as job stages, run by the engine's {@link Auditor} itself. Every rule but one
 * looks at one person's claims at a time: that stage is keyed by person. The trace-code rule
 * (回流药, one drug box settled twice, usually by two persons) is the audit's only cross-person state
 * and the Auditor offers no way to split it, so it is one group holding every claim that carries a
 * traceability code, audited in one task (docs/capacity-plan.md: its limit and the engine change
 * that would lift it).
 */
final class AuditStage implements Stage {
    private static final String TRACE_GROUP = "trace-codes";

    private final String name;
    private final List<RuleDefinition> rules;
    private final boolean traceCodes;
    private transient Auditor auditor;
    private transient Region compiledFor;

    private AuditStage(String name, List<RuleDefinition> rules, boolean traceCodes) {
        this.name = name;
        this.rules = List.copyOf(rules);
        this.traceCodes = traceCodes;
    }

    /** The library split into the per-person stage and the trace-code stage; stages without rules are left out. */
    static List<Stage> of(RuleSet library) {
        EnumSet<Category> perPerson = EnumSet.allOf(Category.class);
        perPerson.remove(Category.TRACE_CODE_REUSE);
        List<Stage> stages = new ArrayList<>();
        RuleSet person = library.onlyCategories(perPerson);
        if (person.size() > 0) {
            stages.add(new AuditStage("RULES:per-person", person.rules(), false));
        }
        RuleSet trace = library.onlyCategories(List.of(Category.TRACE_CODE_REUSE));
        if (trace.size() > 0) {
            stages.add(new AuditStage("RULES:trace-codes", trace.rules(), true));
        }
        return stages;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Serializable emptyStatistics() {
        return Boolean.TRUE;
    }

    @Override
    public Serializable accumulate(Serializable statistics, Claim claim, Region region) {
        return statistics;
    }

    @Override
    public Serializable merge(Serializable left, Serializable right) {
        return left;
    }

    @Override
    public List<String> keys(Claim claim, Region region) {
        if (!traceCodes) {
            return List.of(claim.visit().psnNo());
        }
        for (FeeDetail f : claim.lines()) {
            if (!f.traceCodes().isEmpty()) {
                return List.of(TRACE_GROUP);
            }
        }
        return List.of();
    }

    @Override
    public List<Finding> screen(String key, List<Claim> group, Serializable statistics, Region region) {
        List<Visit> visits = new ArrayList<>(group.size());
        List<FeeDetail> lines = new ArrayList<>();
        List<Settlement> settlements = new ArrayList<>();
        for (Claim c : group) {
            visits.add(c.visit());
            lines.addAll(c.lines());
            settlements.addAll(c.settlements());
        }
        // the engine's own grouping, so persons, visits and lines come in exactly the local order
        List<PersonClaims> persons = PersonClaims.group(visits, lines, settlements).persons();
        List<Finding> out = new ArrayList<>();
        auditor(region).audit(persons, out::add);
        return out;
    }

    /** Compiled once per task (the plan indexes the region's catalogue), not once per person. */
    private Auditor auditor(Region region) {
        if (auditor == null || compiledFor != region) {
            auditor = new Auditor(RuleSet.of(name, rules), region);
            compiledFor = region;
        }
        return auditor;
    }
}
