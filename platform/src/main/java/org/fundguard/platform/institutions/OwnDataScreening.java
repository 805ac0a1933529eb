package org.fundguard.platform.institutions;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fundguard.core.CatalogItem;
import org.fundguard.core.FeeDetail;
import org.fundguard.core.Institution;
import org.fundguard.core.InventoryCount;
import org.fundguard.core.ItemRule;
import org.fundguard.core.Lead;
import org.fundguard.core.Masking;
import org.fundguard.core.Money;
import org.fundguard.core.Person;
import org.fundguard.core.Practitioner;
import org.fundguard.core.Purchase;
import org.fundguard.core.Quantity;
import org.fundguard.core.Settlement;
import org.fundguard.core.SubjectType;
import org.fundguard.core.Visit;
import org.fundguard.core.dataset.DataSet;
import org.fundguard.core.dataset.DataSetSink;
import org.fundguard.core.dataset.DataSets;
import org.fundguard.core.dataset.InvalidDataSetException;
import org.fundguard.core.dataset.LoadOptions;
import org.fundguard.core.dataset.ValidationMode;
import org.fundguard.core.dataset.ValidationReport;
import org.fundguard.engine.Finding;
import org.fundguard.engine.Leads;
import org.fundguard.engine.Region;
import org.fundguard.engine.models.ModelCatalogue;
import org.fundguard.engine.models.Screening;
import org.fundguard.engine.rules.Auditor;
import org.fundguard.engine.rules.PersonClaims;
import org.fundguard.engine.rules.RuleSet;

/**
 * The engine (the built-in rule library and the standard model catalogue, as a data run uses them) over
 * one institution's own rows of a period: its visits that began in the period with their lines and
 * settlements, the persons of those visits, its purchases and stock counts, and the reference tables.
 * The institution sees what its own data show; patterns that need other institutions' rows (a patient at
 * two places at once, a ring across hospitals, the comparison with peers' volumes) stay with the agency,
 * which is one reason a later agency run can find what a self-inspection did not.
 */
final class OwnDataScreening {
    private OwnDataScreening() {
    }

    record Result(String institutionName, int visits, List<Lead> hits, Map<String, EvidenceRow> rows) {
    }

    /** One row behind a hit, described for the institution (personal data masked). */
    public record EvidenceRow(String ref, java.time.LocalDateTime at, String description, Long amountFen) {
        public String amount() {
            return amountFen == null ? "" : Money.format(amountFen);
        }
    }

    static String engine() {
        return "engine: " + RuleSet.builtIn().size() + " rules, " + ModelCatalogue.standard().size() + " models (own data)";
    }

    static Result screen(Path dataset, String code, LocalDate from, LocalDate to, int parallelism) {
        OwnRows own = new OwnRows(code, from, to);
        ValidationReport report = DataSets.stream(dataset, LoadOptions.of(ValidationMode.STRICT), own);
        if (report.hasErrors()) {
            throw new InvalidDataSetException(report);
        }
        DataSet data = own.dataSet();
        String name = data.institutions().stream().filter(i -> i.code().equals(code)).map(Institution::name)
                .findFirst().orElseThrow(() -> new InstitutionException(InstitutionException.Kind.INVALID,
                        "institution " + code + " is not in the data set " + dataset.getFileName()));
        List<Finding> findings = new ArrayList<>();
        if (!data.visits().isEmpty()) {
            new Auditor(RuleSet.builtIn(), Region.of(data)).audit(
                    PersonClaims.group(data.visits(), data.feeDetails(), data.settlements()).persons(), parallelism,
                    findings::add);
            findings.addAll(Screening.run(data, ModelCatalogue.standard(),
                    new Screening.Options(parallelism, List.of(), (model, stage, nanos, items) -> { })));
        }
        Map<String, Lead> hits = new java.util.LinkedHashMap<>();
        for (Finding f : findings) {
            Lead l = Leads.of(f);
            if (isAbout(l, code)) {
                hits.putIfAbsent(l.leadId(), l);
            }
        }
        List<Lead> sorted = new ArrayList<>(hits.values());
        sorted.sort(java.util.Comparator.comparing((Lead l) -> l.category().name()).thenComparing(Lead::subjectId));
        return new Result(name, data.visits().size(), sorted, describe(data, sorted));
    }

    static boolean isAbout(Lead l, String code) {
        return code.equals(l.institutionCode())
                || (l.subjectType() == SubjectType.INSTITUTION && code.equals(l.subjectId()));
    }

    private static Map<String, EvidenceRow> describe(DataSet data, List<Lead> hits) {
        Set<String> wanted = new HashSet<>();
        hits.forEach(h -> wanted.addAll(h.evidence()));
        Map<String, EvidenceRow> rows = new HashMap<>();
        if (wanted.isEmpty()) {
            return rows;
        }
        Map<String, String> itemNames = new HashMap<>();
        for (CatalogItem c : data.catalog()) {
            itemNames.put(c.code(), c.name());
        }
        for (FeeDetail f : data.feeDetails()) {
            String ref = "fee_details:" + f.feedetlSn();
            if (wanted.contains(ref)) {
                rows.put(ref, new EvidenceRow(ref, f.time(), "费用明细 " + f.feedetlSn() + " · " + f.listCode() + " "
                        + itemNames.getOrDefault(f.listCode(), "") + " × " + Quantity.format(f.cnt()) + " · 单价 "
                        + Money.format(f.priceFen()) + " 元 · 就诊 " + f.mdtrtId(), f.amountFen()));
            }
        }
        for (Visit v : data.visits()) {
            String ref = "visits:" + v.mdtrtId();
            if (wanted.contains(ref)) {
                rows.put(ref, new EvidenceRow(ref, v.begin(), "就诊 " + v.mdtrtId() + " · " + v.medType().label() + " · "
                        + v.begin().toLocalDate() + " 至 " + v.end().toLocalDate() + " · 主诊断 " + v.mainDiag()
                        + " · 参保人 " + v.psnNo(), null));
            }
        }
        for (Settlement s : data.settlements()) {
            String ref = "settlements:" + s.setlId();
            if (wanted.contains(ref)) {
                rows.put(ref, new EvidenceRow(ref, s.time(), "结算 " + s.setlId() + " · 就诊 " + s.mdtrtId() + " · 医疗费用 "
                        + Money.format(s.medfeeSumFen()) + " 元 · 基金支付 " + Money.format(s.fundPaySumFen()) + " 元"
                        + (s.reversed() ? " · 已冲正" : ""), null));
            }
        }
        for (Person p : data.persons()) {
            String ref = "persons:" + p.psnNo();
            if (wanted.contains(ref)) {
                rows.put(ref, new EvidenceRow(ref, null, "参保人 " + p.psnNo() + " · " + Masking.name(p.name()) + " · "
                        + Masking.certno(p.certno()) + (p.deathDate() != null ? " · 死亡日期 " + p.deathDate() : ""), null));
            }
        }
        for (Purchase p : data.purchases()) {
            String ref = "purchases:" + p.purcId();
            if (wanted.contains(ref)) {
                rows.put(ref, new EvidenceRow(ref, p.time(), "采购 " + p.purcId() + " · " + p.listCode() + " "
                        + itemNames.getOrDefault(p.listCode(), "") + " × " + Quantity.format(p.cnt()), null));
            }
        }
        for (Practitioner p : data.practitioners()) {
            String ref = "practitioners:" + p.code();
            if (wanted.contains(ref)) {
                rows.put(ref, new EvidenceRow(ref, null, "医务人员 " + p.code() + " · " + Masking.name(p.name()), null));
            }
        }
        for (Institution i : data.institutions()) {
            String ref = "institutions:" + i.code();
            if (wanted.contains(ref)) {
                rows.put(ref, new EvidenceRow(ref, null, "机构 " + i.code() + " · " + i.name(), null));
            }
        }
        return rows;
    }

    /** Keeps the reference tables and the institution's own rows of the period while the set streams by. */
    private static final class OwnRows implements DataSetSink {
        private final String code;
        private final LocalDate from;
        private final LocalDate to;
        private final List<Institution> institutions = new ArrayList<>();
        private final List<Practitioner> practitioners = new ArrayList<>();
        private final List<Person> persons = new ArrayList<>();
        private final List<CatalogItem> catalog = new ArrayList<>();
        private final List<ItemRule> itemRules = new ArrayList<>();
        private final List<Visit> visits = new ArrayList<>();
        private final List<FeeDetail> feeDetails = new ArrayList<>();
        private final List<Settlement> settlements = new ArrayList<>();
        private final List<Purchase> purchases = new ArrayList<>();
        private final List<InventoryCount> inventory = new ArrayList<>();
        private final Set<String> visitIds = new HashSet<>();
        private final Set<String> personIds = new HashSet<>();

        OwnRows(String code, LocalDate from, LocalDate to) {
            this.code = code;
            this.from = from;
            this.to = to;
        }

        @Override public void institution(Institution r) { institutions.add(r); }
        @Override public void practitioner(Practitioner r) { practitioners.add(r); }
        // persons come before visits in the contract's order: all are kept, those without a visit dropped at the end
        @Override public void person(Person r) { persons.add(r); }
        @Override public void catalogItem(CatalogItem r) { catalog.add(r); }
        @Override public void itemRule(ItemRule r) { itemRules.add(r); }

        @Override
        public void visit(Visit v) {
            LocalDate day = v.begin().toLocalDate();
            if (code.equals(v.institutionCode()) && !day.isBefore(from) && !day.isAfter(to)) {
                visits.add(v);
                visitIds.add(v.mdtrtId());
                personIds.add(v.psnNo());
            }
        }

        @Override
        public void feeDetail(FeeDetail f) {
            if (visitIds.contains(f.mdtrtId())) {
                feeDetails.add(f);
            }
        }

        @Override
        public void settlement(Settlement s) {
            if (visitIds.contains(s.mdtrtId())) {
                settlements.add(s);
            }
        }

        @Override
        public void purchase(Purchase p) {
            if (code.equals(p.institutionCode())) {
                purchases.add(p);
            }
        }

        @Override
        public void inventory(InventoryCount c) {
            if (code.equals(c.institutionCode())) {
                inventory.add(c);
            }
        }

        DataSet dataSet() {
            List<Person> seen = persons.stream().filter(p -> personIds.contains(p.psnNo())).toList();
            return new DataSet(List.copyOf(institutions), List.copyOf(practitioners), seen, List.copyOf(catalog),
                    List.copyOf(itemRules), List.copyOf(visits), List.copyOf(feeDetails), List.copyOf(settlements),
                    List.copyOf(purchases), List.copyOf(inventory));
        }
    }
}
