package org.fundguard.engine.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.fundguard.engine.knowledge.KnowledgeImport.Outcome;
import org.fundguard.engine.rules.RuleDefinition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The import of the real published files, checked against an independent reading of the same files. */
class PublishedKnowledgeImportTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Parameters an executable definition of each template must carry (prompts/templates.md). */
    private static final Map<String, List<String>> REQUIRED = Map.ofEntries(
            Map.entry("GENDER_LIMIT", List.of("gender")),
            Map.entry("AGE_LIMIT", List.of("age_max")),
            Map.entry("HOSPITAL_LEVEL_LIMIT", List.of("min_level")),
            Map.entry("MED_TYPE_LIMIT", List.of("med_type")),
            Map.entry("INSURANCE_TYPE_LIMIT", List.of("allowed")),
            Map.entry("DAYS_SUPPLY", List.of("max_days")),
            Map.entry("PERIOD_FREQUENCY", List.of("max_count", "period", "unit")),
            Map.entry("MAX_UNITS_PER_DAY", List.of("max_units")),
            Map.entry("EXCLUSIVE_PAIR", List.of("code_a", "code_b", "scope")),
            Map.entry("PRICE_CAP", List.of("discount_percent")),
            Map.entry("INDICATION_LIMIT", List.of("diag_prefixes")),
            Map.entry("INTERNET_HOSPITAL_LIMIT", List.of("forbidden")),
            Map.entry("NOT_PAYABLE", List.of()));

    private static JsonNode index;
    private static Map<String, JsonNode> rawPoints;

    @BeforeAll
    static void readTheFilesIndependently() throws IOException {
        Path dir = PublishedKnowledge.dir();
        index = JSON.readTree(dir.resolve("index.json").toFile());
        rawPoints = new HashMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                JsonNode root = JSON.readTree(f.toFile());
                if (root.isArray()) {
                    root.forEach(p -> rawPoints.put(p.get("kp_id").asText(), p));
                }
            }
        }
    }

    @Test
    void readsEveryPublishedFileAndTheTotalTheIndexAnnounces() {
        int announced = index.path("meta").path("total_records").asInt();
        int sumOfBatches = 0;
        for (JsonNode b : index.path("batches")) {
            sumOfBatches += b.path("records").asInt();
        }
        assertThat(rawPoints).hasSize(announced);
        assertThat(sumOfBatches).isEqualTo(announced);
        assertThat(PublishedKnowledge.get().outcomes()).hasSize(announced);
        assertThat(PublishedKnowledge.get().outcomes().stream().map(o -> o.point().file()).distinct())
                .contains("batch_01.json", "batch_17.json", "updates_2026-01.json")
                .hasSize(index.path("batches").size());
    }

    @Test
    void countsPerBatchAndPerRuleClassMatchTheFiles() {
        Map<String, Long> perClassRaw = rawPoints.values().stream()
                .collect(Collectors.groupingBy(p -> p.get("rule_class").asText(), TreeMap::new, Collectors.counting()));
        Map<String, Long> perClassImported = new TreeMap<>();
        PublishedKnowledge.get().coverage().rows().forEach(r -> perClassImported.put(r.ruleClass(), (long) r.points()));
        assertThat(perClassImported).isEqualTo(perClassRaw).hasSize(21);

        for (JsonNode b : index.path("batches")) {
            String tag = b.path("batch_tag").asText();
            Set<String> announcedClasses = new HashSet<>();
            b.path("rule_classes").forEach(c -> announcedClasses.add(c.asText()));
            List<Outcome> inBatch = PublishedKnowledge.get().outcomes().stream().filter(o -> o.point().batchTag().equals(tag)).toList();
            assertThat(inBatch).as(tag).hasSize(b.path("records").asInt());
            assertThat(inBatch.stream().map(o -> o.point().ruleClass()).collect(Collectors.toSet())).as(tag).isEqualTo(announcedClasses);
            assertThat(inBatch.stream().filter(o -> !o.point().medCodes().isEmpty()).count()).as(tag)
                    .isEqualTo(b.path("with_med_code").asLong());
        }
    }

    @Test
    void everyPointBecomesExactlyOneDefinitionUnderItsOwnId() {
        List<RuleDefinition> defs = PublishedKnowledge.get().definitions();
        assertThat(defs.stream().map(RuleDefinition::code).collect(Collectors.toSet())).isEqualTo(rawPoints.keySet());
        assertThat(defs).hasSize(rawPoints.size());
        Coverage c = PublishedKnowledge.get().coverage();
        assertThat(c.total().executable() + c.total().needPerson()).isEqualTo(rawPoints.size());
        for (RuleDefinition d : defs) {
            JsonNode raw = rawPoints.get(d.code());
            assertThat(d.nationalRuleClass()).isEqualTo(raw.get("rule_class").asText());
            assertThat(d.appliesTo()).hasSize(raw.get("med_codes").size());
            assertThat(d.source()).isEqualTo(d.code());
        }
    }

    @Test
    void aDefinitionThatCannotRunNamesWhatAPersonMustSupply() {
        Set<String> listed = PublishedKnowledge.get().coverage().needPerson().stream().map(o -> o.point().kpId()).collect(Collectors.toSet());
        for (Outcome o : PublishedKnowledge.get().outcomes()) {
            RuleDefinition d = o.definition();
            if (d.enabled()) {
                List<String> keys = new ArrayList<>(REQUIRED.get(d.template()));
                keys.add("note");
                assertThat(d.parameters()).as(d.code()).doesNotContainKey("needs").containsKeys(keys.toArray(String[]::new));
                assertThat(KnowledgePoints.details(d).get("confidence")).as(d.code()).isEqualTo(o.confidence()).isIn("parsed", "default", "auto");
                assertThat(d.appliesTo()).as(d.code()).isNotEmpty();
            } else {
                assertThat(d.parameters().get("needs")).as(d.code()).isNotBlank().isEqualTo(String.join(";", o.needs()));
                assertThat(listed).contains(d.code());
            }
        }
    }

    @Test
    void aReplacedPointRunsUntilTheDayBeforeItsReplacementWasPublished() {
        RuleDefinition earlier = PublishedKnowledge.rule("KP-630264b3f1586762");
        RuleDefinition later = PublishedKnowledge.rule("KP-9d2200dd87d22a1a");
        assertThat(earlier.effectiveTo()).isEqualTo(LocalDate.of(2026, 1, 27));
        assertThat(KnowledgePoints.details(earlier)).containsEntry("superseded_by", "KP-9d2200dd87d22a1a");
        assertThat(later.effectiveFrom()).isEqualTo(LocalDate.of(2026, 1, 28));
        assertThat(KnowledgePoints.details(later)).containsEntry("supersedes", "KP-630264b3f1586762");
        assertThat(earlier.inForceOn(LocalDate.of(2026, 1, 27))).isTrue();
        assertThat(earlier.inForceOn(LocalDate.of(2026, 1, 28))).isFalse();
        assertThat(later.inForceOn(LocalDate.of(2026, 1, 28))).isTrue();

        long links = rawPoints.values().stream().filter(p -> !p.path("supersedes").isNull()).count();
        assertThat(PublishedKnowledge.get().coverage().total().superseded()).isEqualTo((int) links)
                .isEqualTo(index.path("meta").path("supersede_links").asInt());
    }

    @Test
    void carriesOnlyParameterKeysItsTemplateAccepts() {
        for (RuleDefinition d : PublishedKnowledge.get().definitions()) {
            Set<String> accepted = new HashSet<>(KnowledgeImporter.TEMPLATE_KEYS.get(d.template()));
            accepted.addAll(KnowledgeImporter.COMMON_KEYS);
            assertThat(accepted).as(d.code()).containsAll(d.parameters().keySet());
        }
    }

    @Test
    void mapsEveryRuleClassToACategoryAndATemplateOfTheContract() {
        for (Coverage.Row r : PublishedKnowledge.get().coverage().rows()) {
            assertThat(REQUIRED).as(r.ruleClass()).containsKey(r.template());
            assertThat(r.category()).as(r.ruleClass()).isNotNull();
        }
    }
}
