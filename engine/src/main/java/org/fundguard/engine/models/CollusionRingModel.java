package org.fundguard.engine.models;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
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
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * 团伙骗保/黑中介: groups of persons who move together — seen at the same institution within hours of
 * each other, or admitted within days of each other, again and again, at several institutions —
 * often registered with one phone (the broker's). Pairs are linked by their joint occasions beyond
 * coincidence ({@link CoVisitPairs}): a household that shares a phone and a family doctor goes to one
 * institution; patients on one treatment cycle coincide in time but not in place. Communities are the
 * connected components of the pair graph, split by label propagation when larger than a plausible
 * ring, and reduced to their 2-core (every member linked to two others at least). One finding per
 * member.
 */
public final class CollusionRingModel implements ScreeningModel<CoVisitLog> {
    public static final String RESOURCE = "/org/fundguard/engine/models/collusion-ring.properties";

    private final Thresholds t;
    private final CoVisitPairs pairs;
    private final int minPairOccasions;
    private final int minPairInstitutions;
    private final int minRingSize;
    private final int maxRingSize;
    private final int minRingInstitutions;
    private final int minRingOccasions;
    private final long seed;

    public CollusionRingModel(Thresholds t) {
        this.t = t;
        this.minPairOccasions = t.integer("min.pair.occasions");
        this.minPairInstitutions = t.integer("min.pair.institutions");
        this.pairs = new CoVisitPairs(t.integer("coadmission.window.days"), t.integer("covisit.window.minutes"),
                t.integer("opening.minutes.per.day"), minPairOccasions, minPairInstitutions, t.decimal("max.pair.chance"),
                t.decimal("max.place.chance"));
        this.minRingSize = t.integer("min.ring.size");
        this.maxRingSize = t.integer("max.ring.size");
        this.minRingInstitutions = t.integer("min.ring.institutions");
        this.minRingOccasions = t.integer("min.ring.occasions");
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
            String placeDay = CoVisitPairs.placeDay(c.visit().institutionCode(),
                    (int) c.visit().begin().toLocalDate().toEpochDay());
            if (together.contains(placeDay)) {
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
        observed.put("ring_density", Figures.two(ring.density()));
        observed.put("shared_phone_or_address", Boolean.toString(ring.sharedContact()));
        observed.put("member_ring_visits", Integer.toString(ringVisits.size()));
        observed.put("min.pair.occasions", Integer.toString(minPairOccasions));
        observed.put("min.pair.institutions", Integer.toString(minPairInstitutions));
        observed.put("min.ring.institutions", Integer.toString(minRingInstitutions));
        observed.put("min.ring.occasions", Integer.toString(minRingOccasions));
        String why = "参保人" + psnNo + "与另外" + (ring.members().size() - 1) + "人结伙就医：" + ring.members().size() + "人在"
                + ring.institutions().size() + "家机构同日/同期就诊或入院" + ring.occasions() + "次"
                + (ring.coAdmissions() > 0 ? "（其中同期入院" + ring.coAdmissions() + "人次对）" : "")
                + (ring.sharedContact() ? "，成员间共用联系电话或住址" : "") + "，本人涉及就诊" + ringVisits.size()
                + "次，基金支付" + Money.format(fund) + "元。";
        return List.of(new Finding("MODEL:" + code(), version(), category(), SubjectType.PERSON, psnNo, null, psnNo,
                Math.min(1, Math.max(0, score)), fee, fund, evidence, observed, why));
    }

    Map<String, Ring> rings(CoVisitLog log, Region region) {
        Map<String, CoVisitPairs.Pair> kept = pairs.find(log.entries());
        Graph<String, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        for (Map.Entry<String, CoVisitPairs.Pair> e : kept.entrySet()) {
            String[] ab = CoVisitPairs.split(e.getKey());
            graph.addVertex(ab[0]);
            graph.addVertex(ab[1]);
            graph.setEdgeWeight(graph.addEdge(ab[0], ab[1]), e.getValue().occasions.size());
        }
        List<Set<String>> communities = new ArrayList<>();
        for (Set<String> component : new ConnectivityInspector<>(graph).connectedSets()) {
            if (component.size() <= maxRingSize) {
                communities.add(new TreeSet<>(component));
            } else {
                Graph<String, DefaultWeightedEdge> sub = new AsSubgraph<>(graph, new TreeSet<>(component));
                for (Set<String> c : new LabelPropagationClustering<>(sub, 100, new Random(seed)).getClustering()) {
                    communities.add(new TreeSet<>(c));
                }
            }
        }
        communities.sort(Comparator.comparing(s -> s.iterator().next()));
        Map<String, Ring> byMember = new HashMap<>();
        int id = 0;
        for (Set<String> community : communities) {
            Set<String> members = twoCore(graph, community);
            if (members.size() < minRingSize) {
                continue;
            }
            Ring ring = ring(++id, members, kept, region);
            if (ring.institutions().size() >= minRingInstitutions && ring.occasions() >= minRingOccasions) {
                members.forEach(m -> byMember.put(m, ring));
            }
        }
        return byMember;
    }

    /**
     * The members each linked to at least two others of the community (removed one by one otherwise):
     * a group moves together, so each member was repeatedly with several others; a chain of pairwise
     * coincidences is not a group.
     */
    private static Set<String> twoCore(Graph<String, DefaultWeightedEdge> graph, Set<String> community) {
        Set<String> core = new TreeSet<>(community);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String v : new ArrayList<>(core)) {
                int degree = 0;
                for (DefaultWeightedEdge e : graph.edgesOf(v)) {
                    String other = graph.getEdgeSource(e).equals(v) ? graph.getEdgeTarget(e) : graph.getEdgeSource(e);
                    if (core.contains(other)) {
                        degree++;
                    }
                }
                if (degree < 2) {
                    core.remove(v);
                    changed = true;
                }
            }
        }
        return core;
    }

    private Ring ring(int id, Set<String> members, Map<String, CoVisitPairs.Pair> kept, Region region) {
        Set<String> institutions = new TreeSet<>();
        Set<String> occasions = new TreeSet<>();
        int coAdmissions = 0;
        int edges = 0;
        Map<String, Set<String>> visitsOf = new HashMap<>();
        List<String> list = new ArrayList<>(members);
        boolean contact = false;
        for (int i = 0; i < list.size(); i++) {
            for (int j = i + 1; j < list.size(); j++) {
                Person a = region.person(list.get(i));
                Person b = region.person(list.get(j));
                if (a != null && b != null && (same(a.phone(), b.phone()) || same(a.addrCode(), b.addrCode()))) {
                    contact = true;
                }
                CoVisitPairs.Pair p = kept.get(CoVisitPairs.key(list.get(i), list.get(j)));
                if (p == null) {
                    continue;
                }
                edges++;
                institutions.addAll(p.institutions);
                occasions.addAll(p.occasions);
                coAdmissions += p.coAdmissions;
                p.visitsOf.forEach((person, v) -> visitsOf.computeIfAbsent(person, k -> new TreeSet<>()).addAll(v));
            }
        }
        int n = list.size();
        double density = n < 2 ? 0 : edges / (n * (n - 1) / 2.0);
        return new Ring(id, list, institutions, occasions.size(), coAdmissions, density, contact, visitsOf);
    }

    private static boolean same(String a, String b) {
        return a != null && !a.isEmpty() && a.equals(b);
    }
}
