package org.fundguard.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
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
import org.fundguard.core.dataset.Rows;
import org.fundguard.core.dataset.Table;

/**
 * A valid, unlabelled data set of a given number of fee lines for the read benchmark: small
 * reference tables, 8 lines per visit, one settlement per visit. Deterministic (no randomness), so
 * runs on different machines read the same bytes. Not a realistic region: that is synth's job.
 */
final class BenchDataSet {
    static final int LINES_PER_VISIT = 8;
    private static final int HOSPITALS = 40;
    private static final int PHARMACIES = 10;
    private static final int MAX_PERSONS = 200_000;
    private static final int ITEMS = 1_000;
    private static final LocalDateTime START = LocalDateTime.of(2025, 1, 1, 8, 0, 0);
    private static final String MARKER = ".bench-lines";

    private BenchDataSet() {
    }

    /** Whether {@code dir} already holds a bench set of exactly {@code lines} fee lines. */
    static boolean present(Path dir, long lines) throws IOException {
        Path marker = dir.resolve(MARKER);
        return Files.isRegularFile(marker) && Files.readString(marker).strip().equals(Long.toString(lines));
    }

    static void write(Path dir, long lines) throws IOException {
        Files.createDirectories(dir);
        Files.deleteIfExists(dir.resolve(MARKER));
        int persons = (int) Math.max(100, Math.min(MAX_PERSONS, lines / 25));
        String[] institutions = new String[HOSPITALS + PHARMACIES];
        try (CsvTableWriter w = CsvTableWriter.in(dir, Table.INSTITUTIONS);
                CsvTableWriter p = CsvTableWriter.in(dir, Table.PRACTITIONERS)) {
            for (int i = 0; i < institutions.length; i++) {
                boolean pharmacy = i >= HOSPITALS;
                institutions[i] = (pharmacy ? "P" : "H") + (11010500000L + i);
                w.write(Rows.of(new Institution(institutions[i], "机构" + i,
                        pharmacy ? InstitutionType.PHARMACY : InstitutionType.MEDICAL,
                        pharmacy ? HospitalLevel.UNRATED : HospitalLevel.LEVEL_2, "110105", Ownership.PUBLIC,
                        pharmacy ? 0 : 300, 0, false, AgreementStatus.ACTIVE)));
                p.write(Rows.of(new Practitioner(doctor(i, pharmacy), "医师" + i,
                        pharmacy ? PractitionerType.PHARMACIST : PractitionerType.DOCTOR, institutions[i],
                        LocalDate.of(2010, 1, 1), null)));
            }
        }
        try (CsvTableWriter w = CsvTableWriter.in(dir, Table.PERSONS)) {
            for (int i = 0; i < persons; i++) {
                LocalDate birth = LocalDate.of(1940 + i % 70, 1 + i % 12, 1 + i % 28);
                String first17 = "110105" + birth.toString().replace("-", "") + pad3(i % 1000);
                w.write(Rows.of(new Person(person(i), first17 + check(first17), "参保人", i % 2 == 0 ? Gender.MALE
                        : Gender.FEMALE, birth, InsuranceType.EMPLOYEE, PersonType.EMPLOYED, "110105",
                        "110105001" + pad3(i % 500), "1380000" + (1000 + i % 9000), null)));
            }
        }
        String[] codes = new String[ITEMS];
        long[] prices = new long[ITEMS];
        try (CsvTableWriter w = CsvTableWriter.in(dir, Table.CATALOG)) {
            for (int i = 0; i < ITEMS; i++) {
                ListType type = i % 10 < 4 ? ListType.SERVICE_ITEM : i % 10 < 9 ? ListType.WESTERN_DRUG
                        : ListType.CONSUMABLE;
                codes[i] = switch (type) {
                    case SERVICE_ITEM -> Long.toString(100000000000000L + i);
                    case CONSUMABLE -> "C" + (1000000000000000000L + i);
                    default -> "XA01ABD075A00201" + (1000000 + i);
                };
                prices[i] = 150 + (i * 37L) % 20000;
                w.write(Rows.of(new CatalogItem(codes[i], "项目" + i, type,
                        type == ListType.SERVICE_ITEM ? ChargeCategory.TREATMENT
                                : type == ListType.CONSUMABLE ? ChargeCategory.CONSUMABLE : ChargeCategory.WESTERN_DRUG,
                        ChargeLevel.CLASS_A, prices[i] * 2, null, null, null, null, null, null, null, List.of(),
                        null, null, null, false, false, false)));
            }
        }
        try (CsvTableWriter w = CsvTableWriter.in(dir, Table.ITEM_RULES)) {
            for (int i = 0; i < 10; i++) {
                w.write(Rows.of(new ItemRule(codes[i * 10], codes[i * 10 + 1], Relation.BUNDLED, RuleScope.VISIT)));
            }
        }
        long visits = (lines + LINES_PER_VISIT - 1) / LINES_PER_VISIT;
        try (CsvTableWriter v = CsvTableWriter.in(dir, Table.VISITS);
                CsvTableWriter f = CsvTableWriter.in(dir, Table.FEE_DETAILS);
                CsvTableWriter s = CsvTableWriter.in(dir, Table.SETTLEMENTS)) {
            long line = 0;
            for (long i = 0; i < visits; i++) {
                int inst = (int) (i % institutions.length);
                boolean pharmacy = inst >= HOSPITALS;
                String psn = person((int) (i * 7919 % persons));
                String id = "V" + (100000000L + i);
                LocalDateTime begin = START.plusSeconds(i * 37 % (365L * 24 * 3600));
                v.write(Rows.of(new Visit(id, psn, institutions[inst], pharmacy ? MedType.PHARMACY_PURCHASE
                        : MedType.GENERAL_OUTPATIENT, begin, begin.plusMinutes(pharmacy ? 0 : 25), "0301",
                        doctor(inst, pharmacy), "J06.9", List.of(), CertType.E_VOUCHER, "T" + inst)));
                long total = 0;
                for (int j = 0; j < LINES_PER_VISIT && line < lines; j++, line++) {
                    int item = (int) ((i * 31 + j * 7) % ITEMS);
                    long cnt = j % 3 == 0 ? Quantity.ONE / 2 * (1 + j) : Quantity.of(1 + j % 4);
                    long amount = Quantity.times(cnt, prices[item]);
                    total += amount;
                    f.write(Rows.of(new FeeDetail("F" + (1000000000L + line), id, psn, institutions[inst],
                            begin.plusMinutes(j), codes[item], "L" + item, cnt, prices[item], amount,
                            doctor(inst, pharmacy), "0301", List.of())));
                }
                s.write(Rows.of(new Settlement("S" + (100000000L + i), id, psn, institutions[inst],
                        begin.plusMinutes(30), total, 0, total * 7 / 10, 0, total - total * 7 / 10, total * 7 / 10,
                        false)));
            }
        }
        try (CsvTableWriter p = CsvTableWriter.in(dir, Table.PURCHASES);
                CsvTableWriter n = CsvTableWriter.in(dir, Table.INVENTORY)) {
            for (int i = HOSPITALS; i < institutions.length; i++) {
                for (int k = 0; k < 20; k++) {
                    int item = k * 10 + 4; // a drug (see the list types above), a different one each k
                    p.write(Rows.of(new Purchase("PU" + i + "-" + k, institutions[i], codes[item], START,
                            Quantity.of(500), prices[item] * 8 / 10, "供应商", "LOT" + k)));
                    n.write(Rows.of(new InventoryCount(institutions[i], codes[item], LocalDate.of(2025, 12, 31),
                            Quantity.of(40))));
                }
            }
        }
        Files.writeString(dir.resolve(MARKER), Long.toString(lines));
    }

    private static String doctor(int inst, boolean pharmacy) {
        return (pharmacy ? "Y" : "D") + (110105000000L + inst);
    }

    private static String person(int i) {
        return "P" + (10000000 + i);
    }

    private static String pad3(int i) {
        return i < 10 ? "00" + i : i < 100 ? "0" + i : Integer.toString(i);
    }

    private static char check(String first17) {
        int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * w[i];
        }
        return "10X98765432".charAt(sum % 11);
    }
}
