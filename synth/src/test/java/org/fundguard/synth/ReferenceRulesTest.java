package org.fundguard.synth;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fundguard.core.Category;
import org.fundguard.core.Gender;
import org.fundguard.core.HospitalLevel;
import org.fundguard.core.MedType;
import org.fundguard.core.Money;
import org.fundguard.core.Quantity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The claim-level categories are separable: the simplest rule for each (written from scenarios.md
 * and the conventions of docs/synth.md, reading only the data) flags exactly the labelled subjects —
 * no instance of one category looks like another, and nothing in ordinary care looks like either.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReferenceRulesTest {
    private static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private Generated g;
    private final Map<String, Set<String>> labels = new HashMap<>();

    @BeforeAll
    void generate(@TempDir Path tmp) {
        g = Generated.generate(tmp.resolve("ref"), 4000, 4, 21);
        for (NamedCsvRecord r : g.rows("labels")) {
            labels.computeIfAbsent(r.getField("scenario"), k -> new HashSet<>()).add(r.getField("subject_id"));
        }
    }

    private Set<String> labelled(Category c) {
        return labels.getOrDefault(c.name(), Set.of());
    }

    private List<NamedCsvRecord> linesInTimeOrder() {
        List<NamedCsvRecord> l = new ArrayList<>(g.rows("fee_details"));
        l.sort(Comparator.comparing((NamedCsvRecord r) -> r.getField("fee_ocur_time")).thenComparing(r -> r.getField("feedetl_sn")));
        return l;
    }

    @Test
    void overPriceRuleFindsExactlyTheLabelledLines() {
        Set<String> flagged = new HashSet<>();
        for (NamedCsvRecord l : g.rows("fee_details")) {
            NamedCsvRecord item = g.catalog.get(l.getField("med_list_codg"));
            HospitalLevel lv = HospitalLevel.of(g.institutions.get(l.getField("fixmedins_code")).getField("hosp_lv"));
            String f = lv == HospitalLevel.LEVEL_3 ? "price_cap" : lv == HospitalLevel.LEVEL_2 ? "price_cap_lv2" : "price_cap_lv1";
            String cap = item.getField(f).isEmpty() ? item.getField("price_cap") : item.getField(f);
            if (!cap.isEmpty() && Money.parseFen(l.getField("pric")) > Money.parseFen(cap)) {
                flagged.add(l.getField("feedetl_sn"));
            }
        }
        assertThat(flagged).isEqualTo(labelled(Category.OVER_PRICE)).isNotEmpty();
    }

    @Test
    void overQuantityRuleFindsExactlyTheLabelledLines() {
        Set<String> flagged = new HashSet<>();
        for (NamedCsvRecord l : g.rows("fee_details")) {
            NamedCsvRecord item = g.catalog.get(l.getField("med_list_codg"));
            long cnt = Quantity.parse(l.getField("cnt"));
            boolean inpatient = "21".equals(g.visits.get(l.getField("mdtrt_id")).getField("med_type"));
            if (!item.getField("max_units_day").isEmpty() && cnt > Quantity.parse(item.getField("max_units_day"))
                    || !inpatient && !item.getField("max_days_supply").isEmpty() && !item.getField("units_per_day_dose").isEmpty()
                    && cnt > (long) Integer.parseInt(item.getField("max_days_supply")) * Quantity.parse(item.getField("units_per_day_dose"))) {
                flagged.add(l.getField("feedetl_sn"));
            }
        }
        assertThat(flagged).isEqualTo(labelled(Category.OVER_QUANTITY)).isNotEmpty();
    }

    @Test
    void duplicateAndUnbundlingRulesFindExactlyTheLabelledLines() {
        Set<String> duplicate = new HashSet<>();
        Set<String> unbundled = new HashSet<>();
        Map<String, Long> perDay = new HashMap<>();
        Map<String, Set<String>> byVisit = new HashMap<>();
        Map<String, Set<String>> byDay = new HashMap<>();
        for (NamedCsvRecord l : linesInTimeOrder()) {
            NamedCsvRecord item = g.catalog.get(l.getField("med_list_codg"));
            long cnt = Quantity.parse(l.getField("cnt"));
            String day = l.getField("psn_no") + "|" + l.getField("fee_ocur_time").substring(0, 10);
            if (!item.getField("max_units_day").isEmpty()) {
                long max = Quantity.parse(item.getField("max_units_day"));
                long sum = perDay.merge(day + "|" + l.getField("med_list_codg"), cnt, Long::sum);
                if (sum > max && cnt <= max) {
                    duplicate.add(l.getField("feedetl_sn"));
                }
            }
            if (cnt > 0) {
                byVisit.computeIfAbsent(l.getField("mdtrt_id"), k -> new HashSet<>()).add(l.getField("med_list_codg"));
                byDay.computeIfAbsent(day, k -> new HashSet<>()).add(l.getField("med_list_codg"));
            }
        }
        for (NamedCsvRecord l : g.rows("fee_details")) {
            if (l.getField("cnt").startsWith("-")) {
                continue;
            }
            String day = l.getField("psn_no") + "|" + l.getField("fee_ocur_time").substring(0, 10);
            for (NamedCsvRecord r : g.rows("item_rules")) {
                if (!r.getField("code_b").equals(l.getField("med_list_codg"))) {
                    continue;
                }
                Set<String> scope = "VISIT".equals(r.getField("scope")) ? byVisit.get(l.getField("mdtrt_id")) : byDay.get(day);
                if (scope.contains(r.getField("code_a"))) {
                    ("BUNDLED".equals(r.getField("relation")) ? unbundled : duplicate).add(l.getField("feedetl_sn"));
                }
            }
        }
        assertThat(duplicate).isEqualTo(labelled(Category.DUPLICATE_CHARGE)).isNotEmpty();
        assertThat(unbundled).isEqualTo(labelled(Category.UNBUNDLING)).isNotEmpty();
    }

    @Test
    void restrictionRuleFindsExactlyTheLabelledLines() {
        Set<String> flagged = new HashSet<>();
        for (NamedCsvRecord l : g.rows("fee_details")) {
            NamedCsvRecord item = g.catalog.get(l.getField("med_list_codg"));
            if ("03".equals(item.getField("chrgitm_lv")) || "1".equals(item.getField("non_drug"))) {
                continue;
            }
            NamedCsvRecord v = g.visits.get(l.getField("mdtrt_id"));
            NamedCsvRecord p = g.persons.get(l.getField("psn_no"));
            LocalDate day = LocalDate.parse(l.getField("fee_ocur_time").substring(0, 10));
            int age = LocalDate.parse(p.getField("brdy")).until(day).getYears();
            if (CleanPopulationTest.breach(item, Gender.of(p.getField("gend")), age,
                    HospitalLevel.of(g.institutions.get(l.getField("fixmedins_code")).getField("hosp_lv")),
                    MedType.of(v.getField("med_type")), v.getField("main_diag_code"), v.getField("other_diag_codes")) != null) {
                flagged.add(l.getField("feedetl_sn"));
            }
        }
        assertThat(flagged).isEqualTo(labelled(Category.RESTRICTION_BREACH)).isNotEmpty();
    }

    @Test
    void traceCodeRuleFindsExactlyTheLabelledLines() {
        Set<String> flagged = new HashSet<>();
        Map<String, Integer> net = new HashMap<>();
        for (NamedCsvRecord l : linesInTimeOrder()) {
            if (l.getField("drug_trac_codg").isEmpty()) {
                continue;
            }
            int sign = l.getField("cnt").startsWith("-") ? -1 : 1;
            for (String c : l.getField("drug_trac_codg").split(";")) {
                if (net.merge(c, sign, Integer::sum) > 1) {
                    flagged.add(l.getField("feedetl_sn"));
                }
            }
        }
        assertThat(flagged).isEqualTo(labelled(Category.TRACE_CODE_REUSE)).isNotEmpty();
    }

    @Test
    void deceasedAndDoubleSettlementRulesFindExactlyTheLabelledSubjects() {
        Set<String> deceased = new HashSet<>();
        for (NamedCsvRecord v : g.rows("visits")) {
            String death = g.persons.get(v.getField("psn_no")).getField("death_date");
            if (!death.isEmpty() && v.getField("begntime").substring(0, 10).compareTo(death) > 0) {
                deceased.add(v.getField("mdtrt_id"));
            }
        }
        Set<String> doubled = new HashSet<>();
        for (List<NamedCsvRecord> s : g.settlementsByVisit.values()) {
            List<NamedCsvRecord> live = new ArrayList<>(s.stream().filter(x -> "0".equals(x.getField("refd_setl_flag"))).toList());
            live.sort(Comparator.comparing(x -> x.getField("setl_time")));
            for (int i = 1; i < live.size(); i++) {
                doubled.add(live.get(i).getField("setl_id"));
            }
        }
        assertThat(deceased).isEqualTo(labelled(Category.DECEASED_CLAIM)).isNotEmpty();
        assertThat(doubled).isEqualTo(labelled(Category.DOUBLE_REIMBURSEMENT)).isNotEmpty();
    }

    @Test
    void splitAdmissionAndIdentityRulesFindExactlyTheLabelledVisits() {
        Map<String, List<NamedCsvRecord>> byPerson = new HashMap<>();
        for (NamedCsvRecord v : g.rows("visits")) {
            byPerson.computeIfAbsent(v.getField("psn_no"), k -> new ArrayList<>()).add(v);
        }
        Set<String> split = new HashSet<>();
        Set<String> impostor = new HashSet<>();
        for (List<NamedCsvRecord> list : byPerson.values()) {
            list.sort(Comparator.comparing(x -> x.getField("begntime")));
            NamedCsvRecord previous = null;
            for (NamedCsvRecord b : list) {
                if (!"21".equals(b.getField("med_type"))) {
                    continue;
                }
                if (previous != null && !b.getField("main_diag_code").startsWith("Z51")
                        && previous.getField("fixmedins_code").equals(b.getField("fixmedins_code"))
                        && previous.getField("main_diag_code").substring(0, 3).equals(b.getField("main_diag_code").substring(0, 3))
                        && ChronoUnit.DAYS.between(LocalDate.parse(previous.getField("endtime").substring(0, 10)),
                                LocalDate.parse(b.getField("begntime").substring(0, 10))) <= 15) {
                    split.add(b.getField("mdtrt_id"));
                }
                previous = b;
            }
            for (NamedCsvRecord far : list) {
                String home = g.persons.get(far.getField("psn_no")).getField("insuplc_admdvs").substring(0, 4);
                if (admdvs(far).startsWith(home)) {
                    continue;
                }
                for (NamedCsvRecord near : list) {
                    if (admdvs(near).startsWith(home) && overlapsWithin(far, near, 3)) {
                        impostor.add(far.getField("mdtrt_id"));
                    }
                }
            }
        }
        assertThat(split).isEqualTo(labelled(Category.SPLIT_ADMISSION)).isNotEmpty();
        assertThat(impostor).isEqualTo(labelled(Category.IDENTITY_MISUSE)).isNotEmpty();
    }

    @Test
    void unqualifiedPractitionerRuleFindsExactlyTheLabelledVisits() {
        Map<String, List<NamedCsvRecord>> regs = new HashMap<>();
        for (NamedCsvRecord r : g.rows("practitioners")) {
            regs.computeIfAbsent(r.getField("prac_code"), k -> new ArrayList<>()).add(r);
        }
        Map<String, Set<String>> placesOfDay = new HashMap<>();
        for (NamedCsvRecord v : g.rows("visits")) {
            if (!"41".equals(v.getField("med_type"))) {
                placesOfDay.computeIfAbsent(v.getField("atddr_code") + "|" + v.getField("begntime").substring(0, 10),
                        k -> new HashSet<>()).add(v.getField("fixmedins_code"));
            }
        }
        Set<String> flagged = new HashSet<>();
        for (NamedCsvRecord v : g.rows("visits")) {
            if ("41".equals(v.getField("med_type"))) {
                continue;
            }
            String day = v.getField("begntime").substring(0, 10);
            String end = v.getField("endtime").substring(0, 10);
            List<NamedCsvRecord> here = regs.getOrDefault(v.getField("atddr_code"), List.of()).stream()
                    .filter(r -> r.getField("fixmedins_code").equals(v.getField("fixmedins_code"))).toList();
            boolean qualified = here.stream().anyMatch(r -> r.getField("cert_begin").compareTo(day) <= 0
                    && (r.getField("cert_end").isEmpty() || r.getField("cert_end").compareTo(end) >= 0));
            Set<String> places = placesOfDay.get(v.getField("atddr_code") + "|" + day);
            boolean secondary = false;
            if (qualified && places.size() > 1) {
                String mine = here.stream().map(r -> r.getField("cert_begin")).max(String::compareTo).orElse("");
                secondary = regs.get(v.getField("atddr_code")).stream()
                        .filter(r -> !r.getField("fixmedins_code").equals(v.getField("fixmedins_code"))
                                && places.contains(r.getField("fixmedins_code")))
                        .allMatch(r -> r.getField("cert_begin").compareTo(mine) < 0);
            }
            if (!qualified || secondary) {
                flagged.add(v.getField("mdtrt_id"));
            }
        }
        assertThat(flagged).isEqualTo(labelled(Category.UNQUALIFIED_PRACTITIONER)).isNotEmpty();
    }

    private String admdvs(NamedCsvRecord v) {
        return g.institutions.get(v.getField("fixmedins_code")).getField("admdvs");
    }

    private static boolean overlapsWithin(NamedCsvRecord a, NamedCsvRecord b, int hours) {
        LocalDateTime ab = LocalDateTime.parse(a.getField("begntime"), TS);
        LocalDateTime ae = LocalDateTime.parse(a.getField("endtime"), TS);
        LocalDateTime bb = LocalDateTime.parse(b.getField("begntime"), TS);
        LocalDateTime be = LocalDateTime.parse(b.getField("endtime"), TS);
        return !bb.minusHours(hours).isAfter(ae) && !ab.isAfter(be.plusHours(hours));
    }
}
