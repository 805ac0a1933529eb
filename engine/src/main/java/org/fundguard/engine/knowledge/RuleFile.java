package org.fundguard.engine.knowledge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fundguard.core.Category;
import org.fundguard.engine.rules.RuleDefinition;
import org.fundguard.engine.rules.RuleDefinition.ResultType;
import org.fundguard.engine.rules.RuleDefinition.Stage;
import org.fundguard.engine.rules.RuleDefinition.Window;

/**
 * A versioned rule file: rule definitions as JSON, one object per definition with the field names of
 * {@link RuleDefinition} (dates as yyyy-MM-dd, null when open). The header names the format, the
 * knowledge version and the count, which a reader checks. A person completes a point that needs a
 * value by editing its parameters, removing {@code needs} and setting {@code enabled}; the reader
 * refuses a definition that is enabled while it still names what it needs.
 */
public final class RuleFile {
    public static final String FORMAT = "fundguard-rules";
    public static final int FORMAT_VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private RuleFile() {
    }

    public static void write(Path file, String version, String source, List<RuleDefinition> rules) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("formatVersion", FORMAT_VERSION);
        root.put("version", version);
        root.put("source", source);
        root.put("count", rules.size());
        ArrayNode arr = root.putArray("rules");
        for (RuleDefinition r : rules) {
            ObjectNode n = arr.addObject();
            n.put("code", r.code());
            n.put("nameZh", r.nameZh());
            n.put("nameEn", r.nameEn());
            n.put("category", r.category().name());
            n.put("nationalRuleClass", r.nationalRuleClass());
            n.put("gzCode", r.gzCode());
            n.put("resultType", r.resultType().name());
            n.put("window", r.window().name());
            n.put("windowDays", r.windowDays());
            ArrayNode stages = n.putArray("stages");
            r.stages().stream().sorted().forEach(s -> stages.add(s.name()));
            n.put("template", r.template());
            ObjectNode params = n.putObject("parameters");
            r.parameters().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> params.put(e.getKey(), e.getValue()));
            ArrayNode codes = n.putArray("appliesTo");
            r.appliesTo().forEach(codes::add);
            n.put("enabled", r.enabled());
            n.put("effectiveFrom", r.effectiveFrom() == null ? null : r.effectiveFrom().toString());
            n.put("effectiveTo", r.effectiveTo() == null ? null : r.effectiveTo().toString());
            n.put("version", r.version());
            n.put("source", r.source());
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            JSON.writeValue(file.toFile(), root);
        } catch (IOException e) {
            throw new KnowledgeFileException(file + ": cannot write the rule file: " + e.getMessage(), e);
        }
    }

    public record Contents(String version, String source, List<RuleDefinition> rules) {
        public Contents {
            rules = List.copyOf(rules);
        }
    }

    public static Contents read(Path file) {
        String name = file.getFileName().toString();
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new KnowledgeFileException(name + ": not valid JSON at line " + e.getLocation().getLineNr() + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new KnowledgeFileException(file + ": cannot read: " + e.getMessage(), e);
        }
        if (!FORMAT.equals(root.path("format").asText()) || root.path("formatVersion").asInt() != FORMAT_VERSION) {
            throw new KnowledgeFileException(name + ": not a " + FORMAT + " file of format version " + FORMAT_VERSION);
        }
        JsonNode arr = root.path("rules");
        if (!arr.isArray()) {
            throw new KnowledgeFileException(name + " rules: missing or not an array");
        }
        List<RuleDefinition> rules = new ArrayList<>(arr.size());
        int i = 0;
        for (JsonNode n : arr) {
            i++;
            rules.add(rule(n, name + " rules[" + i + "]"));
        }
        int count = root.path("count").asInt(-1);
        if (count != rules.size()) {
            throw new KnowledgeFileException(name + ": the header announces " + count + " rules, the file holds " + rules.size());
        }
        return new Contents(root.path("version").asText(null), root.path("source").asText(null), rules);
    }

    private static RuleDefinition rule(JsonNode n, String where) {
        String code = text(n, "code", where, true);
        where = where + " (" + code + ")";
        Category category = Category.of(text(n, "category", where, true));
        if (category == null) {
            throw new KnowledgeFileException(where + " category: not a category of scenarios.md: " + n.get("category").asText());
        }
        Set<Stage> stages = EnumSet.noneOf(Stage.class);
        for (JsonNode s : n.path("stages")) {
            stages.add(enumOf(Stage.class, s.asText(), where, "stages"));
        }
        Map<String, String> params = new LinkedHashMap<>();
        JsonNode pn = n.path("parameters");
        if (!pn.isMissingNode() && !pn.isObject()) {
            throw new KnowledgeFileException(where + " parameters: expected an object");
        }
        pn.fields().forEachRemaining(e -> params.put(e.getKey(), e.getValue().asText()));
        List<String> appliesTo = new ArrayList<>();
        n.path("appliesTo").forEach(c -> appliesTo.add(c.asText()));
        JsonNode enabled = n.get("enabled");
        if (enabled == null || !enabled.isBoolean()) {
            throw new KnowledgeFileException(where + " enabled: missing or not true/false");
        }
        if (enabled.asBoolean() && params.containsKey("needs")) {
            throw new KnowledgeFileException(where + ": enabled but still needs " + params.get("needs")
                    + " (supply the parameter and remove 'needs')");
        }
        return new RuleDefinition(code, text(n, "nameZh", where, true), text(n, "nameEn", where, false), category,
                text(n, "nationalRuleClass", where, false), text(n, "gzCode", where, false),
                enumOf(ResultType.class, text(n, "resultType", where, true), where, "resultType"),
                enumOf(Window.class, text(n, "window", where, true), where, "window"), n.path("windowDays").asInt(0), stages,
                text(n, "template", where, true), params, appliesTo, enabled.asBoolean(), date(n, "effectiveFrom", where),
                date(n, "effectiveTo", where), n.path("version").asInt(1), text(n, "source", where, false));
    }

    private static String text(JsonNode n, String field, String where, boolean mandatory) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull() || v.asText().isBlank()) {
            if (mandatory) {
                throw new KnowledgeFileException(where + " " + field + ": missing");
            }
            return null;
        }
        return v.asText();
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String value, String where, String field) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new KnowledgeFileException(where + " " + field + ": unknown value " + value);
        }
    }

    private static LocalDate date(JsonNode n, String field, String where) {
        String s = text(n, field, where, false);
        try {
            return s == null ? null : LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new KnowledgeFileException(where + " " + field + ": not a date (yyyy-MM-dd): " + s);
        }
    }
}
