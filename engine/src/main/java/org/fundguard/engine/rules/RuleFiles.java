package org.fundguard.engine.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fundguard.core.Category;

/**
 * Reads and writes rule files: JSON, {@code {"format": "fundguard-rules", "formatVersion": 1, "rules": [...]}}
 * (a bare array of rules is accepted too). A rule's fields are the components of {@link RuleDefinition};
 * {@code notes} maps a parameter (or {@code "rule"}) to where its value comes from, because JSON has no
 * comments and every threshold must say where it comes from. Errors name the file, the rule and the field.
 */
final class RuleFiles {
    static final String FORMAT = "fundguard-rules";
    static final int FORMAT_VERSION = 1;
    private static final Set<String> FIELDS = Set.of("code", "nameZh", "nameEn", "category", "nationalRuleClass",
            "gzCode", "resultType", "window", "windowDays", "stages", "template", "parameters", "appliesTo", "enabled",
            "effectiveFrom", "effectiveTo", "version", "source", "notes");
    private static final ObjectMapper JSON = new ObjectMapper();

    private RuleFiles() {
    }

    static List<RuleDefinition> read(String origin, InputStream in) {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (JsonProcessingException e) {
            throw new RuleException(origin + ": not valid JSON at line " + e.getLocation().getLineNr() + ": "
                    + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + origin, e);
        }
        if (root == null) {
            throw new RuleException(origin + ": empty rule file");
        }
        JsonNode rules = root;
        if (root.isObject()) {
            String format = root.path("format").asText("");
            if (!FORMAT.equals(format)) {
                throw new RuleException(origin + ": 'format' must be \"" + FORMAT + "\", found \"" + format + "\"");
            }
            int v = root.path("formatVersion").asInt(-1);
            if (v != FORMAT_VERSION) {
                throw new RuleException(origin + ": formatVersion " + v + " is not supported (expected " + FORMAT_VERSION + ")");
            }
            rules = root.get("rules");
        }
        if (rules == null || !rules.isArray()) {
            throw new RuleException(origin + ": expected an array 'rules'");
        }
        List<RuleDefinition> out = new ArrayList<>(rules.size());
        int i = 0;
        for (JsonNode r : rules) {
            i++;
            out.add(rule(origin, i, r));
        }
        return out;
    }

    static List<RuleDefinition> read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(file.toString(), in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rule file " + file, e);
        }
    }

    private static RuleDefinition rule(String origin, int n, JsonNode r) {
        if (!r.isObject()) {
            throw new RuleException(origin + ": rule #" + n + " is not an object");
        }
        String code = r.path("code").asText("");
        String where = origin + ": rule #" + n + (code.isEmpty() ? "" : " (" + code + ")");
        for (Iterator<String> it = r.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!FIELDS.contains(f)) {
                throw new RuleException(where + ": unknown field '" + f + "'");
            }
        }
        if (code.isBlank()) {
            throw new RuleException(where + ": field 'code' is required");
        }
        String nameZh = requiredText(where, r, "nameZh");
        String template = requiredText(where, r, "template");
        Category category = Category.of(requiredText(where, r, "category"));
        if (category == null) {
            throw new RuleException(where + ": field 'category' is not a category of scenarios.md: '"
                    + r.get("category").asText() + "'");
        }
        return new RuleDefinition(code, nameZh, optText(r, "nameEn", nameZh), category, optText(r, "nationalRuleClass", null),
                optText(r, "gzCode", null),
                enumField(where, r, "resultType", RuleDefinition.ResultType.class, RuleDefinition.ResultType.DEFINITE),
                enumField(where, r, "window", RuleDefinition.Window.class, RuleDefinition.Window.VISIT),
                intField(where, r, "windowDays", 0), stages(where, r), template, stringMap(where, r, "parameters"),
                stringList(where, r, "appliesTo"), boolField(where, r, "enabled", true), date(where, r, "effectiveFrom"),
                date(where, r, "effectiveTo"), intField(where, r, "version", 1), optText(r, "source", origin));
    }

    private static String requiredText(String where, JsonNode r, String field) {
        JsonNode v = r.get(field);
        if (v == null || v.isNull() || v.asText().isBlank()) {
            throw new RuleException(where + ": field '" + field + "' is required");
        }
        if (!v.isTextual()) {
            throw new RuleException(where + ": field '" + field + "' must be a string");
        }
        return v.asText();
    }

    private static String optText(JsonNode r, String field, String fallback) {
        JsonNode v = r.get(field);
        return v == null || v.isNull() || v.asText().isEmpty() ? fallback : v.asText();
    }

    private static int intField(String where, JsonNode r, String field, int fallback) {
        JsonNode v = r.get(field);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.canConvertToInt() || !v.isIntegralNumber()) {
            throw new RuleException(where + ": field '" + field + "' must be a whole number");
        }
        return v.asInt();
    }

    private static boolean boolField(String where, JsonNode r, String field, boolean fallback) {
        JsonNode v = r.get(field);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.isBoolean()) {
            throw new RuleException(where + ": field '" + field + "' must be true or false");
        }
        return v.asBoolean();
    }

    private static <E extends Enum<E>> E enumField(String where, JsonNode r, String field, Class<E> type, E fallback) {
        JsonNode v = r.get(field);
        if (v == null || v.isNull()) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, v.asText());
        } catch (IllegalArgumentException e) {
            throw new RuleException(where + ": field '" + field + "' must be one of "
                    + java.util.Arrays.toString(type.getEnumConstants()) + ": '" + v.asText() + "'");
        }
    }

    private static Set<RuleDefinition.Stage> stages(String where, JsonNode r) {
        JsonNode v = r.get("stages");
        if (v == null || v.isNull()) {
            return EnumSet.allOf(RuleDefinition.Stage.class);
        }
        if (!v.isArray()) {
            throw new RuleException(where + ": field 'stages' must be an array");
        }
        Set<RuleDefinition.Stage> s = EnumSet.noneOf(RuleDefinition.Stage.class);
        for (JsonNode e : v) {
            try {
                s.add(RuleDefinition.Stage.valueOf(e.asText()));
            } catch (IllegalArgumentException ex) {
                throw new RuleException(where + ": stage must be PRE, DURING or POST: '" + e.asText() + "'");
            }
        }
        return s;
    }

    private static Map<String, String> stringMap(String where, JsonNode r, String field) {
        JsonNode v = r.get(field);
        if (v == null || v.isNull()) {
            return Map.of();
        }
        if (!v.isObject()) {
            throw new RuleException(where + ": field '" + field + "' must be an object");
        }
        Map<String, String> m = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getValue().isContainerNode()) {
                throw new RuleException(where + ": parameter '" + e.getKey() + "' must be a string or a number");
            }
            if (!e.getValue().isNull()) {
                m.put(e.getKey(), e.getValue().asText());
            }
        }
        return m;
    }

    private static List<String> stringList(String where, JsonNode r, String field) {
        JsonNode v = r.get(field);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            throw new RuleException(where + ": field '" + field + "' must be an array");
        }
        List<String> out = new ArrayList<>(v.size());
        for (JsonNode e : v) {
            out.add(e.asText());
        }
        return out;
    }

    private static LocalDate date(String where, JsonNode r, String field) {
        String v = optText(r, field, null);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new RuleException(where + ": field '" + field + "' is not a date yyyy-MM-dd: '" + v + "'");
        }
    }

    /** Writes rules in the same format (the knowledge-point importer and the platform use it). */
    static void write(Path file, String title, List<RuleDefinition> rules) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("formatVersion", FORMAT_VERSION);
        root.put("title", title);
        ArrayNode arr = root.putArray("rules");
        for (RuleDefinition d : rules) {
            ObjectNode r = arr.addObject();
            r.put("code", d.code());
            r.put("nameZh", d.nameZh());
            r.put("nameEn", d.nameEn());
            r.put("category", d.category().name());
            r.put("nationalRuleClass", d.nationalRuleClass());
            r.put("gzCode", d.gzCode());
            r.put("resultType", d.resultType().name());
            r.put("window", d.window().name());
            r.put("windowDays", d.windowDays());
            ArrayNode st = r.putArray("stages");
            EnumSet.copyOf(d.stages().isEmpty() ? EnumSet.noneOf(RuleDefinition.Stage.class) : d.stages())
                    .forEach(s -> st.add(s.name()));
            r.put("template", d.template());
            ObjectNode p = r.putObject("parameters");
            new java.util.TreeMap<>(d.parameters()).forEach(p::put);
            ArrayNode a = r.putArray("appliesTo");
            d.appliesTo().forEach(a::add);
            r.put("enabled", d.enabled());
            r.put("effectiveFrom", d.effectiveFrom() == null ? null : d.effectiveFrom().toString());
            r.put("effectiveTo", d.effectiveTo() == null ? null : d.effectiveTo().toString());
            r.put("version", d.version());
            r.put("source", d.source());
        }
        try {
            JSON.writer().with(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write rule file " + file, e);
        }
    }
}
