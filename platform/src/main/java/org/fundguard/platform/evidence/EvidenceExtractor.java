package org.fundguard.platform.evidence;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fundguard.core.Lead;
import org.fundguard.core.Masking;
import org.fundguard.core.SubjectType;

/**
 * Picks the rows that support a run's leads out of the data set files in one streaming pass per
 * table: the persons named (masked on the way in), every visit of those persons (the timeline), the
 * visits and fee lines the evidence names, and per-institution totals for the peer comparison.
 * Memory grows with the leads, not with the data set, except for the per-institution person sets.
 */
public final class EvidenceExtractor {
    /** A visit named as evidence can have thousands of lines (a long stay); the page shows the first ones. */
    static final int MAX_LINES_PER_VISIT = 300;

    private EvidenceExtractor() {
    }

    public static Evidence extract(Path dir, List<Lead> leads) {
        Set<String> persons = new HashSet<>();
        Set<String> visitIds = new HashSet<>();
        Set<String> lineIds = new HashSet<>();
        Set<String> settlementIds = new HashSet<>();
        for (Lead l : leads) {
            if (l.psnNo() != null) {
                persons.add(l.psnNo());
            }
            name(l.subjectType(), l.subjectId(), persons, visitIds, lineIds, settlementIds);
            for (String ref : l.evidence()) {
                int colon = ref.indexOf(':');
                if (colon > 0) {
                    name(tableSubject(ref.substring(0, colon)), ref.substring(colon + 1), persons, visitIds, lineIds,
                            settlementIds);
                }
            }
        }

        Map<String, String> itemNames = new HashMap<>();
        if (CsvTable.exists(dir, "catalog")) {
            CsvTable.forEach(dir.resolve("catalog.csv"), List.of("med_list_codg"),
                    r -> itemNames.put(r.required("med_list_codg"), r.get("name")));
        }

        List<Evidence.PersonRow> personRows = new ArrayList<>();
        if (CsvTable.exists(dir, "persons")) {
            CsvTable.forEach(dir.resolve("persons.csv"), List.of("psn_no"), r -> {
                String psn = r.required("psn_no");
                if (persons.contains(psn)) {
                    personRows.add(new Evidence.PersonRow(psn, Masking.certno(r.get("certno")),
                            Masking.name(r.get("psn_name")), Masking.phone(r.get("phone")), r.get("gend"),
                            r.date("brdy"), r.get("insuplc_admdvs"), r.date("death_date")));
                }
            });
        }

        // settlements first: a settlement named as evidence points at its visit, and fund totals per visit
        Map<String, long[]> settledByVisit = new HashMap<>();   // only visits we keep, filled below
        Map<String, long[]> settledByInstitution = new HashMap<>();
        Map<String, String> visitOfSettlement = new HashMap<>();
        boolean haveSettlements = CsvTable.exists(dir, "settlements");
        if (haveSettlements) {
            CsvTable.forEach(dir.resolve("settlements.csv"), List.of("setl_id", "mdtrt_id", "fixmedins_code"), r -> {
                if ("1".equals(r.get("refd_setl_flag"))) {
                    return;
                }
                long[] t = settledByInstitution.computeIfAbsent(r.required("fixmedins_code"), k -> new long[2]);
                t[0] += r.fen("medfee_sumamt");
                t[1] += r.fen("fund_pay_sumamt");
                String setl = r.required("setl_id");
                if (settlementIds.contains(setl)) {
                    visitOfSettlement.put(setl, r.required("mdtrt_id"));
                }
            });
            visitIds.addAll(visitOfSettlement.values());
        }

        List<Evidence.VisitRow> visitRows = new ArrayList<>();
        Map<String, long[]> visitsByInstitution = new HashMap<>();
        Map<String, Set<String>> personsByInstitution = new HashMap<>();
        Map<String, LocalDateTime> visitBegin = new HashMap<>();
        if (CsvTable.exists(dir, "visits")) {
            CsvTable.forEach(dir.resolve("visits.csv"),
                    List.of("mdtrt_id", "psn_no", "fixmedins_code", "med_type", "begntime", "endtime"), r -> {
                        String inst = r.required("fixmedins_code");
                        String psn = r.required("psn_no");
                        visitsByInstitution.computeIfAbsent(inst, k -> new long[1])[0]++;
                        personsByInstitution.computeIfAbsent(inst, k -> new HashSet<>()).add(psn);
                        String id = r.required("mdtrt_id");
                        if (persons.contains(psn) || visitIds.contains(id)) {
                            LocalDateTime begin = r.dateTime("begntime");
                            visitRows.add(new Evidence.VisitRow(id, psn, inst, r.required("med_type"), begin,
                                    r.dateTime("endtime"), r.get("main_diag_code"), 0, 0));
                            visitBegin.put(id, begin);
                            settledByVisit.put(id, new long[2]);
                        }
                    });
        }
        if (haveSettlements && !settledByVisit.isEmpty()) {
            CsvTable.forEach(dir.resolve("settlements.csv"), List.of("mdtrt_id"), r -> {
                long[] t = settledByVisit.get(r.required("mdtrt_id"));
                if (t != null && !"1".equals(r.get("refd_setl_flag"))) {
                    t[0] += r.fen("medfee_sumamt");
                    t[1] += r.fen("fund_pay_sumamt");
                }
            });
            visitRows.replaceAll(v -> {
                long[] t = settledByVisit.get(v.mdtrtId());
                return new Evidence.VisitRow(v.mdtrtId(), v.psnNo(), v.institutionCode(), v.medType(), v.begin(),
                        v.end(), v.mainDiag(), t[0], t[1]);
            });
        }

        List<Evidence.FeeLineRow> lineRows = new ArrayList<>();
        Map<String, LocalDateTime> lineTime = new HashMap<>();
        if (CsvTable.exists(dir, "fee_details") && !(lineIds.isEmpty() && visitIds.isEmpty())) {
            Map<String, int[]> perVisit = new HashMap<>();
            CsvTable.forEach(dir.resolve("fee_details.csv"),
                    List.of("feedetl_sn", "mdtrt_id", "fee_ocur_time", "med_list_codg", "cnt", "pric",
                            "det_item_fee_sumamt"), r -> {
                        String sn = r.required("feedetl_sn");
                        String visit = r.required("mdtrt_id");
                        boolean named = lineIds.contains(sn);
                        if (!named && !(visitIds.contains(visit)
                                && perVisit.computeIfAbsent(visit, k -> new int[1])[0]++ < MAX_LINES_PER_VISIT)) {
                            return;
                        }
                        String code = r.required("med_list_codg");
                        LocalDateTime time = r.dateTime("fee_ocur_time");
                        lineRows.add(new Evidence.FeeLineRow(sn, visit, time, code, itemNames.get(code),
                                r.decimal("cnt"), r.fen("pric"), r.fen("det_item_fee_sumamt"), r.get("bilg_dr_codg")));
                        lineTime.put(sn, time);
                    });
        }

        List<Evidence.InstitutionRow> institutionRows = new ArrayList<>();
        if (CsvTable.exists(dir, "institutions")) {
            CsvTable.forEach(dir.resolve("institutions.csv"), List.of("fixmedins_code", "fixmedins_name"), r -> {
                String code = r.required("fixmedins_code");
                long[] v = visitsByInstitution.getOrDefault(code, new long[1]);
                long[] s = settledByInstitution.getOrDefault(code, new long[2]);
                Set<String> p = personsByInstitution.getOrDefault(code, Set.of());
                institutionRows.add(new Evidence.InstitutionRow(code, r.required("fixmedins_name"),
                        orEmpty(r.get("fixmedins_type")), orEmpty(r.get("hosp_lv")), v[0], p.size(), s[0], s[1]));
            });
        }

        Map<String, LocalDate> occurred = new HashMap<>();
        for (Lead l : leads) {
            LocalDateTime first = null;
            List<String> refs = new ArrayList<>(l.evidence());
            refs.add(tableOf(l.subjectType()) + ":" + l.subjectId());
            for (String ref : refs) {
                int colon = ref.indexOf(':');
                if (colon <= 0) {
                    continue;
                }
                String table = ref.substring(0, colon);
                String id = ref.substring(colon + 1);
                LocalDateTime t = switch (table) {
                    case "visits" -> visitBegin.get(id);
                    case "fee_details" -> lineTime.get(id);
                    case "settlements" -> visitBegin.get(visitOfSettlement.get(id));
                    default -> null;
                };
                if (t != null && (first == null || t.isBefore(first))) {
                    first = t;
                }
            }
            if (first != null) {
                occurred.put(l.leadId(), first.toLocalDate());
            }
        }
        return new Evidence(personRows, visitRows, lineRows, institutionRows, occurred);
    }

    private static void name(SubjectType type, String id, Set<String> persons, Set<String> visits, Set<String> lines,
            Set<String> settlements) {
        if (type == null || id == null) {
            return;
        }
        switch (type) {
            case PERSON -> persons.add(id);
            case VISIT -> visits.add(id);
            case FEE_DETAIL -> lines.add(id);
            case SETTLEMENT -> settlements.add(id);
            default -> {
            }
        }
    }

    private static SubjectType tableSubject(String table) {
        return switch (table) {
            case "persons" -> SubjectType.PERSON;
            case "visits" -> SubjectType.VISIT;
            case "fee_details" -> SubjectType.FEE_DETAIL;
            case "settlements" -> SubjectType.SETTLEMENT;
            case "institutions" -> SubjectType.INSTITUTION;
            default -> null;
        };
    }

    private static String tableOf(SubjectType t) {
        return switch (t) {
            case PERSON -> "persons";
            case VISIT -> "visits";
            case FEE_DETAIL -> "fee_details";
            case SETTLEMENT -> "settlements";
            case INSTITUTION -> "institutions";
            case PRACTITIONER -> "practitioners";
        };
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
