package org.fundguard.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fundguard.core.FeeDetail;
import org.fundguard.core.Lead;
import org.fundguard.core.Settlement;
import org.fundguard.core.Visit;
import org.fundguard.core.dataset.DataSet;
import org.fundguard.engine.Claim;
import org.fundguard.engine.Finding;
import org.fundguard.engine.Leads;
import org.fundguard.engine.Region;
import org.fundguard.engine.ScreeningModel;

/**
 * The in-process run the Spark job must agree with, read straight off ScreeningModel's contract on
 * the records in memory: one statistics fold, groups by key in begin-time order, one finding per
 * (category, source, subject) with the best score. Stands in until the engine's local executor is
 * on main.
 */
final class LocalReference {
    private LocalReference() {
    }

    static List<Lead> leads(List<? extends ScreeningModel<?>> models, DataSet data) {
        Map<String, Finding> best = new HashMap<>();
        for (Finding f : findings(models, data)) {
            best.merge(Leads.leadId(f), f, (a, b) -> better(a, b) ? a : b);
        }
        List<Lead> leads = new ArrayList<>();
        for (Finding f : best.values()) {
            leads.add(Leads.of(f));
        }
        return leads;
    }

    /** Every finding of every model, before one per subject is kept. */
    static List<Finding> findings(List<? extends ScreeningModel<?>> models, DataSet data) {
        Region region = Region.of(data);
        List<Claim> claims = claims(data);
        List<Finding> all = new ArrayList<>();
        for (ScreeningModel<?> m : models) {
            all.addAll(run(m, claims, region));
        }
        return all;
    }

    private static boolean better(Finding a, Finding b) {
        if (a.score() != b.score()) {
            return a.score() > b.score();
        }
        return String.join(";", a.evidence()).compareTo(String.join(";", b.evidence())) <= 0;
    }

    private static <S extends Serializable> List<Finding> run(ScreeningModel<S> m, List<Claim> claims, Region region) {
        S stats = m.emptyStatistics();
        for (Claim c : claims) {
            stats = m.accumulate(stats, c, region);
        }
        Map<String, List<Claim>> groups = new LinkedHashMap<>();
        for (Claim c : claims) {
            for (String k : m.keys(c, region)) {
                groups.computeIfAbsent(k, x -> new ArrayList<>()).add(c);
            }
        }
        List<Finding> out = new ArrayList<>();
        for (Map.Entry<String, List<Claim>> g : groups.entrySet()) {
            List<Claim> group = g.getValue();
            group.sort(Comparator.<Claim, java.time.LocalDateTime>comparing(c -> c.visit().begin())
                    .thenComparing(c -> c.visit().mdtrtId()));
            out.addAll(m.screen(g.getKey(), group, stats, region));
        }
        return out;
    }

    static List<Claim> claims(DataSet data) {
        Map<String, List<FeeDetail>> lines = new HashMap<>();
        for (FeeDetail f : data.feeDetails()) {
            lines.computeIfAbsent(f.mdtrtId(), k -> new ArrayList<>()).add(f);
        }
        Map<String, List<Settlement>> settlements = new HashMap<>();
        for (Settlement s : data.settlements()) {
            settlements.computeIfAbsent(s.mdtrtId(), k -> new ArrayList<>()).add(s);
        }
        List<Claim> claims = new ArrayList<>();
        for (Visit v : data.visits()) {
            List<FeeDetail> l = new ArrayList<>(lines.getOrDefault(v.mdtrtId(), List.of()));
            l.sort(Comparator.comparing(FeeDetail::time).thenComparing(FeeDetail::feedetlSn));
            List<Settlement> s = new ArrayList<>(settlements.getOrDefault(v.mdtrtId(), List.of()));
            s.sort(Comparator.comparing(Settlement::time).thenComparing(Settlement::setlId));
            claims.add(new Claim(v, l, s));
        }
        return claims;
    }
}
