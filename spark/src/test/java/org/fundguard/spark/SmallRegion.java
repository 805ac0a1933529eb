package org.fundguard.spark;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.fundguard.core.AgreementStatus;
import org.fundguard.core.CatalogItem;
import org.fundguard.core.CertType;
import org.fundguard.core.ChargeCategory;
import org.fundguard.core.ChargeLevel;
import org.fundguard.core.FeeDetail;
import org.fundguard.core.Gender;
import org.fundguard.core.HospitalLevel;
import org.fundguard.core.Institution;
import org.fundguard.core.InstitutionType;
import org.fundguard.core.InsuranceType;
import org.fundguard.core.InventoryCount;
import org.fundguard.core.ItemRule;
import org.fundguard.core.ListType;
import org.fundguard.core.MedType;
import org.fundguard.core.Ownership;
import org.fundguard.core.Person;
import org.fundguard.core.PersonType;
import org.fundguard.core.Practitioner;
import org.fundguard.core.PractitionerType;
import org.fundguard.core.Purchase;
import org.fundguard.core.Quantity;
import org.fundguard.core.Relation;
import org.fundguard.core.RuleScope;
import org.fundguard.core.Settlement;
import org.fundguard.core.Visit;
import org.fundguard.core.dataset.CsvTableWriter;
import org.fundguard.core.dataset.DataSet;
import org.fundguard.core.dataset.Rows;
import org.fundguard.core.dataset.Table;

/**
 * A small hand-built region, random from a seed: a few institutions, practitioners and catalogue
 * items, persons with visits over a month, each visit with fee lines (some refunds, some with
 * traceability codes, some fractional) and a settlement. Enough variety for the Spark reading path
 * and for test models to find something; no fraud semantics.
 */
final class SmallRegion {
    static final LocalDateTime MONTH_START = LocalDateTime.of(2026, 3, 1, 8, 0);

    private SmallRegion() {
    }

    static DataSet generate(long seed, int persons, int institutions) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<Institution> insts = new ArrayList<>();
        List<Practitioner> pracs = new ArrayList<>();
        HospitalLevel[] levels = HospitalLevel.values();
        for (int i = 0; i < institutions; i++) {
            String code = String.format("H%011d", 37010000000L + i);
            insts.add(new Institution(code, "医院" + i, InstitutionType.MEDICAL, levels[i % levels.length], "370102",
                    i % 2 == 0 ? Ownership.PUBLIC : Ownership.PRIVATE, 50 * i, i % 3, i % 4 == 0,
                    AgreementStatus.ACTIVE));
            for (int d = 0; d < 3; d++) {
                pracs.add(new Practitioner(String.format("D%011d", i * 10L + d), "医师" + i + "-" + d,
                        PractitionerType.DOCTOR, code, LocalDate.of(2010, 1, 1), d == 2 ? LocalDate.of(2030, 12, 31) : null));
            }
        }
        List<CatalogItem> catalog = new ArrayList<>();
        for (int c = 0; c < 20; c++) {
            boolean drug = c % 2 == 0;
            catalog.add(new CatalogItem(String.format("X%09d", c), "项目" + c,
                    drug ? ListType.WESTERN_DRUG : ListType.SERVICE_ITEM,
                    drug ? ChargeCategory.WESTERN_DRUG : ChargeCategory.TREATMENT,
                    c % 3 == 0 ? ChargeLevel.CLASS_A : ChargeLevel.CLASS_B, c % 4 == 0 ? 10_000L + c : null, null,
                    c % 8 == 0 ? 9_000L : null, c == 3 ? Gender.FEMALE : null, c == 5 ? 0 : null, c == 5 ? 14 : null,
                    null, null, c == 7 ? List.of("E11", "E14") : List.of(), drug ? Quantity.of(3) : null,
                    drug ? 30 : null, drug ? 5_000L : null, c == 2, c == 4, false));
        }
        List<ItemRule> rules = List.of(new ItemRule(catalog.get(1).code(), catalog.get(3).code(), Relation.BUNDLED,
                RuleScope.VISIT), new ItemRule(catalog.get(5).code(), catalog.get(7).code(), Relation.EXCLUSIVE,
                RuleScope.DAY));

        List<Person> people = new ArrayList<>();
        List<Visit> visits = new ArrayList<>();
        List<FeeDetail> lines = new ArrayList<>();
        List<Settlement> settlements = new ArrayList<>();
        for (int p = 0; p < persons; p++) {
            String psn = String.format("P%010d", p);
            people.add(new Person(psn, String.format("3701021980%02d%02d%04d", 1 + p % 12, 1 + p % 28, p % 10_000),
                    "参保人" + p, p % 2 == 0 ? Gender.MALE : Gender.FEMALE, LocalDate.of(1940 + p % 80, 1 + p % 12, 1),
                    p % 3 == 0 ? InsuranceType.EMPLOYEE : InsuranceType.RESIDENT, PersonType.values()[p % 5], "370100",
                    "370102" + String.format("%06d", p % 50), p % 7 == 0 ? null : "1380000" + String.format("%04d", p % 500),
                    p % 97 == 0 ? LocalDate.of(2026, 2, 1) : null));
            // a few heavy users so that per-day and per-institution figures spread
            int nVisits = 1 + rnd.nextInt(p % 11 == 0 ? 12 : 4);
            for (int v = 0; v < nVisits; v++) {
                String mdtrt = psn + "-V" + v;
                Institution inst = insts.get(rnd.nextInt(insts.size()));
                boolean inpatient = rnd.nextInt(10) == 0;
                LocalDateTime begin = MONTH_START.plusDays(rnd.nextInt(28)).plusMinutes(rnd.nextInt(600));
                LocalDateTime end = inpatient ? begin.plusDays(1 + rnd.nextInt(6)) : begin.plusMinutes(20);
                String doctor = pracs.get(insts.indexOf(inst) * 3 + rnd.nextInt(3)).code();
                visits.add(new Visit(mdtrt, psn, inst.code(), inpatient ? MedType.INPATIENT : MedType.values()[rnd.nextInt(3)],
                        begin, end, "D0" + rnd.nextInt(5), doctor, "J0" + rnd.nextInt(6) + ".9",
                        rnd.nextInt(3) == 0 ? List.of("E11.9", "I10") : List.of(), CertType.values()[rnd.nextInt(3)],
                        rnd.nextInt(4) == 0 ? null : "T" + inst.code().substring(8) + rnd.nextInt(2)));
                long total = 0;
                int nLines = 1 + rnd.nextInt(inpatient ? 25 : 6);
                for (int l = 0; l < nLines; l++) {
                    CatalogItem item = catalog.get(rnd.nextInt(catalog.size()));
                    long cnt = rnd.nextInt(20) == 0 ? -Quantity.of(1) : Quantity.ONE / 2 * (1 + rnd.nextInt(8));
                    long price = (100 + rnd.nextInt(20_000)) * (insts.indexOf(inst) == 4 ? 4 : 1);
                    long amount = Quantity.times(cnt, price);
                    total += amount;
                    // lines deliberately out of time order, with clashing times, to exercise the ordering
                    LocalDateTime at = begin.plusMinutes(rnd.nextInt(3) * 5L);
                    lines.add(new FeeDetail(mdtrt + "-L" + (nLines - l), mdtrt, psn, inst.code(), at, item.code(),
                            "M" + item.code(), cnt, price, amount,
                            l % 4 == 3 ? pracs.get(rnd.nextInt(pracs.size())).code() : doctor, "D01",
                            item.listType() == ListType.WESTERN_DRUG && rnd.nextInt(3) == 0
                                    ? List.of("8" + rnd.nextInt(1000), "8" + (1000 + rnd.nextInt(1000))) : List.of()));
                }
                long fund = total * 7 / 10;
                settlements.add(new Settlement(mdtrt + "-S", mdtrt, psn, inst.code(), end, total, 0, fund, 0,
                        total - fund, fund, rnd.nextInt(50) == 0));
                if (rnd.nextInt(30) == 0) {
                    settlements.add(new Settlement(mdtrt + "-S2", mdtrt, psn, inst.code(), end.plusMinutes(1), total, 0,
                            fund, 0, total - fund, fund, false));
                }
            }
        }
        List<Purchase> purchases = List.of(new Purchase("PC1", insts.get(0).code(), catalog.get(0).code(),
                MONTH_START.minusDays(3), Quantity.of(100), 50, "供应商甲", "LOT1"));
        List<InventoryCount> inventory = List.of(new InventoryCount(insts.get(0).code(), catalog.get(0).code(),
                LocalDate.of(2026, 3, 31), Quantity.of(40)));
        return new DataSet(insts, pracs, people, catalog, rules, visits, lines, settlements, purchases, inventory);
    }

    /** Writes every table of the data set as contract CSV into dir. */
    static void writeCsv(DataSet d, Path dir) {
        write(dir, Table.INSTITUTIONS, d.institutions(), Rows::of);
        write(dir, Table.PRACTITIONERS, d.practitioners(), Rows::of);
        write(dir, Table.PERSONS, d.persons(), Rows::of);
        write(dir, Table.CATALOG, d.catalog(), Rows::of);
        write(dir, Table.ITEM_RULES, d.itemRules(), Rows::of);
        write(dir, Table.VISITS, d.visits(), Rows::of);
        write(dir, Table.FEE_DETAILS, d.feeDetails(), Rows::of);
        write(dir, Table.SETTLEMENTS, d.settlements(), Rows::of);
        write(dir, Table.PURCHASES, d.purchases(), Rows::of);
        write(dir, Table.INVENTORY, d.inventory(), Rows::of);
    }

    private static <T> void write(Path dir, Table t, List<T> rows, Function<T, String[]> render) {
        try (CsvTableWriter w = CsvTableWriter.in(dir, t)) {
            for (T r : rows) {
                w.write(render.apply(r));
            }
        }
    }
}
