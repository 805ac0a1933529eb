package org.fundguard.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.size;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
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
 * The audit rule library as one job stage, run by the engine's {@link Auditor} itself. Every rule
 * but one looks at one person's claims at a time. The trace-code rule (回流药: one drug box settled
 * twice) is the audit's only cross-person state: it needs every sale of a code together. So the
 * stage is keyed not by person but by <em>trace-code component</em>: persons who share a
 * traceability code (directly or through others) form one group, everyone else is a group alone.
 * Within a group the Auditor sees every sale of every code its persons touched, so its ledger
 * decides exactly as the single-process run does, and groups stay as small as the resale rings.
 * The check of a physician attending at two institutions at once (冒用医师名义) is the other
 * cross-person state: it compares every outpatient visit of a multi-site physician, so the patients
 * of each physician registered at several institutions are joined into one component as well. That
 * keeps the result exact; at national scale those components grow with a multi-site physician's
 * patient count, which a practitioner-keyed stage would avoid (docs/spark.md).
 */
final class AuditStage implements Stage {
    private static final StructType CODE_PERSON = new StructType()
            .add("code", DataTypes.StringType, false)
            .add("psn", DataTypes.StringType, false);

    private final List<RuleDefinition> rules;
    /** psn_no → the smallest psn_no of its component, only for persons who share a code; others are their own key. */
    private final Map<String, String> components;
    private transient Auditor auditor;
    private transient Region compiledFor;

    private AuditStage(List<RuleDefinition> rules, Map<String, String> components) {
        this.rules = List.copyOf(rules);
        this.components = components;
    }

    static AuditStage of(RuleSet library) {
        return new AuditStage(library.rules(), Map.of());
    }

    @Override
    public String name() {
        return "RULES";
    }

    /**
     * Finds the components: (code, person) pairs of every fee line, the codes held by two persons or
     * more (few: a box is normally sold once), and union-find over those on the driver.
     */
    @Override
    public Stage prepared(Dataset<byte[]> claims, Region region) {
        List<Row> shared = claims.flatMap(new CodesAndPersons(new HashSet<>(region.multiSitePractitioners())),
                        Encoders.row(CODE_PERSON))
                .groupBy("code").agg(collect_set("psn").as("psns"))
                .where(size(col("psns")).gt(1))
                .select("psns").collectAsList();
        Map<String, String> parent = new HashMap<>();
        for (Row r : shared) {
            List<String> psns = r.getList(0);
            String first = find(parent, psns.get(0));
            for (int i = 1; i < psns.size(); i++) {
                String other = find(parent, psns.get(i));
                if (!other.equals(first)) {
                    // the smaller id roots the component, so the key does not depend on the order rows arrive in
                    if (other.compareTo(first) < 0) {
                        parent.put(first, other);
                        first = other;
                    } else {
                        parent.put(other, first);
                    }
                }
            }
        }
        Map<String, String> roots = new HashMap<>(parent.size() * 2);
        for (String p : parent.keySet()) {
            roots.put(p, find(parent, p));
        }
        return new AuditStage(rules, roots);
    }

    private static String find(Map<String, String> parent, String p) {
        String root = p;
        for (String up = parent.get(root); up != null && !up.equals(root); up = parent.get(root)) {
            root = up;
        }
        parent.putIfAbsent(p, root);
        return root;
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
        String psn = claim.visit().psnNo();
        return List.of(components.getOrDefault(psn, psn));
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
            auditor = new Auditor(RuleSet.of("rules", rules), region);
            compiledFor = region;
        }
        return auditor;
    }

    /** (key, person) pairs: every trace code of a line, and the multi-site physician of an outpatient visit. */
    private static final class CodesAndPersons implements FlatMapFunction<byte[], Row> {
        private final HashSet<String> multiSite;

        CodesAndPersons(HashSet<String> multiSite) {
            this.multiSite = multiSite;
        }

        @Override
        public Iterator<Row> call(byte[] bytes) {
            Claim c = ClaimCodec.decode(bytes);
            List<Row> out = new ArrayList<>();
            String prac = c.visit().attendingCode();
            if (prac != null && multiSite.contains(prac)) {
                out.add(RowFactory.create("practitioner:" + prac, c.visit().psnNo()));
            }
            for (FeeDetail f : c.lines()) {
                for (String code : f.traceCodes()) {
                    out.add(RowFactory.create(code, c.visit().psnNo()));
                }
            }
            return out.iterator();
        }
    }
}
