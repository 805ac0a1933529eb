package org.fundguard.engine.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fundguard.core.CatalogItem;
import org.fundguard.core.FeeDetail;
import org.fundguard.core.Person;
import org.fundguard.core.SubjectType;
import org.fundguard.engine.Claim;
import org.fundguard.engine.Finding;
import org.fundguard.engine.Leads;
import org.fundguard.engine.Region;

/**
 * Real-time audit (事前提醒/事中审核): one visit with its lines, checked against the person's history, by
 * the rules whose stages include the requested one. The same compiled rules and the same per-person
 * engine as the batch audit, restricted to findings about this visit; only the history it needs is read
 * (the longest window of the enabled rules). Thread-safe: each thread keeps its own working state.
 */
public final class RealtimeAuditor {
    private final Region region;
    private final HistoryStore history;
    private final Map<RuleDefinition.Stage, RulePlan> plans = new EnumMap<>(RuleDefinition.Stage.class);
    private final Map<String, RuleDefinition> rulesBySource = new HashMap<>();
    private final ThreadLocal<Map<RuleDefinition.Stage, PersonAudit>> audits;

    public RealtimeAuditor(RuleSet rules, Region region, HistoryStore history) {
        this.region = region;
        this.history = history;
        for (RuleDefinition.Stage s : RuleDefinition.Stage.values()) {
            plans.put(s, RulePlan.compile(rules, region, s));
        }
        for (RuleDefinition d : rules.rules()) {
            rulesBySource.put("RULE:" + d.code(), d);
        }
        this.audits = ThreadLocal.withInitial(() -> {
            Map<RuleDefinition.Stage, PersonAudit> m = new EnumMap<>(RuleDefinition.Stage.class);
            plans.forEach((s, p) -> m.put(s, new PersonAudit(p)));
            return m;
        });
    }

    public AuditResult audit(Claim claim, RuleDefinition.Stage stage) {
        RulePlan plan = plans.get(stage);
        Claim current = PersonClaims.ordered(claim);
        String psn = current.visit().psnNo();
        LocalDate from = current.visit().begin().toLocalDate().minusDays(plan.lookbackDays);
        List<Claim> all = new ArrayList<>();
        for (Claim c : history.claims(psn, from)) {
            if (!c.visit().mdtrtId().equals(current.visit().mdtrtId())) {
                all.add(c);
            }
        }
        all.add(current);
        all.sort((a, b) -> PersonClaims.VISIT_ORDER.compare(a.visit(), b.visit()));
        int index = 0;
        while (all.get(index) != current) {
            index++;
        }
        Person person = region.person(psn);
        List<Finding> found = new ArrayList<>();
        PersonAudit a = audits.get().get(stage);
        a.audit(person, all, (v, f) -> found.add(f), index);
        if (plan.traceRule != null) {
            traceCodes(plan.traceRule, a, a.visits[index], found);
        }
        List<RuleHit> hits = new ArrayList<>(found.size());
        for (Finding f : found) {
            hits.add(hit(f, current));
        }
        return new AuditResult(current.visit().mdtrtId(), psn, stage, hits);
    }

    private void traceCodes(CompiledRule rule, PersonAudit a, VisitFacts v, List<Finding> found) {
        if (v.reversedOnly) {
            return;
        }
        for (int i = v.firstLine; i < v.endLine; i++) {
            FeeDetail l = a.lines[i];
            if (l.traceCodes().isEmpty() || (a.flags[i] & (PersonAudit.F_GONE | PersonAudit.F_REFUND)) != 0
                    || !rule.inForce(a.day[i])) {
                continue;
            }
            for (String code : l.traceCodes()) {
                TraceEvent earlier = TraceLedger.stillSold(history.traceEvents(code), l.time(), v.visit.mdtrtId());
                if (earlier == null) {
                    continue;
                }
                String label = a.plans[i] == null ? l.listCode() : a.plans[i].label();
                String text = "费用明细" + l.feedetlSn() + "：药品" + label + "追溯码" + code + "已于" + earlier.time() + "在机构"
                        + earlier.institutionCode() + "销售结算(费用明细" + earlier.feedetlSn() + ")，本次再次销售，疑似回流药，违规金额"
                        + Amounts.yuan(a.effAmt[i]);
                found.add(Findings.line(rule, l, v, a.effAmt[i], text, List.of("fee_details:" + earlier.feedetlSn()),
                        "trace_codes", code, "earlier_sale", earlier.feedetlSn()));
                break;
            }
        }
    }

    private RuleHit hit(Finding f, Claim current) {
        RuleDefinition d = rulesBySource.get(f.source());
        String jr = Leads.leadId(f);
        String evid = d == null ? f.source() : d.gzCode() != null ? d.gzCode() + " " + d.nationalRuleClass()
                : d.nationalRuleClass() != null ? d.nationalRuleClass() : d.nameZh();
        List<RuleHit.Detail> details = new ArrayList<>();
        String psn = current.visit().psnNo();
        String mdtrt = current.visit().mdtrtId();
        if (f.subjectType() == SubjectType.FEE_DETAIL) {
            details.add(new RuleHit.Detail(jr, psn, mdtrt, f.subjectId(), itemType(lineCode(current, f.subjectId())), f.amountFen()));
        } else {
            for (FeeDetail l : current.lines()) {
                if (l.cnt() > 0) {
                    details.add(new RuleHit.Detail(jr, psn, mdtrt, l.feedetlSn(), itemType(l.listCode()), l.amountFen()));
                }
            }
        }
        String sev = d != null && d.resultType() == RuleDefinition.ResultType.SUSPICIOUS ? "2" : "1";
        return new RuleHit(jr, d == null ? f.source() : d.code(), d == null ? f.source() : d.nameZh(), f.explanation(), psn,
                mdtrt, details, f.amountFen(), "1", sev, evid, f.category().name(), f.fundShareFen(), f.evidence());
    }

    private static String lineCode(Claim c, String sn) {
        for (FeeDetail l : c.lines()) {
            if (l.feedetlSn().equals(sn)) {
                return l.listCode();
            }
        }
        return null;
    }

    private String itemType(String code) {
        CatalogItem item = code == null ? null : region.item(code);
        return item == null || item.listType() == null ? "" : item.listType().code();
    }
}
