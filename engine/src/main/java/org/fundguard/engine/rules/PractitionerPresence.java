package org.fundguard.engine.rules;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fundguard.core.MedType;
import org.fundguard.core.Practitioner;
import org.fundguard.core.PractitionerType;
import org.fundguard.core.Settlement;
import org.fundguard.core.SubjectType;
import org.fundguard.engine.Finding;

/**
 * 冒用医师名义, the cross-person half of PRACTITIONER_QUALIFICATION (with overlap_minutes): a physician
 * attending outpatient visits at two institutions less than overlap_minutes apart cannot have seen both
 * patients. Valid multi-site registration (多点执业) does not change that; it only makes each site
 * legitimate on its own days. The visit reported is the one away from the physician's first practice
 * site (第一执业地点: the registration that began first; 多点执业 registrations are added to it later);
 * when neither visit is there, the one at the site where he sees fewer patients, then the later one.
 * Amount = its fund payment. Pharmacists (pharmacy purchases) and inpatient stays are left out: a reviewing
 * pharmacist of a chain and a ward doctor are legitimately present at many encounters at once.
 */
final class PractitionerPresence implements CrossPersonCheck {
    private final CompiledRule rule;
    private final int maxMinutes;
    private final org.fundguard.engine.Region region;
    private final Map<String, List<Seen>> byPractitioner = new HashMap<>();
    /**
     * Whether a code is a physician registered at two or more institutions: the only ones this check
     * follows (anyone else seen at a second institution is reported by that visit's registration check).
     */
    private final Map<String, Boolean> multiSite = new HashMap<>();

    private record Seen(String practitioner, String institution, long begin, long end, LocalDateTime beginTime, String mdtrtId,
            String psnNo, long fundPay, List<String> settlements) {
    }

    private static final Comparator<Seen> ORDER = Comparator.comparingLong(Seen::begin)
            .thenComparing((x, y) -> LineOrder.compareIds(x.mdtrtId(), y.mdtrtId()));

    PractitionerPresence(CompiledRule rule, int maxMinutes, org.fundguard.engine.Region region) {
        this.rule = rule;
        this.maxMinutes = maxMinutes;
        this.region = region;
    }

    private boolean isMultiSitePhysician(String prac) {
        Boolean b = multiSite.get(prac);
        if (b == null) {
            String first = null;
            b = false;
            for (Practitioner p : region.registrations(prac)) {
                if (p.type() != PractitionerType.DOCTOR) {
                    continue;
                }
                if (first == null) {
                    first = p.institutionCode();
                } else if (!first.equals(p.institutionCode())) {
                    b = true;
                }
            }
            multiSite.put(prac, b);
        }
        return b;
    }

    @Override
    public void observe(PersonAudit a) {
        for (int k = 0; k < a.visitCount; k++) {
            VisitFacts v = a.visits[k];
            MedType t = v.visit.medType();
            String prac = v.visit.attendingCode();
            if (v.reversedOnly || prac == null || prac.isEmpty() || t == MedType.PHARMACY_PURCHASE || t == MedType.INPATIENT
                    || !isMultiSitePhysician(prac) || !rule.inForce(v.beginDay)) {
                continue;
            }
            long begin = v.visit.begin().toEpochSecond(ZoneOffset.UTC);
            long end = v.visit.end() == null ? begin : Math.max(begin, v.visit.end().toEpochSecond(ZoneOffset.UTC));
            List<String> setl = new ArrayList<>(1);
            for (Settlement s : v.claim.settlements()) {
                if (!s.reversed()) {
                    setl.add(s.setlId());
                }
            }
            byPractitioner.computeIfAbsent(prac, x -> new ArrayList<>()).add(new Seen(prac, v.visit.institutionCode(), begin, end,
                    v.visit.begin(), v.visit.mdtrtId(), v.visit.psnNo(), v.fundPay, setl));
        }
    }

    @Override
    public void absorb(CrossPersonCheck o) {
        ((PractitionerPresence) o).byPractitioner.forEach((k, v) -> byPractitioner.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
    }

    @Override
    public List<Finding> finish() {
        Map<String, Finding> out = new LinkedHashMap<>();
        List<String> pracs = new ArrayList<>(byPractitioner.keySet());
        pracs.sort(null);
        for (String prac : pracs) {
            List<Seen> seen = byPractitioner.get(prac);
            Map<String, Integer> perSite = new HashMap<>();
            for (Seen s : seen) {
                perSite.merge(s.institution(), 1, Integer::sum);
            }
            if (perSite.size() < 2) {
                continue;
            }
            seen.sort(ORDER);
            long window = maxMinutes * 60L;
            for (int i = 0; i < seen.size(); i++) {
                Seen v = seen.get(i);
                for (int j = i + 1; j < seen.size() && seen.get(j).begin() - v.end() < window; j++) {
                    Seen u = seen.get(j);
                    if (u.institution().equals(v.institution()) || gap(v, u) >= window) {
                        continue;
                    }
                    String first = firstSite(prac);
                    Seen flagged;
                    if (v.institution().equals(first) || u.institution().equals(first)) {
                        flagged = v.institution().equals(first) ? u : v;
                    } else {
                        int cv = perSite.get(v.institution());
                        int cu = perSite.get(u.institution());
                        flagged = cv < cu ? v : u;
                    }
                    Seen other = flagged == v ? u : v;
                    out.putIfAbsent(flagged.mdtrtId(), finding(flagged, other, gap(v, u), perSite));
                }
            }
        }
        List<Finding> l = new ArrayList<>(out.values());
        return l;
    }

    /** The institution of the registration that began first (an open begin counts as earliest). */
    private String firstSite(String prac) {
        Practitioner first = null;
        for (Practitioner p : region.registrations(prac)) {
            if (first == null || (p.certBegin() == null ? first.certBegin() != null
                    : first.certBegin() != null && p.certBegin().isBefore(first.certBegin()))) {
                first = p;
            }
        }
        return first == null ? null : first.institutionCode();
    }

    private static long gap(Seen a, Seen b) {
        return a.end() < b.begin() ? b.begin() - a.end() : b.end() < a.begin() ? a.begin() - b.end() : 0;
    }

    private Finding finding(Seen v, Seen other, long gapSeconds, Map<String, Integer> perSite) {
        List<String> ev = new ArrayList<>();
        ev.add("visits:" + v.mdtrtId());
        v.settlements().forEach(s -> ev.add("settlements:" + s));
        ev.add("visits:" + other.mdtrtId());
        ev.add("practitioners:" + v.practitioner());
        String text = "就诊" + v.mdtrtId() + "：医师" + v.practitioner() + "于" + v.beginTime() + "在机构" + v.institution()
                + "接诊，同一时段(" + other.beginTime() + ")又在机构" + other.institution() + "接诊(就诊" + other.mdtrtId() + ")，两处相隔仅"
                + gapSeconds / 60 + "分钟(限" + maxMinutes + "分钟)，疑似冒用医师名义，基金支付" + Amounts.yuan(v.fundPay());
        Map<String, String> observed = new LinkedHashMap<>();
        observed.put("rule", rule.code());
        observed.put("template", rule.def.template());
        observed.put("practitioner", v.practitioner());
        observed.put("other_visit", other.mdtrtId());
        observed.put("gap_minutes", Long.toString(gapSeconds / 60));
        observed.put("visits_here", Integer.toString(perSite.get(v.institution())));
        observed.put("visits_there", Integer.toString(perSite.get(other.institution())));
        return new Finding(rule.source, rule.version, rule.category, SubjectType.VISIT, v.mdtrtId(), v.institution(), v.psnNo(),
                rule.score, v.fundPay(), v.fundPay(), ev, observed, text);
    }
}
