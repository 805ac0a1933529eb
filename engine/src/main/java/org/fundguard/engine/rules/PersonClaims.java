package org.fundguard.engine.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fundguard.core.FeeDetail;
import org.fundguard.core.Settlement;
import org.fundguard.core.Visit;
import org.fundguard.engine.Claim;

/** One person's claims, in visit begin order (then visit id), each claim's lines in charge-time order. */
public record PersonClaims(String psnNo, List<Claim> claims) {
    static final Comparator<Visit> VISIT_ORDER = Comparator.comparing(Visit::begin)
            .thenComparing((a, b) -> LineOrder.compareIds(a.mdtrtId(), b.mdtrtId()));
    static final Comparator<FeeDetail> LINE_ORDER = Comparator.comparing(FeeDetail::time)
            .thenComparing((a, b) -> LineOrder.compareIds(a.feedetlSn(), b.feedetlSn()));

    public PersonClaims {
        claims = List.copyOf(claims);
    }

    /** The same claims with lines put in charge-time order (real-time callers may send them in any order). */
    static Claim ordered(Claim c) {
        List<FeeDetail> lines = c.lines();
        for (int i = 1; i < lines.size(); i++) {
            if (LINE_ORDER.compare(lines.get(i - 1), lines.get(i)) > 0) {
                List<FeeDetail> sorted = new ArrayList<>(lines);
                sorted.sort(LINE_ORDER);
                return new Claim(c.visit(), sorted, c.settlements());
            }
        }
        return c;
    }

    /**
     * Groups the activity tables person by person, in psn_no order. Lines and settlements whose visit is
     * missing cannot be audited: they are counted in {@link Grouped#orphans()} for the caller to report.
     */
    public static Grouped group(List<Visit> visits, List<FeeDetail> lines, List<Settlement> settlements) {
        Map<String, List<FeeDetail>> linesByVisit = new HashMap<>(visits.size() * 2);
        for (FeeDetail l : lines) {
            linesByVisit.computeIfAbsent(l.mdtrtId(), k -> new ArrayList<>(8)).add(l);
        }
        Map<String, List<Settlement>> setlByVisit = new HashMap<>(visits.size() * 2);
        for (Settlement s : settlements) {
            setlByVisit.computeIfAbsent(s.mdtrtId(), k -> new ArrayList<>(1)).add(s);
        }
        Map<String, List<Visit>> byPerson = new HashMap<>();
        for (Visit v : visits) {
            byPerson.computeIfAbsent(v.psnNo(), k -> new ArrayList<>(4)).add(v);
        }
        List<String> persons = new ArrayList<>(byPerson.keySet());
        persons.sort(null);
        List<PersonClaims> out = new ArrayList<>(persons.size());
        long matchedLines = 0;
        long matchedSettlements = 0;
        for (String psn : persons) {
            List<Visit> vs = byPerson.get(psn);
            vs.sort(VISIT_ORDER);
            List<Claim> claims = new ArrayList<>(vs.size());
            for (Visit v : vs) {
                List<FeeDetail> ls = linesByVisit.getOrDefault(v.mdtrtId(), List.of());
                if (ls.size() > 1) {
                    ls.sort(LINE_ORDER);
                }
                List<Settlement> ss = setlByVisit.getOrDefault(v.mdtrtId(), List.of());
                matchedLines += ls.size();
                matchedSettlements += ss.size();
                claims.add(new Claim(v, ls, ss));
            }
            out.add(new PersonClaims(psn, claims));
        }
        return new Grouped(out, lines.size() - matchedLines + settlements.size() - matchedSettlements);
    }

    /** @param orphans fee lines and settlements whose mdtrt_id matches no visit */
    public record Grouped(List<PersonClaims> persons, long orphans) {
    }
}
