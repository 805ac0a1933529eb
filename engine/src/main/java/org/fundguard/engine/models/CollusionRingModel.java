package org.fundguard.engine.models;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.fundguard.core.Category;
import org.fundguard.core.Money;
import org.fundguard.core.Person;
import org.fundguard.core.SubjectType;
import org.fundguard.engine.Claim;
import org.fundguard.engine.Finding;
import org.fundguard.engine.Region;
import org.fundguard.engine.ScreeningModel;
import org.fundguard.engine.Thresholds;
import org.jgrapht.Graph;
import org.jgrapht.alg.clustering.LabelPropagationClustering;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * 团伙骗保/黑中介: groups of persons who move together — admitted to the same institution within a
 * few days of each other, again and again, at several institutions — often tied by a shared phone
 * (the broker's) or address. Pairs are linked by their joint occasions; a pair counts only when it
 * went together at least twice and to at least two institutions, so a household that shares a phone
 * and sees one family doctor stays unlinked. Communities are the connected components of that graph,
 * split by label propagation when they grow beyond a plausible ring. One finding per member.
 */
public final class CollusionRingModel implements ScreeningModel<CoVisitLog> {
    public static final String RESOURCE = "/org/fundguard/engine/models/collusion-ring.properties";

    private final Thresholds t;
    private final int windowDays;
    private final int maxPhoneGroup;
    private final int minPairOccasions;
    private final int minPairInstitutions;
    private final double maxPairChance;
    private final double maxPlaceChance;
    private final int minRingSize;
    private final int maxRingSize;
    private final int minRingInstitutions;
    private final long seed;

    public CollusionRingModel(Thresholds t) {
        this.t = t;
        this.windowDays = t.integer("coadmission.window.days");
        this.maxPhoneGroup = t.integer("max.phone.group");
        this.minPairOccasions = t.integer("min.pair.occasions");
        this.minPairInstitutions = t.integer("min.pair.institutions");
        this.maxPairChance = t.decimal("max.pair.chance");
        this.maxPlaceChance = t.decimal("max.place.chance");
        this.minRingSize = t.integer("min.ring.size");
        this.maxRingSize = t.integer("max.ring.size");
        this.minRingInstitutions = t.integer("min.ring.institutions");
        this.seed = t.integer("label.propagation.seed");
    }

    public static CollusionRingModel standard() {
        return new CollusionRingModel(Thresholds.fromResource(RESOURCE));
    }

    @Override
    public String code() {
        return "COLLUSION_RING_COVISIT_GRAPH";
    }

    @Override
    public String version() {
        return t.string("model.version");
    }

    @Override
    public Category category() {
        return Category.COLLUSION_RING;
    }

    @Override
    public List<String> keys(Claim claim, Region region) {
        return List.of(claim.visit().psnNo());
    }

    @Override
    public CoVisitLog emptyStatistics() {
        return new CoVisitLog();
    }

    @Override
    public CoVisitLog accumulate(CoVisitLog statistics, Claim claim, Region region) {
        statistics.add(claim);
        return statistics;
    }

    @Override
    public CoVisitLog merge(CoVisitLog left, CoVisitLog right) {
        return left.merge(right);
    }

    /** A pair's joint occasions: where, and each member's (institution, day) visits on them. */
    static final class Pair {
        final Set<String> institutions = new TreeSet<>();
        final Set<String> visits = new TreeSet<>();
        final Set<String> occasions = new TreeSet<>();
        int coAdmissions;
    }

    /** A ring: its members and, per member, the (institution|epoch day) of the visits it shared with the others. */
    record Ring(int id, List<String> members, Set<String> institutions, int occasions, int coAdmissions,
            double density, boolean sharedContact, Map<String, Set<String>> visitsOf) {
    }

    @Override
    public List<Finding> screen(String psnNo, List<Claim> group, CoVisitLog log, Region region) {
        Map<String, Ring> rings = log.derived(() -> rings(log, region));
        Ring ring = rings.get(psnNo);
        if (ring == null) {
            return List.of();
        }
        Set<String> together = ring.visitsOf().getOrDefault(psnNo, Set.of());
        Set<String> ringVisits = new TreeSet<>();
        long fee = 0;
        long fund = 0;
        for (Claim c : group) {
            if (together.contains(placeDay(c.visit().institutionCode(), (int) c.visit().begin().toLocalDate().toEpochDay()))) {
                ringVisits.add(c.visit().mdtrtId());
                fee += Payments.medicalFee(c);
                fund += Payments.fundPaid(c);
            }
        }
        double perMember = ring.occasions() / (double) ring.members().size();
        double score = 0.35 * Math.min(1, perMember / 3.0)
                + 0.3 * Math.min(1, (ring.institutions().size() - 1) / 3.0)
                + 0.2 * ring.density()
                + 0.15 * (ring.sharedContact() ? 1 : 0);
        List<String> evidence = new ArrayList<>();
        evidence.add("persons:" + psnNo);
        ringVisits.forEach(v -> evidence.add("visits:" + v));
        ring.members().forEach(m -> {
            if (!m.equals(psnNo)) {
                evidence.add("persons:" + m);
            }
        });
        Map<String, String> observed = new LinkedHashMap<>();
        observed.put("ring_id", Integer.toString(ring.id()));
        observed.put("ring_size", Integer.toString(ring.members().size()));
        observed.put("ring_institutions", Integer.toString(ring.institutions().size()));
        observed.put("ring_joint_occasions", Integer.toString(ring.occasions()));
        observed.put("ring_co_admissions", Integer.toString(ring.coAdmissions()));
        observed.put("ring_density", FakeAdmissionModel.fmt(ring.density()));
        observed.put("shared_phone_or_address", Boolean.toString(ring.sharedContact()));
        observed.put("member_ring_visits", Integer.toString(ringVisits.size()));
        observed.put("min.pair.occasions", Integer.toString(minPairOccasions));
        observed.put("min.pair.institutions", Integer.toString(minPairInstitutions));
        String why = "参保人" + psnNo + "与另外" + (ring.members().size() - 1) + "人结伙就医：" + ring.members().size() + "人在"
                + ring.institutions().size() + "家机构共同就诊/入院" + ring.occasions() + "次（其中同期入院"
                + ring.coAdmissions() + "次）" + (ring.sharedContact() ? "，成员间共用联系电话或住址" : "") + "，本人涉及就诊"
                + ringVisits.size() + "次，基金支付" + Money.format(fund) + "元。";
        return List.of(new Finding("MODEL:" + code(), version(), category(), SubjectType.PERSON, psnNo, null, psnNo,
                Math.min(1, Math.max(0, score)), fee, fund, evidence, observed, why));
    }

    Map<String, Ring> rings(CoVisitLog log, Region region) {
        List<CoVisitLog.Entry> entries = new ArrayList<>(log.entries());
        entries.sort(Comparator.comparing(CoVisitLog.Entry::institution).thenComparingInt(CoVisitLog.Entry::epochDay)
                .thenComparing(CoVisitLog.Entry::psnNo).thenComparing(CoVisitLog.Entry::admission));
        Map<String, Pair> pairs = new HashMap<>();

        // co-admissions: same institution, admitted within the window, any two persons
        Map<String, List<CoVisitLog.Entry>> admissionsByInstitution = new TreeMap<>();
        for (CoVisitLog.Entry e : entries) {
            if (e.admission()) {
                admissionsByInstitution.computeIfAbsent(e.institution(), k -> new ArrayList<>()).add(e);
            }
        }
        for (List<CoVisitLog.Entry> adm : admissionsByInstitution.values()) {
            for (int i = 0; i < adm.size(); i++) {
                CoVisitLog.Entry a = adm.get(i);
                for (int j = i + 1; j < adm.size() && adm.get(j).epochDay() - a.epochDay() <= windowDays; j++) {
                    CoVisitLog.Entry b = adm.get(j);
                    if (!a.psnNo().equals(b.psnNo())) {
                        record(pairs, a, b, true);
                    }
                }
            }
        }

        // same-day visits at one institution by persons sharing a phone (a broker's number)
        Map<String, String> phoneOf = sharedPhones(region);
        Map<String, List<CoVisitLog.Entry>> byPlaceDayPhone = new TreeMap<>();
        for (CoVisitLog.Entry e : entries) {
            String phone = phoneOf.get(e.psnNo());
            if (phone != null && !e.admission()) {
                byPlaceDayPhone.computeIfAbsent(e.institution() + '|' + e.epochDay() + '|' + phone,
                        k -> new ArrayList<>()).add(e);
            }
        }
        for (List<CoVisitLog.Entry> same : byPlaceDayPhone.values()) {
            for (int i = 0; i < same.size(); i++) {
                for (int j = i + 1; j < same.size(); j++) {
                    if (!same.get(i).psnNo().equals(same.get(j).psnNo())) {
                        record(pairs, same.get(i), same.get(j), false);
                    }
                }
            }
        }

        // how often each person came to each institution, to tell togetherness from coincidence
        Map<String, Map<String, int[]>> visitsAt = new HashMap<>();
        int firstDay = Integer.MAX_VALUE;
        int lastDay = Integer.MIN_VALUE;
        for (CoVisitLog.Entry e : entries) {
            visitsAt.computeIfAbsent(e.psnNo(), k -> new HashMap<>())
                    .computeIfAbsent(e.institution() + (e.admission() ? "|A" : "|V"), k -> new int[1])[0]++;
            firstDay = Math.min(firstDay, e.epochDay());
            lastDay = Math.max(lastDay, e.epochDay());
        }
        int days = Math.max(1, lastDay - firstDay + 1);
        Map<String, List<CoVisitLog.Entry>> admissionsOf = new HashMap<>();
        for (List<CoVisitLog.Entry> adm : admissionsByInstitution.values()) {
            for (CoVisitLog.Entry e : adm) {
                admissionsOf.computeIfAbsent(e.psnNo(), k -> new ArrayList<>()).add(e);
            }
        }
        admissionsOf.values().forEach(l -> l.sort(Comparator.comparingInt(CoVisitLog.Entry::epochDay)));

        Graph<String, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        Map<String, Pair> kept = new TreeMap<>();
        for (Map.Entry<String, Pair> e : new TreeMap<>(pairs).entrySet()) {
            Pair p = e.getValue();
            if (p.occasions.size() >= minPairOccasions && p.institutions.size() >= minPairInstitutions
                    && chance(e.getKey(), p, visitsAt, days) <= maxPairChance
                    && placeChance(e.getKey(), p, admissionsOf) <= maxPlaceChance) {
                kept.put(e.getKey(), p);
                String[] ab = e.getKey().split("\u0001");
                graph.addVertex(ab[0]);
                graph.addVertex(ab[1]);
                graph.setEdgeWeight(graph.addEdge(ab[0], ab[1]), p.occasions.size());
            }
        }
        List<Set<String>> communities = new ArrayList<>();
        for (Set<String> component : new ConnectivityInspector<>(graph).connectedSets()) {
            if (component.size() <= maxRingSize) {
                communities.add(new TreeSet<>(component));
            } else {
                Graph<String, DefaultWeightedEdge> sub = new org.jgrapht.graph.AsSubgraph<>(graph, component);
                for (Set<String> c : new LabelPropagationClustering<>(sub, 100, new Random(seed)).getClustering()) {
                    communities.add(new TreeSet<>(c));
                }
            }
        }
        communities.sort(Comparator.comparing(s -> s.iterator().next()));
        Map<String, Ring> byMember = new HashMap<>();
        int id = 0;
        for (Set<String> members : communities) {
            if (members.size() < minRingSize) {
                continue;
            }
            Ring ring = ring(++id, members, kept, region);
            if (ring.institutions().size() >= minRingInstitutions) {
                members.forEach(m -> byMember.put(m, ring));
            }
        }
        return byMember;
    }

    /**
     * The probability that two persons who each come to the same institutions as often as they do
     * meet there this often by coincidence: Poisson with the expected number of chance meetings, the
     * sum over institutions of (their visits there) × (the other's) × (the meeting window / the days).
     */
    private double chance(String pairKey, Pair p, Map<String, Map<String, int[]>> visitsAt, int days) {
        String[] ab = pairKey.split("\u0001");
        Map<String, int[]> a = visitsAt.getOrDefault(ab[0], Map.of());
        Map<String, int[]> b = visitsAt.getOrDefault(ab[1], Map.of());
        double expected = 0;
        for (Map.Entry<String, int[]> e : a.entrySet()) {
            int[] nb = b.get(e.getKey());
            if (nb != null) {
                int window = e.getKey().endsWith("|A") ? 2 * windowDays + 1 : 1;
                expected += e.getValue()[0] * (double) nb[0] * window / days;
            }
        }
        return poissonTail(p.occasions.size(), expected);
    }

    /**
     * Given how often the two were admitted within the window of each other anywhere, the chance that
     * so many of those coincidences fell on the same institution, if each chose institutions as they
     * usually do (binomial). Patients on the same treatment cycle coincide in time at every cycle but
     * choose their hospital independently; a ring's coincidences are all at the same place.
     */
    private double placeChance(String pairKey, Pair p, Map<String, List<CoVisitLog.Entry>> admissionsOf) {
        if (p.coAdmissions == 0) {
            return 0;
        }
        String[] ab = pairKey.split("\u0001");
        List<CoVisitLog.Entry> a = admissionsOf.getOrDefault(ab[0], List.of());
        List<CoVisitLog.Entry> b = admissionsOf.getOrDefault(ab[1], List.of());
        int coincidences = 0;
        int from = 0;
        for (CoVisitLog.Entry x : a) {
            while (from < b.size() && b.get(from).epochDay() < x.epochDay() - windowDays) {
                from++;
            }
            for (int j = from; j < b.size() && b.get(j).epochDay() <= x.epochDay() + windowDays; j++) {
                coincidences++;
            }
        }
        Map<String, Integer> sharesA = new HashMap<>();
        a.forEach(x -> sharesA.merge(x.institution(), 1, Integer::sum));
        Map<String, Integer> sharesB = new HashMap<>();
        b.forEach(x -> sharesB.merge(x.institution(), 1, Integer::sum));
        double same = 0;
        for (Map.Entry<String, Integer> e : sharesA.entrySet()) {
            same += e.getValue() / (double) a.size() * sharesB.getOrDefault(e.getKey(), 0) / (double) b.size();
        }
        return binomialTail(Math.min(p.coAdmissions, coincidences), coincidences, same);
    }

    /** P(X ≥ k) for X ~ Binomial(n, q). */
    static double binomialTail(int k, int n, double q) {
        if (k <= 0) {
            return 1;
        }
        double below = 0;
        double term = Math.pow(1 - q, n);
        for (int j = 0; j < k; j++) {
            below += term;
            term = q >= 1 ? 0 : term * (n - j) / (j + 1) * q / (1 - q);
        }
        return Math.max(0, 1 - below);
    }

    /** P(X ≥ k) for X ~ Poisson(λ). */
    static double poissonTail(int k, double lambda) {
        if (lambda <= 0) {
            return k <= 0 ? 1 : 0;
        }
        double term = Math.exp(-lambda);
        double below = 0;
        for (int j = 0; j < k; j++) {
            below += term;
            term *= lambda / (j + 1);
        }
        return Math.max(0, 1 - below);
    }

    private Ring ring(int id, Set<String> members, Map<String, Pair> kept, Region region) {
        Set<String> institutions = new TreeSet<>();
        Set<String> occasions = new TreeSet<>();
        int coAdmissions = 0;
        int edges = 0;
        Map<String, Set<String>> visitsOf = new HashMap<>();
        List<String> list = new ArrayList<>(members);
        boolean contact = false;
        for (int i = 0; i < list.size(); i++) {
            for (int j = i + 1; j < list.size(); j++) {
                Pair p = kept.get(key(list.get(i), list.get(j)));
                Person a = region.person(list.get(i));
                Person b = region.person(list.get(j));
                if (a != null && b != null && (same(a.phone(), b.phone()) || same(a.addrCode(), b.addrCode()))) {
                    contact = true;
                }
                if (p == null) {
                    continue;
                }
                edges++;
                institutions.addAll(p.institutions);
                occasions.addAll(p.occasions);
                coAdmissions += p.coAdmissions;
                for (String v : p.visits) {
                    String owner = v.substring(0, v.indexOf('\u0001'));
                    visitsOf.computeIfAbsent(owner, k -> new TreeSet<>()).add(v.substring(v.indexOf('\u0001') + 1));
                }
            }
        }
        int n = list.size();
        double density = n < 2 ? 0 : edges / (n * (n - 1) / 2.0);
        return new Ring(id, list, institutions, occasions.size(), coAdmissions, density, contact, visitsOf);
    }

    private static boolean same(String a, String b) {
        return a != null && !a.isEmpty() && a.equals(b);
    }

    private void record(Map<String, Pair> pairs, CoVisitLog.Entry a, CoVisitLog.Entry b, boolean admission) {
        Pair p = pairs.computeIfAbsent(key(a.psnNo(), b.psnNo()), k -> new Pair());
        p.institutions.add(a.institution());
        // one occasion per institution and (first) day, whoever of the pair came first
        p.occasions.add(placeDay(a.institution(), Math.min(a.epochDay(), b.epochDay())));
        p.visits.add(a.psnNo() + '\u0001' + placeDay(a.institution(), a.epochDay()));
        p.visits.add(b.psnNo() + '\u0001' + placeDay(b.institution(), b.epochDay()));
        if (admission) {
            p.coAdmissions++;
        }
    }

    private static String placeDay(String institution, int epochDay) {
        return institution + '|' + epochDay;
    }

    private static String key(String a, String b) {
        return a.compareTo(b) < 0 ? a + '\u0001' + b : b + '\u0001' + a;
    }

    /** psn_no → phone, for phones shared by 2..max persons (larger groups are switchboards, not people). */
    private Map<String, String> sharedPhones(Region region) {
        Map<String, List<String>> byPhone = new HashMap<>();
        for (Person p : region.persons().values()) {
            if (p.phone() != null && !p.phone().isEmpty()) {
                byPhone.computeIfAbsent(p.phone(), k -> new ArrayList<>()).add(p.psnNo());
            }
        }
        Map<String, String> out = new HashMap<>();
        byPhone.forEach((phone, ps) -> {
            if (ps.size() >= 2 && ps.size() <= maxPhoneGroup) {
                ps.forEach(p -> out.put(p, phone));
            }
        });
        return out;
    }
}
