package org.fundguard.engine.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fundguard.core.FeeDetail;
import org.fundguard.engine.Finding;

/**
 * TRACE_CODE_REUSE (回流药): one drug box — one traceability code — settled more than once. The only
 * cross-person state of the batch audit: every settled sale per code, decided when all persons have been
 * seen. Per code, sales and refunds are walked in time order; a sale while the box is still sold (an
 * earlier sale not refunded) is a violation, so a refunded sale re-sold after the refund is not. A sale
 * fully netted out by a refund of the same visit is no sale. The later sale's line is the violation;
 * amount = the line.
 */
final class TraceLedger implements CrossPersonCheck {
    private final CompiledRule rule;
    private final Map<String, Object> byCode = new HashMap<>(1 << 14);
    private final java.util.function.Predicate<String> mayRepeat;

    private record Sale(String sn, String listCode, String label, String mdtrtId, String psnNo, String institution,
            String setlId, java.time.LocalDateTime time, boolean refund, long amount, long fundShare) {
    }

    TraceLedger(CompiledRule rule, java.util.function.Predicate<String> mayRepeat) {
        this.rule = rule;
        this.mayRepeat = mayRepeat;
    }

    static final Comparator<TraceEvent> EVENT_ORDER = Comparator.comparing(TraceEvent::time)
            .thenComparing((x, y) -> LineOrder.compareIds(x.feedetlSn(), y.feedetlSn()));
    private static final Comparator<Sale> SALE_ORDER = Comparator.comparing(Sale::time)
            .thenComparing((x, y) -> LineOrder.compareIds(x.sn(), y.sn()));

    @Override
    public void observe(PersonAudit a) {
        for (int v = 0; v < a.visitCount; v++) {
            VisitFacts f = a.visits[v];
            if (f.reversedOnly) {
                continue;
            }
            for (int i = f.firstLine; i < f.endLine; i++) {
                FeeDetail l = a.lines[i];
                if (l.traceCodes().isEmpty() || (a.flags[i] & PersonAudit.F_GONE) != 0 || !rule.inForce(a.day[i])) {
                    continue;
                }
                if (!anyMayRepeat(l.traceCodes())) {
                    continue; // sold once in the whole region: never a reuse (see Auditor#withTraceCodesThatMayRepeat)
                }
                boolean refund = (a.flags[i] & PersonAudit.F_REFUND) != 0;
                CodePlan cp = a.plans[i];
                Sale s = new Sale(l.feedetlSn(), l.listCode(), cp == null ? l.listCode() : cp.label(), f.visit.mdtrtId(),
                        f.visit.psnNo(), f.visit.institutionCode(), f.settlement == null ? null : f.settlement.setlId(),
                        l.time(), refund, a.effAmt[i], f.fundShare(a.effAmt[i]));
                for (String code : l.traceCodes()) {
                    if (mayRepeat.test(code)) {
                        put(code, s);
                    }
                }
            }
        }
    }

    private boolean anyMayRepeat(List<String> codes) {
        for (String c : codes) {
            if (mayRepeat.test(c)) {
                return true;
            }
        }
        return false;
    }

    /** Takes over the sales another ledger observed (parallel audits keep one ledger per worker). */
    @Override
    @SuppressWarnings("unchecked")
    public void absorb(CrossPersonCheck o) {
        TraceLedger other = (TraceLedger) o;
        for (Map.Entry<String, Object> e : other.byCode.entrySet()) {
            if (e.getValue() instanceof Sale s) {
                put(e.getKey(), s);
            } else {
                for (Sale s : (List<Sale>) e.getValue()) {
                    put(e.getKey(), s);
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void put(String code, Sale s) {
        Object o = byCode.putIfAbsent(code, s);
        if (o == null) {
            return;
        }
        if (o instanceof Sale first) {
            List<Sale> l = new ArrayList<>(2);
            l.add(first);
            l.add(s);
            byCode.put(code, l);
        } else {
            ((List<Sale>) o).add(s);
        }
    }

    /** The findings, in sale order; call once, after every person has been observed. */
    @Override
    @SuppressWarnings("unchecked")
    public List<Finding> finish() {
        Map<Sale, Map<String, Sale>> hits = new IdentityHashMap<>();
        for (Map.Entry<String, Object> e : byCode.entrySet()) {
            if (!(e.getValue() instanceof List)) {
                continue;
            }
            List<Sale> events = (List<Sale>) e.getValue();
            events.sort(SALE_ORDER);
            int sold = 0;
            Sale last = null;
            for (Sale s : events) {
                if (s.refund()) {
                    sold = Math.max(0, sold - 1);
                    continue;
                }
                if (sold >= 1) {
                    hits.computeIfAbsent(s, k -> new LinkedHashMap<>()).put(e.getKey(), last);
                }
                sold++;
                last = s;
            }
        }
        List<Sale> order = new ArrayList<>(hits.keySet());
        order.sort(SALE_ORDER);
        List<Finding> out = new ArrayList<>(order.size());
        for (Sale s : order) {
            out.add(finding(s, new java.util.TreeMap<>(hits.get(s))));
        }
        return out;
    }

    private Finding finding(Sale s, Map<String, Sale> codes) {
        Map.Entry<String, Sale> first = codes.entrySet().iterator().next();
        Sale earlier = first.getValue();
        List<String> ev = new ArrayList<>();
        ev.add("fee_details:" + s.sn());
        ev.add("visits:" + s.mdtrtId());
        if (s.setlId() != null) {
            ev.add("settlements:" + s.setlId());
        }
        for (Sale e : codes.values()) {
            if (!ev.contains("fee_details:" + e.sn())) {
                ev.add("fee_details:" + e.sn());
            }
        }
        String text = "费用明细" + s.sn() + "：药品" + s.label() + "追溯码" + first.getKey()
                + (codes.size() > 1 ? "等" + codes.size() + "个" : "") + "已于" + earlier.time() + "在机构" + earlier.institution()
                + "销售结算(费用明细" + earlier.sn() + ")，" + s.time() + "在机构" + s.institution() + "再次销售结算，疑似回流药，违规金额"
                + Amounts.yuan(s.amount());
        Map<String, String> observed = new LinkedHashMap<>();
        observed.put("rule", rule.code());
        observed.put("template", rule.def.template());
        observed.put("trace_codes", String.join(";", codes.keySet()));
        observed.put("earlier_sale", earlier.sn());
        return new Finding(rule.source, rule.version, rule.category, rule.category.unit() == org.fundguard.core.SubjectType.VISIT
                ? org.fundguard.core.SubjectType.VISIT : org.fundguard.core.SubjectType.FEE_DETAIL,
                rule.category.unit() == org.fundguard.core.SubjectType.VISIT ? s.mdtrtId() : s.sn(), s.institution(), s.psnNo(),
                rule.score, s.amount(), s.fundShare(), ev, observed, text);
    }

    /**
     * Real time: whether a sale at {@code time} finds the box still sold, given the earlier events of
     * its code (any order; events at or after the sale and of the same visit are ignored).
     */
    static TraceEvent stillSold(List<TraceEvent> history, java.time.LocalDateTime time, String mdtrtId) {
        List<TraceEvent> events = new ArrayList<>(history);
        events.sort(EVENT_ORDER);
        int sold = 0;
        TraceEvent last = null;
        for (TraceEvent e : events) {
            if (!e.time().isBefore(time) || e.mdtrtId().equals(mdtrtId)) {
                continue;
            }
            if (e.refund()) {
                sold = Math.max(0, sold - 1);
            } else {
                sold++;
                last = e;
            }
        }
        return sold >= 1 ? last : null;
    }
}
