package org.fundguard.reporting.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fundguard.core.Category;
import org.fundguard.reporting.DataFileException;
import org.fundguard.reporting.DataLines;
import org.junit.jupiter.api.Test;

class TaxonomyTest {
    private static final Taxonomy TAXONOMY = Taxonomy.standard();

    /** The category codes as scenarios.md itself lists them (its table's first column), not as the enum does. */
    private static Set<String> scenarioCodes() throws IOException {
        Path scenarios = Path.of(System.getProperty("fundguard.shared", "../../shared"), "spec", "scenarios.md");
        Pattern row = Pattern.compile("^\\| ([A-Z_]+) \\|");
        Set<String> codes = new java.util.TreeSet<>();
        for (String line : Files.readAllLines(scenarios)) {
            Matcher m = row.matcher(line);
            if (m.find()) {
                codes.add(m.group(1));
            }
        }
        return codes;
    }

    @Test
    void everyScenarioCategoryCanBeReportedThroughSomeBehaviour() throws IOException {
        Set<String> codes = scenarioCodes();
        assertThat(codes).hasSizeGreaterThanOrEqualTo(Category.values().length);
        Set<String> reportable = new java.util.TreeSet<>();
        TAXONOMY.behaviours().forEach(b -> b.categories().forEach(c -> reportable.add(c.name())));
        assertThat(reportable).containsAll(codes);
    }

    @Test
    void everyBehaviourOfTheDataFileMapsToValidCodesOrIsAnExplicitCatchAll() {
        List<DataLines.Row> rows = DataLines.resource(Taxonomy.class, "behaviours.tsv")
                .table("id", "actor", "categories", "source", "text");
        assertThat(rows).hasSize(TAXONOMY.behaviours().size());
        for (DataLines.Row row : rows) {
            String cell = row.get("categories");
            if (cell.equals(Taxonomy.UNCLASSIFIED)) {
                assertThat(row.get("text")).as(row.get("id") + " is a catch-all").contains("其他");
                continue;
            }
            assertThat(cell.split(",")).as(row.get("id")).isNotEmpty()
                    .allSatisfy(code -> assertThat(Category.of(code)).as(row.get("id") + " " + code).isNotNull());
        }
    }

    @Test
    void listsTheSixActorsOfTheSeedInFormOrderEachWithItsCatchAll() {
        assertThat(TAXONOMY.actors()).extracting(Actor::label)
                .containsExactly("定点医疗机构", "定点零售药店", "职业骗保人", "参保人", "医疗保障经办机构", "其他");
        for (Actor a : TAXONOMY.actors()) {
            List<Behaviour> own = TAXONOMY.behavioursOf(a);
            assertThat(own).as(a.code()).isNotEmpty();
            assertThat(own.get(own.size() - 1).unclassified()).as(a.code() + " ends with its 其他 item").isTrue();
        }
        assertThat(TAXONOMY.behavioursOf(TAXONOMY.actor("RETAIL_PHARMACY").orElseThrow())).hasSize(13);
    }

    @Test
    void aReportAboutHarvestedCardsAndResaleJoinsBothCategories() {
        assertThat(TAXONOMY.categoriesOf(List.of("RP-04", "RP-08")))
                .isEqualTo(EnumSet.of(Category.CARD_HARVEST, Category.DRUG_RESALE, Category.TRACE_CODE_REUSE));
        assertThat(TAXONOMY.categoriesOf(List.of("OT-01"))).isEmpty();
    }

    @Test
    void rejectsAnUnknownCategoryCodeNamingFileLineAndField() {
        DataLines actors = DataLines.read(new StringReader("code\tlabel\nX\t某\n"), "actors.tsv");
        DataLines behaviours = DataLines.read(new StringReader(
                "# comment\nid\tactor\tcategories\tsource\ttext\nB1\tX\tFAKE_ADMISSION,NOT_A_CODE\ts\tt\n"), "behaviours.tsv");
        assertThatThrownBy(() -> Taxonomy.load(actors, behaviours))
                .isInstanceOf(DataFileException.class)
                .hasMessageContaining("behaviours.tsv:3 [categories]")
                .hasMessageContaining("NOT_A_CODE");
    }

    @Test
    void rejectsABehaviourOfAnUnknownActor() {
        DataLines actors = DataLines.read(new StringReader("code\tlabel\nX\t某\n"), "actors.tsv");
        DataLines behaviours = DataLines.read(new StringReader(
                "id\tactor\tcategories\tsource\ttext\nB1\tY\tUNCLASSIFIED\ts\tt\n"), "behaviours.tsv");
        assertThatThrownBy(() -> Taxonomy.load(actors, behaviours)).hasMessageContaining("[actor]");
    }
}
