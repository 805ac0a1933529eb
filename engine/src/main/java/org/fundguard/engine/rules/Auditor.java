package org.fundguard.engine.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.fundguard.core.dataset.DataSet;
import org.fundguard.engine.Claim;
import org.fundguard.engine.Finding;
import org.fundguard.engine.Region;

/**
 * The batch audit (事后审核, 智能审核): streams claims person by person through every enabled rule of a
 * library compiled against the region. Findings of per-person rules come as each person is done; the
 * cross-person rule (trace codes) reports when the stream ends. A rule that fails stops the run with a
 * {@link RuleException} naming it and the row.
 */
public final class Auditor {
    private final RulePlan plan;

    public Auditor(RuleSet rules, Region region) {
        this(rules, region, RuleDefinition.Stage.POST);
    }

    public Auditor(RuleSet rules, Region region, RuleDefinition.Stage stage) {
        this.plan = RulePlan.compile(rules, region, stage);
    }

    /** One line: how much of the library runs on this region. */
    public String planSummary() {
        return plan.summary();
    }

    /** What enabled rules could not evaluate on this region (codes without catalogue data, missing settings). */
    public List<String> planNotes() {
        return plan.notes();
    }

    public AuditSummary audit(Iterable<PersonClaims> persons, Consumer<Finding> sink) {
        PersonAudit audit = new PersonAudit(plan);
        TraceLedger ledger = plan.traceRule == null ? null : new TraceLedger(plan.traceRule);
        Map<String, AuditSummary.Tally> tallies = new HashMap<>();
        long[] counts = new long[3];
        Consumer<Finding> counting = f -> {
            tallies.merge(f.source(), new AuditSummary.Tally(1, f.amountFen(), f.fundShareFen()),
                    (x, y) -> x.plus(y.amountFen(), y.fundShareFen()));
            sink.accept(f);
        };
        PersonAudit.Emitter emitter = (v, f) -> counting.accept(f);
        for (PersonClaims pc : persons) {
            counts[0]++;
            counts[1] += pc.claims().size();
            for (Claim c : pc.claims()) {
                counts[2] += c.lines().size();
            }
            audit.audit(plan.region.person(pc.psnNo()), pc.claims(), emitter);
            if (ledger != null) {
                ledger.observe(audit);
            }
        }
        if (ledger != null) {
            ledger.finish().forEach(counting);
        }
        long n = 0;
        for (AuditSummary.Tally t : tallies.values()) {
            n += t.count();
        }
        return new AuditSummary(counts[0], counts[1], counts[2], n, tallies);
    }

    /** Audits a whole in-memory data set and returns its findings. */
    public List<Finding> audit(DataSet d) {
        List<Finding> out = new ArrayList<>();
        audit(PersonClaims.group(d.visits(), d.feeDetails(), d.settlements()).persons(), out::add);
        return out;
    }
}
