package org.fundguard.synth;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.fundguard.core.Category;
import org.fundguard.core.Money;
import org.fundguard.core.Quantity;
import org.fundguard.core.SubjectType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SynthesizerTest {
    private static final List<String> FILES = List.of("institutions.csv", "practitioners.csv", "persons.csv",
            "catalog.csv", "item_rules.csv", "visits.csv", "fee_details.csv", "settlements.csv", "purchases.csv",
            "inventory.csv", "labels.csv", "hard_negatives.csv");
    private static final Set<Category> INSTITUTION_LEVEL = EnumSet.of(Category.ITEM_SWAP, Category.EXCESSIVE_SERVICE,
            Category.DRUG_SPEND_SURGE, Category.CAPACITY_EXCEEDED, Category.PHARMACIST_ABSENT);

    @TempDir
    Path tmp;

    @Test
    void sameSeedGivesByteIdenticalFiles() throws IOException {
        Generated.generate(tmp.resolve("a"), 1500, 2, 7);
        Generated.generate(tmp.resolve("b"), 1500, 2, 7);
        for (String f : FILES) {
            assertThat(Files.readAllBytes(tmp.resolve("a").resolve(f)))
                    .as(f).isEqualTo(Files.readAllBytes(tmp.resolve("b").resolve(f)));
        }
    }

    @Test
    void differentSeedsDrawDifferentCatalogueCodes() {
        Generated a = Generated.generate(tmp.resolve("a"), 1000, 1, 7);
        Generated b = Generated.generate(tmp.resolve("b"), 1000, 1, 8);
        Set<String> codesA = a.catalog.keySet();
        Set<String> shared = new HashSet<>(codesA);
        shared.retainAll(b.catalog.keySet());
        assertThat(codesA).hasSize(b.catalog.size());
        assertThat(shared).isEmpty();
    }

    @Test
    void everyCategoryIsLabelledWithItsHardNegativesAtCitySize() {
        Synthesizer.Report r = Synthesizer.generate(new SynthOptions(tmp.resolve("city"), 20_000, 6, 3,
                LocalDate.of(2025, 1, 1)));
        for (Category c : Category.values()) {
            int min = INSTITUTION_LEVEL.contains(c) ? 2 : 8;
            assertThat(r.labels().get(c)).as("labels of %s", c).isGreaterThanOrEqualTo(min);
            assertThat(r.hardNegatives().get(c)).as("hard negatives of %s", c).isGreaterThanOrEqualTo(1);
        }
    }

    @Test
    void generatedSetSatisfiesTheContract() {
        Generated g = Generated.generate(tmp.resolve("c"), 2000, 3, 5);
        Set<String> practitioners = g.rows("practitioners").stream().map(r -> r.getField("prac_code"))
                .collect(Collectors.toSet());
        for (NamedCsvRecord p : g.rows("persons")) {
            String certno = p.getField("certno");
            assertThat(certno).hasSize(18);
            assertThat(certno.charAt(17)).as(certno).isEqualTo(World.checkDigit(certno.substring(0, 17)));
            assertThat(p.getField("psn_no")).startsWith("P");
            assertThat(certno.substring(6, 14)).isEqualTo(p.getField("brdy").replace("-", ""));
        }
        for (NamedCsvRecord i : g.rows("institutions")) {
            assertThat(i.getField("fixmedins_code")).matches("1".equals(i.getField("fixmedins_type")) ? "H\\d{11}" : "P\\d{11}");
        }
        for (NamedCsvRecord c : g.rows("catalog")) {
            String code = c.getField("med_list_codg");
            switch (c.getField("list_type")) {
                case "201" -> assertThat(code).matches("\\d{15}");
                case "101" -> assertThat(code).hasSize(23);
                case "301" -> assertThat(code).matches("C\\d{19}");
                default -> assertThat(code).startsWith("T");
            }
        }
        Set<String> ruleCodes = new HashSet<>();
        g.rows("item_rules").forEach(r -> {
            ruleCodes.add(r.getField("code_a"));
            ruleCodes.add(r.getField("code_b"));
        });
        assertThat(g.catalog.keySet()).containsAll(ruleCodes);
        for (NamedCsvRecord v : g.rows("visits")) {
            assertThat(v.getField("mdtrt_id")).startsWith("V");
            assertThat(g.persons).containsKey(v.getField("psn_no"));
            assertThat(g.institutions).containsKey(v.getField("fixmedins_code"));
        }
        for (NamedCsvRecord l : g.rows("fee_details")) {
            assertThat(l.getField("feedetl_sn")).startsWith("F");
            assertThat(g.visits).containsKey(l.getField("mdtrt_id"));
            assertThat(g.catalog).containsKey(l.getField("med_list_codg"));
            assertThat(Money.parseFen(l.getField("det_item_fee_sumamt")))
                    .isEqualTo(Quantity.times(Quantity.parse(l.getField("cnt")), Money.parseFen(l.getField("pric"))));
            NamedCsvRecord visit = g.visits.get(l.getField("mdtrt_id"));
            assertThat(l.getField("psn_no")).isEqualTo(visit.getField("psn_no"));
            assertThat(l.getField("fee_ocur_time")).as("line inside its visit")
                    .isBetween(visit.getField("begntime"), visit.getField("endtime"));
            assertThat(l.getField("fixmedins_code")).isEqualTo(visit.getField("fixmedins_code"));
        }
        for (NamedCsvRecord s : g.rows("settlements")) {
            assertThat(s.getField("setl_id")).startsWith("S");
            assertThat(g.visits).containsKey(s.getField("mdtrt_id"));
        }
        for (NamedCsvRecord p : g.rows("purchases")) {
            assertThat(g.institutions).containsKey(p.getField("fixmedins_code"));
            assertThat(g.catalog).containsKey(p.getField("med_list_codg"));
        }
        for (NamedCsvRecord r : g.rows("inventory")) {
            assertThat(g.institutions).containsKey(r.getField("fixmedins_code"));
            assertThat(g.catalog).containsKey(r.getField("med_list_codg"));
        }
        for (NamedCsvRecord r : g.rows("labels")) {
            assertThat(Category.of(r.getField("scenario"))).isNotNull();
            assertThat(Category.of(r.getField("scenario")).unit()).isEqualTo(SubjectType.of(r.getField("subject_type")));
            assertThat(Money.parseFen(r.getField("fund_loss"))).isGreaterThanOrEqualTo(0);
        }
        for (NamedCsvRecord r : g.rows("hard_negatives")) {
            assertThat(Category.of(r.getField("scenario"))).isNotNull();
            assertThat(r.getField("kind")).isNotBlank();
        }
        for (NamedCsvRecord v : g.rows("visits")) {
            String doctor = v.getField("atddr_code");
            if (!g.labelledVisits.contains(v.getField("mdtrt_id"))) {
                assertThat(practitioners).contains(doctor);
            }
        }
    }
}
