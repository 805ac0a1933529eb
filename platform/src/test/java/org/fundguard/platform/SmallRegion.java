package org.fundguard.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.fundguard.core.AgreementStatus;
import org.fundguard.core.CatalogItem;
import org.fundguard.core.Category;
import org.fundguard.core.CertType;
import org.fundguard.core.ChargeCategory;
import org.fundguard.core.ChargeLevel;
import org.fundguard.core.FeeDetail;
import org.fundguard.core.Gender;
import org.fundguard.core.HospitalLevel;
import org.fundguard.core.Institution;
import org.fundguard.core.InstitutionType;
import org.fundguard.core.InsuranceType;
import org.fundguard.core.Lead;
import org.fundguard.core.ListType;
import org.fundguard.core.MedType;
import org.fundguard.core.Ownership;
import org.fundguard.core.Person;
import org.fundguard.core.Practitioner;
import org.fundguard.core.PractitionerType;
import org.fundguard.core.PersonType;
import org.fundguard.core.Quantity;
import org.fundguard.core.Settlement;
import org.fundguard.core.SubjectType;
import org.fundguard.core.Visit;
import org.fundguard.core.dataset.CsvTableWriter;
import org.fundguard.core.dataset.Rows;
import org.fundguard.core.dataset.Table;

/**
 * A tiny region written as a contract data set directory with a leads.csv beside it: three hospitals
 * of one level and a pharmacy, three insured persons (one deceased), six visits with their lines and
 * settlements, and four leads — a deceased-claim rule lead and a model lead on the same visit (a
 * duplicate pair), an over-price line, an institution flagged for excessive service.
 */
public final class SmallRegion {
    public static final String H_PEOPLE = "H00000000001";
    public static final String H_KANGNING = "H00000000002";
    public static final String H_RENHE = "H00000000003";
    public static final String PHARMACY = "P00000000001";

    public static final String DECEASED = "P0001";
    public static final String INPATIENT = "P0002";
    public static final String OTHER = "P0003";
    public static final String DECEASED_CERTNO = "110101195001011234";
    public static final String DECEASED_NAME = "张三丰";
    public static final String DECEASED_PHONE = "13800138000";

    /** Lead ids: the tag keeps tests that share one database from sharing clues. */
    public final String deceasedRule;
    public final String deceasedModel;
    public final String overPrice;
    public final String excessive;
    public final List<Lead> leads;

    static final String DOCTOR = "D00000000001";
    public static final LocalDate DEATH = LocalDate.of(2024, 3, 1);
    static final LocalDateTime MARCH_10 = LocalDateTime.of(2024, 3, 10, 9, 30);

    private SmallRegion(String tag, List<Lead> leads) {
        this.deceasedRule = "L" + tag + "a1";
        this.deceasedModel = "L" + tag + "a2";
        this.overPrice = "L" + tag + "b1";
        this.excessive = "L" + tag + "c1";
        this.leads = leads;
    }

    /** Writes the region into {@code dir} with lead ids tagged by {@code tag}. */
    public static SmallRegion writeTo(Path dir, String tag) {
        SmallRegion ids = new SmallRegion(tag, List.of());
        return new SmallRegion(tag, write(dir, ids));
    }

    private static List<Lead> write(Path dir, SmallRegion ids) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Institution> institutions = List.of(
                hospital(H_PEOPLE, "市第一人民医院", Ownership.PUBLIC),
                hospital(H_KANGNING, "康宁医院", Ownership.PRIVATE),
                hospital(H_RENHE, "仁和医院", Ownership.PRIVATE),
                new Institution(PHARMACY, "益康大药房", InstitutionType.PHARMACY, HospitalLevel.UNRATED, "310101",
                        Ownership.PRIVATE, 0, 0, false, AgreementStatus.ACTIVE));
        List<Person> persons = List.of(
                person(DECEASED, DECEASED_CERTNO, DECEASED_NAME, DECEASED_PHONE, DEATH),
                person(INPATIENT, "110101196502023456", "李四", "13900139000", null),
                person(OTHER, "110101198003035678", "王五", "13700137000", null));
        List<CatalogItem> catalog = List.of(
                item("C001", "阿莫西林胶囊", ListType.WESTERN_DRUG, ChargeCategory.WESTERN_DRUG, null),
                item("C002", "血常规", ListType.SERVICE_ITEM, ChargeCategory.LAB_TEST, 2000L),
                item("C003", "CT检查", ListType.SERVICE_ITEM, ChargeCategory.EXAMINATION, null));
        List<Visit> visits = new ArrayList<>();
        List<FeeDetail> lines = new ArrayList<>();
        List<Settlement> settlements = new ArrayList<>();
        // V001: a visit ten days after the person died
        visit(visits, lines, settlements, "V001", DECEASED, H_KANGNING, MedType.GENERAL_OUTPATIENT, MARCH_10, 0,
                new String[] {"C001", "C002"}, new long[] {4500, 2000});
        visit(visits, lines, settlements, "V002", DECEASED, H_PEOPLE, MedType.GENERAL_OUTPATIENT,
                LocalDateTime.of(2024, 1, 5, 10, 0), 0, new String[] {"C001"}, new long[] {4500});
        // V003: a stay whose lab test is charged above the cap (35 yuan against 20)
        visit(visits, lines, settlements, "V003", INPATIENT, H_KANGNING, MedType.INPATIENT,
                LocalDateTime.of(2024, 2, 1, 8, 0), 7, new String[] {"C002", "C003"}, new long[] {3500, 30000});
        visit(visits, lines, settlements, "V004", INPATIENT, H_KANGNING, MedType.GENERAL_OUTPATIENT,
                LocalDateTime.of(2024, 2, 20, 14, 0), 0, new String[] {"C003", "C003"}, new long[] {30000, 30000});
        visit(visits, lines, settlements, "V005", OTHER, H_PEOPLE, MedType.GENERAL_OUTPATIENT,
                LocalDateTime.of(2024, 2, 3, 9, 0), 0, new String[] {"C002"}, new long[] {2000});
        visit(visits, lines, settlements, "V006", OTHER, H_RENHE, MedType.GENERAL_OUTPATIENT,
                LocalDateTime.of(2024, 4, 2, 9, 0), 0, new String[] {"C001", "C002"}, new long[] {4500, 1800});

        List<Lead> leads = List.of(
                new Lead(ids.deceasedRule, Category.DECEASED_CLAIM, "RULE:DECEASED-01", SubjectType.VISIT, "V001",
                        H_KANGNING, DECEASED, 1.0, 5200, List.of("visits:V001", "persons:" + DECEASED),
                        "参保人于2024-03-01死亡，2024-03-10仍在康宁医院就诊，基金支付52.00元。"),
                new Lead(ids.deceasedModel, Category.DECEASED_CLAIM, "MODEL:DEATH-LINK", SubjectType.VISIT, "V001",
                        H_KANGNING, DECEASED, 0.8, 5200, List.of("visits:V001"),
                        "死亡后就诊：死亡9天后发生门诊结算52.00元。"),
                new Lead(ids.overPrice, Category.OVER_PRICE, "RULE:PRICE-CAP", SubjectType.FEE_DETAIL, "F003-0",
                        H_KANGNING, INPATIENT, 0.9, 1200, List.of("fee_details:F003-0"),
                        "血常规单价35.00元，超过二级医院限价20.00元，超收15.00元。"),
                new Lead(ids.excessive, Category.EXCESSIVE_SERVICE, "MODEL:EXCESS-EXAM", SubjectType.INSTITUTION,
                        H_KANGNING, H_KANGNING, null, 0.7, 48000,
                        List.of("institutions:" + H_KANGNING, "visits:V003", "visits:V004"),
                        "康宁医院次均检查费用为同级机构的3.1倍。"));

        write(dir, Table.INSTITUTIONS, institutions.stream().map(Rows::of).toList());
        List<Practitioner> doctors = new ArrayList<>();
        for (String h : List.of(H_PEOPLE, H_KANGNING, H_RENHE)) {
            doctors.add(new Practitioner(DOCTOR, "赵医生", PractitionerType.DOCTOR, h, LocalDate.of(2010, 1, 1), null));
        }
        doctors.add(new Practitioner("Y00000000001", "钱药师", PractitionerType.PHARMACIST, PHARMACY,
                LocalDate.of(2015, 1, 1), null));
        write(dir, Table.PRACTITIONERS, doctors.stream().map(Rows::of).toList());
        write(dir, Table.ITEM_RULES, List.of());
        write(dir, Table.PURCHASES, List.of());
        write(dir, Table.INVENTORY, List.of());
        write(dir, Table.PERSONS, persons.stream().map(Rows::of).toList());
        write(dir, Table.CATALOG, catalog.stream().map(Rows::of).toList());
        write(dir, Table.VISITS, visits.stream().map(Rows::of).toList());
        write(dir, Table.FEE_DETAILS, lines.stream().map(Rows::of).toList());
        write(dir, Table.SETTLEMENTS, settlements.stream().map(Rows::of).toList());
        write(dir, Table.LEADS, leads.stream().map(Rows::of).toList());
        return leads;
    }

    private static void write(Path dir, Table table, List<String[]> rows) {
        try (CsvTableWriter w = CsvTableWriter.in(dir, table)) {
            rows.forEach(w::write);
        }
    }

    private static Institution hospital(String code, String name, Ownership ownership) {
        return new Institution(code, name, InstitutionType.MEDICAL, HospitalLevel.LEVEL_2, "310101", ownership, 100, 0,
                false, AgreementStatus.ACTIVE);
    }

    private static Person person(String psn, String certno, String name, String phone, LocalDate death) {
        return new Person(psn, certno, name, Gender.MALE, LocalDate.of(1950, 1, 1), InsuranceType.EMPLOYEE,
                PersonType.RETIRED, "310101", "310101001", phone, death);
    }

    private static CatalogItem item(String code, String name, ListType type, ChargeCategory category, Long capFen) {
        return new CatalogItem(code, name, type, category, ChargeLevel.CLASS_A, capFen, null, null, null, null, null,
                null, null, List.of(), null, null, null, false, false, false);
    }

    private static void visit(List<Visit> visits, List<FeeDetail> lines, List<Settlement> settlements, String id,
            String psn, String institution, MedType type, LocalDateTime begin, int days, String[] codes, long[] prices) {
        visits.add(new Visit(id, psn, institution, type, begin, begin.plusDays(days).plusHours(1), "D01", DOCTOR,
                "J06.9", List.of(), CertType.SOCIAL_SECURITY_CARD, "T1"));
        long total = 0;
        for (int i = 0; i < codes.length; i++) {
            String sn = "F" + id.substring(1) + "-" + i;
            lines.add(new FeeDetail(sn, id, psn, institution, begin.plusMinutes(10 + i), codes[i], "M" + codes[i],
                    Quantity.ONE, prices[i], prices[i], DOCTOR, "D01", List.of()));
            total += prices[i];
        }
        long fund = total * 8 / 10;
        settlements.add(new Settlement("S" + id.substring(1), id, psn, institution, begin.plusDays(days).plusHours(2),
                total, 0, fund, 0, total - fund, fund, false));
    }
}
