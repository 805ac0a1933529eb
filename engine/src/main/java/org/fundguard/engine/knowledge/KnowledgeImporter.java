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
import java.util.stream.Collectors;
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

    /**
     * Parameter keys per template (prompts/templates.md, as the rules package accepts them) plus the
     * keys every template takes: {@code needs} and {@code note}. Anything else the parser learns goes
     * into the note, so a definition never carries a key a template would refuse.
     */
    static final Map<String, Set<String>> TEMPLATE_KEYS = Map.ofEntries(
            Map.entry("PRICE_CAP", Set.of("discount_percent", "group")),
            Map.entry("MAX_UNITS_PER_DAY", Set.of("max_units")),
            Map.entry("PERIOD_FREQUENCY", Set.of("max_count", "period", "days", "unit")),
            Map.entry("EXCLUSIVE_PAIR", Set.of("code_a", "code_b", "codes_a", "codes_b", "scope")),
            Map.entry("DAYS_SUPPLY", Set.of("max_days", "course_basis")),
            Map.entry("GENDER_LIMIT", Set.of("gender")),
            Map.entry("AGE_LIMIT", Set.of("age_min", "age_max")),
            Map.entry("HOSPITAL_LEVEL_LIMIT", Set.of("min_level")),
            Map.entry("MED_TYPE_LIMIT", Set.of("med_type")),
            Map.entry("INDICATION_LIMIT", Set.of("diag_prefixes")),
            Map.entry("INSURANCE_TYPE_LIMIT", Set.of("allowed")),
            Map.entry("NOT_PAYABLE", Set.of("alone")),
            Map.entry("INTERNET_HOSPITAL_LIMIT", Set.of("forbidden")));
    static final Set<String> COMMON_KEYS = Set.of("needs", "note");
    /** Separates the {@code key=value} details of a note (values may hold {@code ;}-lists). */
    static final String NOTE_SEPARATOR = " | ";

    private static RuleDefinition definition(KnowledgePoint p, RuleClass rc, Limit limit, KnowledgePoint later) {
        Map<String, String> params = new LinkedHashMap<>(limit.parameters());
        Map<String, String> details = new LinkedHashMap<>();
        if (limit.executable()) {
            details.put("confidence", limit.confidence().code());
        } else {
            params.put("needs", String.join(";", limit.needs()));
        }
        details.putAll(limit.details());
        // readings the rules engine acts on are parameters, not note text: the surgery group decides which
        // lines share one 同台手术 discount, the course basis whether days are counted as use days or span
        promote(details, "surgery_group", params, "group");
        promote(details, "course_basis", params, "course_basis");
        if (p.supersedes() != null) {
            details.put("supersedes", p.supersedes());
        }
        if (later != null) {
            details.put("superseded_by", later.kpId());
        }
        if (limit.note() != null) {
            details.put("remark", limit.note().replace(NOTE_SEPARATOR, " / "));
        }
        params.put("note", details.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(NOTE_SEPARATOR)));
        Set<String> accepted = TEMPLATE_KEYS.get(rc.template());
        for (String key : params.keySet()) {
            if (accepted == null || !(accepted.contains(key) || COMMON_KEYS.contains(key))) {
                throw new IllegalStateException(p.where() + ": parameter '" + key + "' is not one template " + rc.template() + " accepts");
            }
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

    private static void promote(Map<String, String> details, String detail, Map<String, String> params, String param) {
        String v = details.remove(detail);
        if (v != null) {
            params.put(param, v);
        }
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
