package org.fundguard.engine.models;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.fundguard.core.Category;
import org.fundguard.core.FeeDetail;
import org.fundguard.core.Institution;
import org.fundguard.core.Money;
import org.fundguard.core.Ownership;
import org.fundguard.core.Person;
import org.fundguard.core.SubjectType;
import org.fundguard.engine.Claim;
import org.fundguard.engine.Finding;
import org.fundguard.engine.Region;
import org.fundguard.engine.ScreeningModel;
import org.fundguard.engine.Thresholds;

/**
 * 诱导住院/低标准入院: clusters of people from one village (addr_code) or sharing one phone, admitted
 * to one institution within a few days of each other, for diagnoses the region almost always treats
 * as outpatients, with near-identical fee lists. An outbreak in a care home is a cluster too, but of
 * diagnoses that are usually admitted and with treatment that varies from patient to patient, so its
 * mildness and template similarity stay low.
 */
public final class UnnecessaryAdmissionModel implements ScreeningModel<AdmissionPropensity> {
    public static final String RESOURCE = "/org/fundguard/engine/models/unnecessary-admission.properties";

    private final Thresholds t;
    private final int windowDays;
    private final int minCluster;
    private final int diagPrefixLength;
    private final int minDiagVisits;
    private final double maxMildPropensity;
    private final List<String> knownMild;
    private final double minMildShare;
    private final double minTemplateSimilarity;
    private final int elderlyAge;
    private final double minScore;
    private final double wMild;
    private final double wTemplate;
    private final double wElderly;
    private final double wSetting;
    private final double wSize;

    public UnnecessaryAdmissionModel(Thresholds t) {
        this.t = t;
        this.windowDays = t.integer("admission.window.days");
        this.minCluster = t.integer("min.cluster.size");
        this.diagPrefixLength = t.integer("diag.prefix.length");
        this.minDiagVisits = t.integer("min.diagnosis.visits");
        this.maxMildPropensity = t.decimal("max.mild.admission.propensity");
        this.knownMild = Figures.list(t.string("mild.diag.prefixes.when.rare"));
        this.minMildShare = t.decimal("min.mild.share");
        this.minTemplateSimilarity = t.decimal("min.template.similarity");
        this.elderlyAge = t.integer("elderly.age");
        this.minScore = t.decimal("min.score");
        this.wMild = t.decimal("weight.mild");
        this.wTemplate = t.decimal("weight.template");
        this.wElderly = t.decimal("weight.elderly");
        this.wSetting = t.decimal("weight.setting");
        this.wSize = t.decimal("weight.size");
    }

    public static UnnecessaryAdmissionModel standard() {
        return new UnnecessaryAdmissionModel(Thresholds.fromResource(RESOURCE));
    }

    @Override
    public String code() {
        return "UNNECESSARY_ADMISSION_CLUSTER";
    }

    @Override
    public String version() {
        return t.string("model.version");
    }

    @Override
    public Category category() {
        return Category.UNNECESSARY_ADMISSION;
    }

    @Override
    public List<String> keys(Claim claim, Region region) {
        return claim.visit().isInpatient() ? List.of(claim.visit().institutionCode()) : List.of();
    }

    @Override
    public AdmissionPropensity emptyStatistics() {
        return new AdmissionPropensity(diagPrefixLength);
    }

    @Override
    public AdmissionPropensity accumulate(AdmissionPropensity statistics, Claim claim, Region region) {
        statistics.add(claim);
        return statistics;
    }

    @Override
    public AdmissionPropensity merge(AdmissionPropensity left, AdmissionPropensity right) {
        return left.merge(right);
    }

    @Override
    public List<Finding> screen(String code, List<Claim> stays, AdmissionPropensity propensity, Region region) {
        int n = stays.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        // stays come in admission order: link each to the later ones admitted within the window
        for (int i = 0; i < n; i++) {
            Person a = region.person(stays.get(i).visit().psnNo());
            LocalDate di = stays.get(i).visit().begin().toLocalDate();
            for (int j = i + 1; j < n; j++) {
                LocalDate dj = stays.get(j).visit().begin().toLocalDate();
                if (ChronoUnit.DAYS.between(di, dj) > windowDays) {
                    break;
                }
                Person b = region.person(stays.get(j).visit().psnNo());
                if (a != null && b != null && !a.psnNo().equals(b.psnNo()) && linked(a, b)) {
                    union(parent, i, j);
                }
            }
        }
        Map<Integer, List<Integer>> clusters = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            clusters.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
        }
        Institution inst = region.institution(code);
        List<Finding> findings = new ArrayList<>();
        for (List<Integer> members : clusters.values()) {
            Set<String> persons = new HashSet<>();
            members.forEach(i -> persons.add(stays.get(i).visit().psnNo()));
            if (persons.size() < minCluster) {
                continue;
            }
            findings.addAll(judge(inst, members, stays, propensity, region));
        }
        return findings;
    }

    private static boolean linked(Person a, Person b) {
        return (a.addrCode() != null && !a.addrCode().isEmpty() && a.addrCode().equals(b.addrCode()))
                || (a.phone() != null && !a.phone().isEmpty() && a.phone().equals(b.phone()));
    }

    private List<Finding> judge(Institution inst, List<Integer> members, List<Claim> stays,
            AdmissionPropensity propensity, Region region) {
        List<Claim> cluster = new ArrayList<>();
        members.forEach(i -> cluster.add(stays.get(i)));
        int mild = 0;
        int elderly = 0;
        List<Set<String>> itemSets = new ArrayList<>();
        for (Claim c : cluster) {
            if (mild(c.visit().mainDiag(), propensity)) {
                mild++;
            }
            Person p = region.person(c.visit().psnNo());
            if (p != null && p.birthDate() != null && p.ageOn(c.visit().begin().toLocalDate()) >= elderlyAge) {
                elderly++;
            }
            Set<String> items = new HashSet<>();
            for (FeeDetail l : c.lines()) {
                if (l.cnt() > 0) {
                    items.add(l.listCode());
                }
            }
            itemSets.add(items);
        }
        int size = cluster.size();
        double mildShare = mild / (double) size;
        double similarity = meanJaccard(itemSets);
        double elderlyShare = elderly / (double) size;
        boolean setting = inst != null && (inst.ownership() == Ownership.PRIVATE || inst.eldercareLinked());
        if (mildShare < minMildShare || similarity < minTemplateSimilarity) {
            return List.of();
        }
        double score = wMild * mildShare + wTemplate * similarity + wElderly * elderlyShare
                + wSetting * (setting ? 1 : 0) + wSize * Math.min(1, (size - minCluster + 1) / 5.0);
        if (score < minScore) {
            return List.of();
        }
        LocalDate first = cluster.get(0).visit().begin().toLocalDate();
        LocalDate last = cluster.get(size - 1).visit().begin().toLocalDate();
        Set<String> villages = new java.util.TreeSet<>();
        for (Claim c : cluster) {
            Person p = region.person(c.visit().psnNo());
            if (p != null && p.addrCode() != null) {
                villages.add(p.addrCode());
            }
        }
        List<String> clusterEvidence = new ArrayList<>();
        cluster.forEach(c -> clusterEvidence.add("visits:" + c.visit().mdtrtId()));
        List<Finding> out = new ArrayList<>();
        for (int m = 0; m < size; m++) {
            Claim c = cluster.get(m);
            // a neighbour admitted the same week for a real illness is in the cluster, not in the scheme
            if (!mild(c.visit().mainDiag(), propensity) || similarityTo(m, itemSets) < minTemplateSimilarity) {
                continue;
            }
            long fee = Payments.medicalFee(c);
            long fund = Payments.fundPaid(c);
            double p = propensity.of(c.visit().mainDiag(), minDiagVisits);
            Map<String, String> observed = new LinkedHashMap<>();
            observed.put("cluster_size", Integer.toString(size));
            observed.put("min.cluster.size", Integer.toString(minCluster));
            observed.put("admission_span_days", Long.toString(ChronoUnit.DAYS.between(first, last)));
            observed.put("admission.window.days", Integer.toString(windowDays));
            observed.put("mild_share", Figures.two(mildShare));
            observed.put("diagnosis_admission_propensity", Double.isNaN(p) ? "too few visits" : Figures.two(p));
            observed.put("max.mild.admission.propensity", Figures.two(maxMildPropensity));
            observed.put("template_similarity", Figures.two(similarity));
            observed.put("min.template.similarity", Figures.two(minTemplateSimilarity));
            observed.put("elderly_share", Figures.two(elderlyShare));
            observed.put("private_or_eldercare", Boolean.toString(setting));
            List<String> evidence = new ArrayList<>();
            evidence.add("visits:" + c.visit().mdtrtId());
            c.settlements().forEach(s -> evidence.add("settlements:" + s.setlId()));
            evidence.add("persons:" + c.visit().psnNo());
            for (String e : clusterEvidence) {
                if (!evidence.contains(e)) {
                    evidence.add(e);
                }
            }
            String why = "住院" + c.visit().mdtrtId() + "属同村/同联系电话" + size + "人在" + ChronoUnit.DAYS.between(first, last)
                    + "天内集中入住" + c.visit().institutionCode() + (setting ? "（民营/医养结合机构）" : "") + "，主诊断"
                    + c.visit().mainDiag() + (Double.isNaN(p) ? "属低标准入院常见病种" : "在本地区仅" + Math.round(p * 100) + "%的就诊需住院")
                    + "，同批费用清单相似度"
                    + Figures.two(similarity) + "，60岁以上占" + Math.round(elderlyShare * 100)
                    + "%，统筹基金支付" + Money.format(fund) + "元。";
            out.add(new Finding("MODEL:" + code(), version(), category(), SubjectType.VISIT, c.visit().mdtrtId(),
                    c.visit().institutionCode(), c.visit().psnNo(), Math.min(1, score), fee, fund, evidence,
                    observed, why));
        }
        return out;
    }

    /**
     * Mild by the region's own practice (rarely admitted), or — for a diagnosis the region sees too
     * rarely to tell — on the published list of diagnoses that do not justify admission.
     */
    private boolean mild(String diagnosis, AdmissionPropensity propensity) {
        double p = propensity.of(diagnosis, minDiagVisits);
        return Double.isNaN(p) ? Diagnoses.startsWithAny(diagnosis, knownMild) : p <= maxMildPropensity;
    }

    /** Mean Jaccard similarity of one stay's item set to the others of its cluster. */
    private static double similarityTo(int member, List<Set<String>> sets) {
        double sum = 0;
        for (int j = 0; j < sets.size(); j++) {
            if (j != member) {
                sum += jaccard(sets.get(member), sets.get(j));
            }
        }
        return sets.size() < 2 ? 0 : sum / (sets.size() - 1);
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        int inter = 0;
        for (String s : a) {
            if (b.contains(s)) {
                inter++;
            }
        }
        int union = a.size() + b.size() - inter;
        return union == 0 ? 1 : inter / (double) union;
    }

    private static double meanJaccard(List<Set<String>> sets) {
        double sum = 0;
        int pairs = 0;
        for (int i = 0; i < sets.size(); i++) {
            for (int j = i + 1; j < sets.size(); j++) {
                sum += jaccard(sets.get(i), sets.get(j));
                pairs++;
            }
        }
        return pairs == 0 ? 0 : sum / pairs;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
