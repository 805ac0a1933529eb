package org.fundguard.core.dataset;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
import org.fundguard.core.Money;
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

/**
 * A small valid data set built from records, with edits to make exactly one thing wrong. Rows are
 * kept as contract rows ({@link Rows}) so a test can put any text in any cell; row i of a table is
 * on line i + 2 of its file.
 */
final class DataSetFixture {
    static final String HOSPITAL = "H11010500001";
    static final String PHARMACY = "P11010500002";
    static final String DOCTOR = "D110105000001";
    static final String PHARMACIST = "Y1101050001";
    static final String CONSULT = "001102000010000";
    static final String BLOOD_TEST = "002501000010000";
    static final String BLOOD_COUNT = "002501000020000";
    static final String DRUG = "XA01ABD075A002010100483";
    static final String NEEDLE = "C0102030100000000001";
    static final LocalDateTime MARCH_3_9AM = LocalDateTime.of(2025, 3, 3, 9, 0, 0);
    static final LocalDate BIRTH = LocalDate.of(1960, 5, 17);

    private final Map<Table, List<String[]>> rows = new EnumMap<>(Table.class);
    private final Map<Table, Boolean> bom = new EnumMap<>(Table.class);
    private final Map<Table, int[]> order = new EnumMap<>(Table.class);
    private final Map<Table, String> extraColumn = new EnumMap<>(Table.class);
    private final Map<Table, String> droppedColumn = new EnumMap<>(Table.class);

    static DataSetFixture valid() {
        DataSetFixture f = new DataSetFixture();
        f.add(Table.INSTITUTIONS, Rows.of(new Institution(HOSPITAL, "朝阳第一医院", InstitutionType.MEDICAL,
                HospitalLevel.LEVEL_3, "110105", Ownership.PUBLIC, 800, 20, false, AgreementStatus.ACTIVE)));
        f.add(Table.INSTITUTIONS, Rows.of(new Institution(PHARMACY, "康民大药房", InstitutionType.PHARMACY,
                HospitalLevel.UNRATED, "110105", Ownership.PRIVATE, 0, 0, false, AgreementStatus.ACTIVE)));
        f.add(Table.PRACTITIONERS, Rows.of(new Practitioner(DOCTOR, "王医生", PractitionerType.DOCTOR, HOSPITAL,
                LocalDate.of(2010, 1, 1), null)));
        f.add(Table.PRACTITIONERS, Rows.of(new Practitioner(PHARMACIST, "李药师", PractitionerType.PHARMACIST,
                PHARMACY, LocalDate.of(2015, 1, 1), LocalDate.of(2030, 12, 31))));
        f.add(Table.PERSONS, Rows.of(person("P001", certno("11010519600517001"))));
        f.add(Table.PERSONS, Rows.of(person("P002", certno("11010519750101002"))));
        f.add(Table.CATALOG, Rows.of(item(CONSULT, ListType.SERVICE_ITEM, ChargeCategory.CONSULTATION)));
        f.add(Table.CATALOG, Rows.of(item(BLOOD_TEST, ListType.SERVICE_ITEM, ChargeCategory.LAB_TEST)));
        f.add(Table.CATALOG, Rows.of(item(BLOOD_COUNT, ListType.SERVICE_ITEM, ChargeCategory.LAB_TEST)));
        f.add(Table.CATALOG, Rows.of(item(DRUG, ListType.WESTERN_DRUG, ChargeCategory.WESTERN_DRUG)));
        f.add(Table.CATALOG, Rows.of(item(NEEDLE, ListType.CONSUMABLE, ChargeCategory.CONSUMABLE)));
        f.add(Table.ITEM_RULES, Rows.of(new ItemRule(BLOOD_TEST, BLOOD_COUNT, Relation.BUNDLED, RuleScope.VISIT)));
        f.add(Table.VISITS, Rows.of(visit("V001", "P001", HOSPITAL, MedType.GENERAL_OUTPATIENT, 30)));
        f.add(Table.VISITS, Rows.of(visit("V002", "P002", PHARMACY, MedType.PHARMACY_PURCHASE, 0)));
        f.add(Table.VISITS, Rows.of(visit("V003", "P001", HOSPITAL, MedType.INPATIENT, 3 * 24 * 60)));
        f.add(Table.FEE_DETAILS, Rows.of(fee("F001", "V001", "P001", HOSPITAL, CONSULT, "1", "25")));
        f.add(Table.FEE_DETAILS, Rows.of(fee("F002", "V001", "P001", HOSPITAL, BLOOD_TEST, "1", "40.5")));
        f.add(Table.FEE_DETAILS, Rows.of(fee("F003", "V001", "P001", HOSPITAL, DRUG, "2.5", "12.33")));
        f.add(Table.FEE_DETAILS, Rows.of(fee("F004", "V002", "P002", PHARMACY, DRUG, "3", "12.33")));
        f.add(Table.FEE_DETAILS, Rows.of(fee("F005", "V003", "P001", HOSPITAL, NEEDLE, "-1", "8")));
        f.add(Table.SETTLEMENTS, Rows.of(settlement("S001", "V001", "P001", HOSPITAL)));
        f.add(Table.SETTLEMENTS, Rows.of(settlement("S002", "V002", "P002", PHARMACY)));
        f.add(Table.PURCHASES, Rows.of(new Purchase("PU001", PHARMACY, DRUG, MARCH_3_9AM.minusDays(20),
                Quantity.of(100), Money.parseFen("9.80"), "国药控股", "L2025001")));
        f.add(Table.INVENTORY, Rows.of(new InventoryCount(PHARMACY, DRUG, LocalDate.of(2025, 3, 31),
                Quantity.of(97))));
        return f;
    }

    static Person person(String psnNo, String certno) {
        return new Person(psnNo, certno, "张三", Gender.MALE, BIRTH, InsuranceType.EMPLOYEE, PersonType.RETIRED,
                "110105", "110105001001", "13800138000", null);
    }

    static CatalogItem item(String code, ListType type, ChargeCategory category) {
        return new CatalogItem(code, "项目" + code, type, category, ChargeLevel.CLASS_A, Money.parseFen("100"), null,
                null, null, null, null, null, null, List.of(), null, null, null, false, false, false);
    }

    static Visit visit(String id, String psnNo, String institution, MedType type, int minutes) {
        return new Visit(id, psnNo, institution, type, MARCH_3_9AM, MARCH_3_9AM.plusMinutes(minutes), "0301",
                institution.equals(PHARMACY) ? PHARMACIST : DOCTOR, "I10", List.of("E11.9"), CertType.E_VOUCHER,
                "T01");
    }

    static FeeDetail fee(String id, String visit, String psnNo, String institution, String code, String cnt,
            String price) {
        long q = Quantity.parse(cnt);
        long p = Money.parseFen(price);
        return new FeeDetail(id, visit, psnNo, institution, MARCH_3_9AM.plusMinutes(5), code, "L-" + code, q, p,
                Quantity.times(q, p), DOCTOR, "0301", code.equals(DRUG) ? List.of("81234567890123456789") : List.of());
    }

    static Settlement settlement(String id, String visit, String psnNo, String institution) {
        return new Settlement(id, visit, psnNo, institution, MARCH_3_9AM.plusHours(1), 10000, 0, 7000, 1000, 2000,
                8000, false);
    }

    /** Completes 17 digits with their GB 11643-1999 check character. */
    static String certno(String first17) {
        int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * w[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    DataSetFixture add(Table t, String[] row) {
        rows.computeIfAbsent(t, k -> new ArrayList<>()).add(row);
        return this;
    }

    /** Sets one cell of the row whose first column is {@code id}; returns the line it is on. */
    long set(Table t, String id, String column, String value) {
        List<String[]> list = rows.get(t);
        int c = t.columns().indexOf(column);
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i)[0].equals(id)) {
                list.get(i)[c] = value;
                return i + 2;
            }
        }
        throw new IllegalArgumentException("no row " + id + " in " + t);
    }

    DataSetFixture remove(Table t) {
        rows.remove(t);
        return this;
    }

    DataSetFixture withBom(Table t) {
        bom.put(t, true);
        return this;
    }

    /** Writes the table's columns in reverse order. */
    DataSetFixture reversed(Table t) {
        int n = t.columns().size();
        int[] o = new int[n];
        for (int i = 0; i < n; i++) {
            o[i] = n - 1 - i;
        }
        order.put(t, o);
        return this;
    }

    DataSetFixture withExtraColumn(Table t, String name) {
        extraColumn.put(t, name);
        return this;
    }

    DataSetFixture withoutColumn(Table t, String name) {
        droppedColumn.put(t, name);
        return this;
    }

    int rows(Table t) {
        return rows.getOrDefault(t, List.of()).size();
    }

    Path writeTo(Path dir) {
        try {
            Files.createDirectories(dir);
            for (Map.Entry<Table, List<String[]>> e : rows.entrySet()) {
                Table t = e.getKey();
                Path file = dir.resolve(t.csvFileName());
                if (plain(t)) {
                    try (CsvTableWriter w = CsvTableWriter.in(dir, t)) {
                        e.getValue().forEach(w::write);
                    }
                } else {
                    writeVariant(t, file, e.getValue());
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean plain(Table t) {
        return !bom.containsKey(t) && !order.containsKey(t) && !extraColumn.containsKey(t)
                && !droppedColumn.containsKey(t);
    }

    private void writeVariant(Table t, Path file, List<String[]> list) throws IOException {
        int n = t.columns().size();
        int[] o = order.getOrDefault(t, identity(n));
        int dropped = droppedColumn.containsKey(t) ? t.columns().indexOf(droppedColumn.get(t)) : -1;
        if (bom.containsKey(t)) {
            Files.write(file, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        try (CsvWriter w = CsvWriter.builder().lineDelimiter(LineDelimiter.LF)
                .build(Files.newBufferedWriter(file, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                        java.nio.file.StandardOpenOption.APPEND))) {
            w.writeRecord(select(t.columns().toArray(String[]::new), o, dropped, extraColumn.get(t)));
            for (String[] r : list) {
                w.writeRecord(select(r, o, dropped, extraColumn.containsKey(t) ? "x" : null));
            }
        }
    }

    private static List<String> select(String[] row, int[] order, int dropped, String extra) {
        List<String> out = new ArrayList<>();
        for (int c : order) {
            if (c != dropped) {
                out.add(row[c]);
            }
        }
        if (extra != null) {
            out.add(1, extra);
        }
        return out;
    }

    private static int[] identity(int n) {
        int[] o = new int[n];
        for (int i = 0; i < n; i++) {
            o[i] = i;
        }
        return o;
    }
}
