package org.fundguard.synth;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fundguard.core.Gender;
import org.fundguard.core.HospitalLevel;
import org.fundguard.core.MedType;
import org.fundguard.core.Money;
import org.fundguard.core.Quantity;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The ordinary population triggers no category: over every row outside the labelled subjects, the
 * rules each category breaks hold (labelling.md: "the ordinary (clean) population triggers no
 * category"). Several seeds, small regions.
 */
class CleanPopulationTest {
    private static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void ordinaryCareBreaksNoRuleOfAnyCategory(long seed) {
        Generated g = Generated.generate(tmp.resolve("s" + seed), 2000, 3, seed);
        List<String> v = violations(g);
        assertThat(v).as("clean-population violations (first 30): %s", v.subList(0, Math.min(30, v.size()))).isEmpty();
    }

    /** The same checks see the injected instances once the labelled subjects are no longer set aside. */
    @org.junit.jupiter.api.Test
    void theChecksCatchTheInjectedInstances() {
        Generated g = Generated.generate(tmp.resolve("all"), 2500, 3, 11);
        g.labelledVisits.clear();
        g.labelledPersons.clear();
        g.labelledInstitutions.clear();
        List<String> v = violations(g);
        for (String kind : List.of("OVER_PRICE", "RESTRICTION_BREACH", "units/day", "OVER_QUANTITY days", "EXCLUSIVE",
                "BUNDLED", "DOUBLE_REIMBURSEMENT", "DECEASED_CLAIM", "TRACE_CODE_REUSE", "UNQUALIFIED", "IDENTITY_MISUSE",
                "SPLIT_ADMISSION", "CAPACITY dialysis", "CAPACITY beds", "night without nursing", "non-drug billed",
                "phone shared", "billed beyond stock", "PHARMACIST_ABSENT")) {
            assertThat(v).as("a violation of kind %s", kind).anyMatch(x -> x.contains(kind));
        }
    }

    static List<String> violations(Generated g) {
        List<String> v = new ArrayList<>();
        linesKeepCatalogueLimits(g, v);
        itemRulesHold(g, v);
        oneUnreversedSettlementPerVisitMatchingItsLines(g, v);
        nothingAfterDeath(g, v);
        traceCodesSoldOnce(g, v);
        practitionersQualifiedAndRegistered(g, v);
        nobodyInTwoPlacesAtOnce(g, v);
        noReadmissionWithin15DaysForTheSameDiagnosis(g, v);
        capacityRespected(g, v);
        staysCarryCareEveryNight(g, v);
        stockCoversBilling(g, v);
        nonDrugGoodsNeverBilled(g, v);
        phonesSharedOnlyWithinHouseholds(g, v);
        return v;
    }

    // ---------------------------------------------------------------- line level

    private static void linesKeepCatalogueLimits(Generated g, List<String> v) {
        Map<String, Long> perDay = new HashMap<>();
        for (NamedCsvRecord l : g.rows("fee_details")) {
            String visitId = l.getField("mdtrt_id");
            if (!g.clean(visitId)) {
                continue;
            }
            NamedCsvRecord visit = g.visits.get(visitId);
            NamedCsvRecord item = g.catalog.get(l.getField("med_list_codg"));
            NamedCsvRecord inst = g.institutions.get(l.getField("fixmedins_code"));
            NamedCsvRecord person = g.persons.get(l.getField("psn_no"));
            String id = l.getField("feedetl_sn");
            long cnt = Quantity.parse(l.getField("cnt"));
            long price = Money.parseFen(l.getField("pric"));
            HospitalLevel level = HospitalLevel.of(inst.getField("hosp_lv"));
            String capField = level == HospitalLevel.LEVEL_3 ? "price_cap" : level == HospitalLevel.LEVEL_2 ? "price_cap_lv2"
                    : "price_cap_lv1";
            String cap = item.getField(capField).isEmpty() ? item.getField("price_cap") : item.getField(capField);
            if (!cap.isEmpty() && price > Money.parseFen(cap)) {
                v.add("OVER_PRICE " + id);
            }
            boolean payable = !"03".equals(item.getField("chrgitm_lv")) && !"1".equals(item.getField("non_drug"));
            LocalDate day = LocalDateTime.parse(l.getField("fee_ocur_time"), TS).toLocalDate();
            int age = LocalDate.parse(person.getField("brdy")).until(day).getYears();
            MedType type = MedType.of(visit.getField("med_type"));
            if (payable) {
                String why = breach(item, Gender.of(person.getField("gend")), age, level, type,
                        visit.getField("main_diag_code"), visit.getField("other_diag_codes"));
                if (why != null) {
                    v.add("RESTRICTION_BREACH " + why + " " + id);
                }
            }
            if (!item.getField("max_units_day").isEmpty()) {
                String key = l.getField("psn_no") + "|" + day + "|" + item.getField("med_list_codg");
                long sum = perDay.merge(key, cnt, Long::sum);
                if (sum > Quantity.parse(item.getField("max_units_day"))) {
                    v.add("DUPLICATE_CHARGE/OVER_QUANTITY units/day " + id);
                }
            }
            if (type != MedType.INPATIENT && cnt > 0 && !item.getField("max_days_supply").isEmpty()
                    && !item.getField("units_per_day_dose").isEmpty()) {
                long udd = Quantity.parse(item.getField("units_per_day_dose"));
                if (cnt * 1.0 / udd > Integer.parseInt(item.getField("max_days_supply"))) {
                    v.add("OVER_QUANTITY days " + id);
                }
            }
            if (Quantity.times(cnt, price) != Money.parseFen(l.getField("det_item_fee_sumamt"))) {
                v.add("amount != cnt*pric " + id);
            }
        }
    }

    static String breach(NamedCsvRecord item, Gender sex, int age, HospitalLevel level, MedType type, String main,
            String others) {
        if (!item.getField("lmt_gend").isEmpty() && Gender.of(item.getField("lmt_gend")) != sex) {
            return "gend";
        }
        if (!item.getField("lmt_age_min").isEmpty() && age < Integer.parseInt(item.getField("lmt_age_min"))
                || !item.getField("lmt_age_max").isEmpty() && age > Integer.parseInt(item.getField("lmt_age_max"))) {
            return "age";
        }
        if (!item.getField("lmt_hosp_lv").isEmpty()
                && rank(level) < rank(HospitalLevel.of(item.getField("lmt_hosp_lv")))) {
            return "hosp_lv";
        }
        String mt = item.getField("lmt_med_type");
        if ("IPT".equals(mt) && type != MedType.INPATIENT || "OPT".equals(mt) && type == MedType.INPATIENT) {
            return "med_type";
        }
        if (!item.getField("lmt_diag").isEmpty()) {
            List<String> diags = new ArrayList<>(Arrays.asList(others.split(";")));
            diags.add(main);
            for (String p : item.getField("lmt_diag").split(";")) {
                for (String d : diags) {
                    if (!d.isEmpty() && d.startsWith(p)) {
                        return null;
                    }
                }
            }
            return "diag";
        }
        return null;
    }

    private static int rank(HospitalLevel l) {
        return l == HospitalLevel.LEVEL_3 ? 3 : l == HospitalLevel.LEVEL_2 ? 2 : l == HospitalLevel.LEVEL_1 ? 1 : 0;
    }

    private static void itemRulesHold(Generated g, List<String> v) {
        Map<String, Set<String>> byVisit = new HashMap<>();
        Map<String, Set<String>> byDay = new HashMap<>();
        for (NamedCsvRecord l : g.rows("fee_details")) {
            if (!g.clean(l.getField("mdtrt_id")) || l.getField("cnt").startsWith("-")) {
                continue;
            }
            byVisit.computeIfAbsent(l.getField("mdtrt_id"), k -> new HashSet<>()).add(l.getField("med_list_codg"));
            byDay.computeIfAbsent(l.getField("psn_no") + "|" + l.getField("fee_ocur_time").substring(0, 10),
                    k -> new HashSet<>()).add(l.getField("med_list_codg"));
        }
        for (NamedCsvRecord r : g.rows("item_rules")) {
            Map<String, Set<String>> scope = "VISIT".equals(r.getField("scope")) ? byVisit : byDay;
            for (Map.Entry<String, Set<String>> e : scope.entrySet()) {
                if (e.getValue().contains(r.getField("code_a")) && e.getValue().contains(r.getField("code_b"))) {
                    v.add(r.getField("relation") + " " + r.getField("code_a") + "+" + r.getField("code_b") + " in " + e.getKey());
                }
            }
        }
    }

    // ---------------------------------------------------------------- visits and settlements

    private static void oneUnreversedSettlementPerVisitMatchingItsLines(Generated g, List<String> v) {
        for (NamedCsvRecord visit : g.rows("visits")) {
            String id = visit.getField("mdtrt_id");
            if (!g.clean(id)) {
                continue;
            }
            List<NamedCsvRecord> setl = g.settlementsByVisit.getOrDefault(id, List.of());
            long live = setl.stream().filter(s -> "0".equals(s.getField("refd_setl_flag"))).count();
            if (live != 1) {
                v.add("DOUBLE_REIMBURSEMENT " + id + " has " + live + " unreversed settlements");
            }
            long sum = 0;
            for (NamedCsvRecord l : g.linesByVisit.getOrDefault(id, List.of())) {
                sum += Money.parseFen(l.getField("det_item_fee_sumamt"));
            }
            for (NamedCsvRecord s : setl) {
                long total = Money.parseFen(s.getField("medfee_sumamt"));
                long parts = Money.parseFen(s.getField("fund_pay_sumamt")) + Money.parseFen(s.getField("acct_pay"))
                        + Money.parseFen(s.getField("psn_cash_pay"));
                if (total != sum || parts != total) {
                    v.add("settlement inconsistent " + s.getField("setl_id"));
                }
            }
        }
    }

    private static void nothingAfterDeath(Generated g, List<String> v) {
        for (NamedCsvRecord visit : g.rows("visits")) {
            String death = g.persons.get(visit.getField("psn_no")).getField("death_date");
            if (g.clean(visit.getField("mdtrt_id")) && !death.isEmpty()
                    && visit.getField("begntime").substring(0, 10).compareTo(death) > 0) {
                v.add("DECEASED_CLAIM " + visit.getField("mdtrt_id"));
            }
        }
    }

    private static void traceCodesSoldOnce(Generated g, List<String> v) {
        Map<String, Integer> net = new HashMap<>();
        List<NamedCsvRecord> lines = new ArrayList<>(g.rows("fee_details"));
        lines.sort((a, b) -> a.getField("fee_ocur_time").compareTo(b.getField("fee_ocur_time")));
        for (NamedCsvRecord l : lines) {
            String codes = l.getField("drug_trac_codg");
            if (codes.isEmpty() || !g.clean(l.getField("mdtrt_id"))) {
                continue;
            }
            int sign = l.getField("cnt").startsWith("-") ? -1 : 1;
            for (String c : codes.split(";")) {
                if (net.merge(c, sign, Integer::sum) > 1) {
                    v.add("TRACE_CODE_REUSE " + c + " " + l.getField("feedetl_sn"));
                }
            }
        }
    }

    private static void practitionersQualifiedAndRegistered(Generated g, List<String> v) {
        Map<String, List<NamedCsvRecord>> regs = new HashMap<>();
        for (NamedCsvRecord r : g.rows("practitioners")) {
            regs.computeIfAbsent(r.getField("prac_code") + "|" + r.getField("fixmedins_code"), k -> new ArrayList<>()).add(r);
        }
        Map<String, String> doctorDay = new HashMap<>();
        Map<String, Integer> load = new HashMap<>();
        for (NamedCsvRecord visit : g.rows("visits")) {
            String id = visit.getField("mdtrt_id");
            if (!g.clean(id)) {
                continue;
            }
            String prac = visit.getField("atddr_code");
            String inst = visit.getField("fixmedins_code");
            String day = visit.getField("begntime").substring(0, 10);
            List<NamedCsvRecord> r = regs.get(prac + "|" + inst);
            if (r == null) {
                v.add("UNQUALIFIED not registered " + prac + " at " + inst + " " + id);
                continue;
            }
            boolean ok = r.stream().anyMatch(x -> x.getField("cert_begin").compareTo(day) <= 0
                    && (x.getField("cert_end").isEmpty() || x.getField("cert_end").compareTo(day) >= 0));
            String endDay = visit.getField("endtime").substring(0, 10);
            boolean okEnd = r.stream().anyMatch(x -> x.getField("cert_end").isEmpty() || x.getField("cert_end").compareTo(endDay) >= 0);
            if (!ok || !okEnd) {
                v.add("UNQUALIFIED lapsed " + prac + " " + id);
            }
            if (!"41".equals(visit.getField("med_type")) && !"21".equals(visit.getField("med_type"))) {
                String other = doctorDay.putIfAbsent(prac + "|" + day, inst);
                if (other != null && !other.equals(inst)) {
                    v.add("UNQUALIFIED two places " + prac + " " + day);
                }
                if (load.merge(prac + "|" + day, 1, Integer::sum) > Ledger.DOCTOR_DAY_CAP) {
                    v.add("CAPACITY doctor day " + prac + " " + day);
                }
            }
            if ("41".equals(visit.getField("med_type"))) {
                String other = doctorDay.putIfAbsent("ph" + prac + "|" + day, inst);
                if (other != null && !other.equals(inst)) {
                    v.add("PHARMACIST_ABSENT two pharmacies " + prac + " " + day);
                }
            }
        }
    }

    private static void nobodyInTwoPlacesAtOnce(Generated g, List<String> v) {
        Map<String, List<NamedCsvRecord>> byPerson = new HashMap<>();
        for (NamedCsvRecord visit : g.rows("visits")) {
            byPerson.computeIfAbsent(visit.getField("psn_no"), k -> new ArrayList<>()).add(visit);
        }
        for (List<NamedCsvRecord> list : byPerson.values()) {
            list.sort((a, b) -> a.getField("begntime").compareTo(b.getField("begntime")));
            for (int i = 0; i < list.size(); i++) {
                for (int j = i + 1; j < list.size(); j++) {
                    NamedCsvRecord a = list.get(i);
                    NamedCsvRecord b = list.get(j);
                    if (!g.clean(a.getField("mdtrt_id")) || !g.clean(b.getField("mdtrt_id"))) {
                        continue;
                    }
                    LocalDateTime aEnd = LocalDateTime.parse(a.getField("endtime"), TS);
                    LocalDateTime bBegin = LocalDateTime.parse(b.getField("begntime"), TS);
                    if (bBegin.isAfter(aEnd.plusHours(12))) {
                        break;
                    }
                    String ca = g.institutions.get(a.getField("fixmedins_code")).getField("admdvs");
                    String cb = g.institutions.get(b.getField("fixmedins_code")).getField("admdvs");
                    boolean overlap = !bBegin.isAfter(aEnd);
                    if (overlap || !ca.substring(0, 4).equals(cb.substring(0, 4))) {
                        v.add("IDENTITY_MISUSE/FAKE_ADMISSION " + a.getField("mdtrt_id") + " & " + b.getField("mdtrt_id"));
                    }
                }
            }
        }
    }

    private static void noReadmissionWithin15DaysForTheSameDiagnosis(Generated g, List<String> v) {
        Map<String, List<NamedCsvRecord>> stays = new HashMap<>();
        for (NamedCsvRecord visit : g.rows("visits")) {
            if ("21".equals(visit.getField("med_type"))) {
                stays.computeIfAbsent(visit.getField("psn_no"), k -> new ArrayList<>()).add(visit);
            }
        }
        for (List<NamedCsvRecord> list : stays.values()) {
            list.sort((a, b) -> a.getField("begntime").compareTo(b.getField("begntime")));
            for (int i = 1; i < list.size(); i++) {
                NamedCsvRecord a = list.get(i - 1);
                NamedCsvRecord b = list.get(i);
                if (!g.clean(b.getField("mdtrt_id")) || !g.clean(a.getField("mdtrt_id"))
                        || b.getField("main_diag_code").startsWith("Z51")) {
                    continue;
                }
                long gap = LocalDate.parse(a.getField("endtime").substring(0, 10))
                        .until(LocalDate.parse(b.getField("begntime").substring(0, 10)), java.time.temporal.ChronoUnit.DAYS);
                if (gap <= 15 && a.getField("fixmedins_code").equals(b.getField("fixmedins_code"))
                        && a.getField("main_diag_code").substring(0, 3).equals(b.getField("main_diag_code").substring(0, 3))) {
                    v.add("SPLIT_ADMISSION " + b.getField("mdtrt_id"));
                }
            }
        }
    }

    private static void capacityRespected(Generated g, List<String> v) {
        Map<String, Integer> sessions = new HashMap<>();
        Map<String, Integer> beds = new HashMap<>();
        for (NamedCsvRecord visit : g.rows("visits")) {
            String inst = visit.getField("fixmedins_code");
            if (g.labelledInstitutions.contains(inst)) {
                continue;
            }
            if ("N18.500".equals(visit.getField("main_diag_code")) && "14".equals(visit.getField("med_type"))) {
                sessions.merge(inst + "|" + visit.getField("begntime").substring(0, 10), 1, Integer::sum);
            }
            if ("21".equals(visit.getField("med_type"))) {
                LocalDate a = LocalDate.parse(visit.getField("begntime").substring(0, 10));
                LocalDate b = LocalDate.parse(visit.getField("endtime").substring(0, 10));
                for (LocalDate d = a; d.isBefore(b); d = d.plusDays(1)) {
                    beds.merge(inst + "|" + d, 1, Integer::sum);
                }
            }
        }
        sessions.forEach((k, n) -> {
            int machines = Integer.parseInt(g.institutions.get(k.substring(0, k.indexOf('|'))).getField("dialysis_machines"));
            if (n > machines * Ledger.SHIFTS) {
                v.add("CAPACITY dialysis " + k + " " + n);
            }
        });
        beds.forEach((k, n) -> {
            int b = Integer.parseInt(g.institutions.get(k.substring(0, k.indexOf('|'))).getField("beds"));
            if (n > b) {
                v.add("CAPACITY beds " + k + " " + n + ">" + b);
            }
        });
    }

    private static void staysCarryCareEveryNight(Generated g, List<String> v) {
        for (NamedCsvRecord visit : g.rows("visits")) {
            String id = visit.getField("mdtrt_id");
            if (!"21".equals(visit.getField("med_type")) || !g.clean(id)) {
                continue;
            }
            Set<String> careDays = new HashSet<>();
            for (NamedCsvRecord l : g.linesByVisit.getOrDefault(id, List.of())) {
                String type = g.catalog.get(l.getField("med_list_codg")).getField("med_chrgitm_type");
                if ("07".equals(type)) {
                    careDays.add(l.getField("fee_ocur_time").substring(0, 10));
                }
            }
            LocalDate a = LocalDate.parse(visit.getField("begntime").substring(0, 10));
            LocalDate b = LocalDate.parse(visit.getField("endtime").substring(0, 10));
            for (LocalDate d = a; d.isBefore(b); d = d.plusDays(1)) {
                if (!careDays.contains(d.toString())) {
                    v.add("BED_HANGING/FAKE_ADMISSION night without nursing " + id + " " + d);
                    break;
                }
            }
        }
    }

    // ---------------------------------------------------------------- stock and persons

    private static void stockCoversBilling(Generated g, List<String> v) {
        Map<String, Long> billed = new HashMap<>();
        for (NamedCsvRecord l : g.rows("fee_details")) {
            billed.merge(l.getField("fixmedins_code") + "|" + l.getField("med_list_codg"), Quantity.parse(l.getField("cnt")),
                    Long::sum);
        }
        Map<String, Long> available = new HashMap<>();
        for (NamedCsvRecord p : g.rows("purchases")) {
            available.merge(p.getField("fixmedins_code") + "|" + p.getField("med_list_codg"),
                    Quantity.parse(p.getField("purc_cnt")), Long::sum);
        }
        Map<String, String> firstDate = new HashMap<>();
        for (NamedCsvRecord r : g.rows("inventory")) {
            String key = r.getField("fixmedins_code") + "|" + r.getField("med_list_codg");
            long cnt = Quantity.parse(r.getField("inv_cnt"));
            String prev = firstDate.putIfAbsent(key, r.getField("inv_date"));
            available.merge(key, prev == null ? cnt : -cnt, Long::sum);
        }
        billed.forEach((key, b) -> {
            String inst = key.substring(0, key.indexOf('|'));
            NamedCsvRecord item = g.catalog.get(key.substring(key.indexOf('|') + 1));
            if ("201".equals(item.getField("list_type")) || g.labelledInstitutions.contains(inst)) {
                return;
            }
            if (b > available.getOrDefault(key, 0L)) {
                v.add("ITEM_SWAP billed beyond stock " + key);
            }
        });
    }

    private static void nonDrugGoodsNeverBilled(Generated g, List<String> v) {
        for (NamedCsvRecord l : g.rows("fee_details")) {
            if (g.clean(l.getField("mdtrt_id")) && "1".equals(g.catalog.get(l.getField("med_list_codg")).getField("non_drug"))) {
                v.add("EVOUCHER_CASHOUT/ITEM_SWAP non-drug billed " + l.getField("feedetl_sn"));
            }
        }
    }

    private static void phonesSharedOnlyWithinHouseholds(Generated g, List<String> v) {
        Map<String, Set<String>> addrByPhone = new HashMap<>();
        for (NamedCsvRecord p : g.rows("persons")) {
            if (g.labelledPersons.contains(p.getField("psn_no"))) {
                continue;
            }
            addrByPhone.computeIfAbsent(p.getField("phone"), k -> new HashSet<>()).add(p.getField("addr_code"));
        }
        addrByPhone.forEach((phone, addrs) -> {
            if (addrs.size() > 1) {
                v.add("COLLUSION_RING phone shared across addresses " + phone);
            }
        });
    }
}
