package org.fundguard.engine.knowledge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.fundguard.engine.knowledge.KnowledgeImport.Outcome;
import org.fundguard.engine.knowledge.RuleClasses.RuleClass;
import org.fundguard.engine.rules.RuleDefinition;
import org.fundguard.engine.rules.RuleDefinition.ResultType;
import org.fundguard.engine.rules.RuleDefinition.Stage;
import org.fundguard.engine.rules.RuleDefinition.Window;

/**
 * Points → rule definitions. Every point becomes exactly one definition: one whose limit could not be
 * read is loaded disabled with {@code needs}; one replaced by a later point ({@code supersedes}) stays
 * in force until the day before the later one was published, and the later one from that day.
 */
final class KnowledgeImporter {
    private static final Set<Stage> ALL_STAGES = EnumSet.allOf(Stage.class);

    private final RuleClasses classes;
    private final LimitParser parser;

    KnowledgeImporter(RuleClasses classes, LimitParser parser) {
        this.classes = classes;
        this.parser = parser;
    }

    KnowledgeImport run(KnowledgePointFiles.Contents contents) {
        List<KnowledgePoint> points = contents.points();
        Map<String, KnowledgePoint> byId = new HashMap<>();
        for (KnowledgePoint p : points) {
            KnowledgePoint dup = byId.put(p.kpId(), p);
            if (dup != null) {
                throw new KnowledgeFileException(p.where() + " kp_id: already used by " + dup.where());
            }
        }
        Map<String, KnowledgePoint> replacedBy = new HashMap<>();
        for (KnowledgePoint p : points) {
            if (p.supersedes() == null) {
                continue;
            }
            KnowledgePoint earlier = byId.get(p.supersedes());
            if (earlier == null) {
                throw new KnowledgeFileException(p.where() + " supersedes: unknown point " + p.supersedes());
            }
            KnowledgePoint other = replacedBy.put(earlier.kpId(), p);
            if (other != null) {
                throw new KnowledgeFileException(p.where() + " supersedes: " + earlier.kpId() + " is already replaced by " + other.kpId());
            }
        }

        List<Outcome> outcomes = new ArrayList<>(points.size());
        LocalDate latest = null;
        for (KnowledgePoint p : points) {
            RuleClass rc = classes.of(p);
            Limit limit = parser.parse(p, rc);
            KnowledgePoint later = replacedBy.get(p.kpId());
            outcomes.add(new Outcome(p, definition(p, rc, limit, later), limit.needs(),
                    limit.executable() ? limit.confidence().code() : null, later == null ? null : later.kpId(), noteOf(limit, later)));
            if (p.publishedAt() != null && (latest == null || p.publishedAt().isAfter(latest))) {
                latest = p.publishedAt();
            }
        }
        checkNothingDropped(points, outcomes);
        String version = "nhsa-kp-" + (latest == null ? "undated" : latest) + "-" + points.size();
        return new KnowledgeImport(version, contents.index().totalRecords(), contents.index().supersedeLinks(), outcomes);
    }

    private static RuleDefinition definition(KnowledgePoint p, RuleClass rc, Limit limit, KnowledgePoint later) {
        Map<String, String> params = new LinkedHashMap<>(limit.parameters());
        if (limit.executable()) {
            params.put("confidence", limit.confidence().code());
        } else {
            params.put("needs", String.join(";", limit.needs()));
        }
        if (p.supersedes() != null) {
            params.put("supersedes", p.supersedes());
        }
        if (later != null) {
            params.put("superseded_by", later.kpId());
        }
        boolean enabled = limit.executable();
        LocalDate from = p.supersedes() != null ? p.publishedAt() : null;
        LocalDate to = null;
        if (later != null) {
            if (later.publishedAt() != null) {
                to = later.publishedAt().minusDays(1);
            } else {
                enabled = false; // replaced at an unknown date: only the replacement can be trusted
            }
        }
        ResultType resultType = limit.confidence() == Limit.Confidence.AUTO ? ResultType.SUSPICIOUS : rc.resultType();
        Window window = rc.window();
        int windowDays = 0;
        String period = params.get("period");
        if (period != null) {
            window = Window.valueOf(period);
            windowDays = window == Window.N_DAYS ? Integer.parseInt(params.get("days")) : 0;
        } else if ("EXCLUSIVE_PAIR".equals(rc.template()) && params.containsKey("scope")) {
            window = Window.valueOf(params.get("scope"));
        }
        String code = p.kpId().startsWith("KP-") ? p.kpId() : "KP-" + p.kpId();
        String nameZh = p.itemName() == null ? p.ruleClass() : p.itemName() + "（" + p.ruleClass() + "）";
        return new RuleDefinition(code, nameZh, rc.nameEn() + ": " + code, rc.category(), p.ruleClass(), p.gzCode(),
                resultType, window, windowDays, ALL_STAGES, rc.template(), params, p.medCodes(), enabled, from, to, 1, p.kpId());
    }

    private static String noteOf(Limit limit, KnowledgePoint later) {
        if (later != null && later.publishedAt() == null) {
            return Objects.requireNonNullElse(limit.note(), "") + " replaced by " + later.kpId() + " at an unknown date: disabled";
        }
        return limit.note();
    }

    // count in = count out: one definition per point, codes unique, none lost on the way.
    private static void checkNothingDropped(List<KnowledgePoint> points, List<Outcome> outcomes) {
        Set<String> codes = new HashSet<>();
        for (Outcome o : outcomes) {
            if (!codes.add(o.definition().code())) {
                throw new IllegalStateException("two definitions with code " + o.definition().code());
            }
        }
        if (outcomes.size() != points.size()) {
            throw new IllegalStateException(points.size() + " points in, " + outcomes.size() + " definitions out");
        }
    }
}
