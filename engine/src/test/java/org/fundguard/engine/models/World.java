package org.fundguard.engine.models;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import org.fundguard.core.ListType;
import org.fundguard.core.MedType;
import org.fundguard.core.Ownership;
import org.fundguard.core.Person;
import org.fundguard.core.PersonType;
import org.fundguard.core.Quantity;
import org.fundguard.core.Settlement;
import org.fundguard.core.Visit;
import org.fundguard.engine.Claim;
import org.fundguard.engine.Finding;
import org.fundguard.engine.Region;
import org.fundguard.engine.ScreeningModel;

/**
 * A small hand-built region for model tests: institutions, persons, a catalogue with one item per
 * charge category (codes deliberately arbitrary), and visits built line by line. Every visit is
 * settled with the fund paying 70 %.
 */
final class World {
    static final LocalDateTime DAY_1 = LocalDateTime.of(2025, 3, 3, 9, 0);

    // catalogue codes carry no meaning: models must work from the categories
    static final String BED = "X7Q01";
    static final String NURSING = "K2M44";
    static final String TREATMENT = "Z9A13";
    static final String DRUG = "R5T88";
    static final String DRUG_2 = "R5T89";
    static final String DRUG_3 = "R5T90";
    static final String LAB = "B1C07";
    static final String EXAM = "E4F31";
    static final String CONSULT = "C0N02";
    static final String DIALYSIS = "Y3D55";
    static final String PHYSIO = "W8P12";
    static final String OPERATION = "S6U20";
    static final String OXYGEN = "O2H01";

    private final Map<String, Institution> institutions = new LinkedHashMap<>();
    private final Map<String, Person> persons = new LinkedHashMap<>();
    private final List<CatalogItem> catalog = new ArrayList<>();
    private final List<Claim> claims = new ArrayList<>();
    private int lineSeq;
    private int visitSeq;

    World() {
        item(BED, "床位费", ChargeCategory.BED, 5000);
        item(NURSING, "一级护理", ChargeCategory.NURSING, 3000);
        item(TREATMENT, "静脉输液", ChargeCategory.TREATMENT, 2000);
        item(DRUG, "头孢呋辛钠注射液", ChargeCategory.WESTERN_DRUG, 1500);
        item(DRUG_2, "氨溴索注射液", ChargeCategory.WESTERN_DRUG, 900);
        item(DRUG_3, "奥美拉唑肠溶胶囊", ChargeCategory.WESTERN_DRUG, 700);
        item(LAB, "血常规", ChargeCategory.LAB_TEST, 2500);
        item(EXAM, "胸部CT平扫", ChargeCategory.EXAMINATION, 20000);
        item(CONSULT, "普通门诊诊查费", ChargeCategory.CONSULTATION, 1000);
        item(DIALYSIS, "血液透析", ChargeCategory.TREATMENT, 40000);
        item(PHYSIO, "中频脉冲电治疗", ChargeCategory.TREATMENT, 3000);
        item(OPERATION, "腹腔镜下阑尾切除术", ChargeCategory.SURGERY, 150000);
        item(OXYGEN, "氧气吸入(小时)", ChargeCategory.TREATMENT, 300);
    }

    World item(String code, String name, ChargeCategory category, long priceFen) {
        ListType type = switch (category) {
            case WESTERN_DRUG, PATENT_MEDICINE -> ListType.WESTERN_DRUG;
            case HERBAL_PIECES -> ListType.HERBAL_PIECES;
            case CONSUMABLE -> ListType.CONSUMABLE;
            default -> ListType.SERVICE_ITEM;
        };
        catalog.add(new CatalogItem(code, name, type, category, ChargeLevel.CLASS_A, priceFen * 2, null, null, null,
                null, null, null, null, List.of(), null, null, null, false, false, false));
        return this;
    }

    World hospital(String code, HospitalLevel level, Ownership ownership, int beds) {
        return institution(code, level, ownership, beds, 0, false);
    }

    World institution(String code, HospitalLevel level, Ownership ownership, int beds, int dialysisMachines,
            boolean eldercare) {
        institutions.put(code, new Institution(code, "机构" + code, InstitutionType.MEDICAL, level, "150500", ownership,
                beds, dialysisMachines, eldercare, AgreementStatus.ACTIVE));
        return this;
    }

    World pharmacy(String code) {
        institutions.put(code, new Institution(code, "药店" + code, InstitutionType.PHARMACY, HospitalLevel.UNRATED,
                "150500", Ownership.PRIVATE, 0, 0, false, AgreementStatus.ACTIVE));
        return this;
    }

    World person(String psnNo, int birthYear, String addrCode, String phone) {
        persons.put(psnNo, new Person(psnNo, "150502" + birthYear + "01011234", "张三", Gender.MALE,
                LocalDate.of(birthYear, 1, 1), InsuranceType.RESIDENT, PersonType.RESIDENT, "150500", addrCode, phone,
                null));
        return this;
    }

    World person(String psnNo) {
        return person(psnNo, 1970, "A" + psnNo, "139" + String.format("%08d", Math.abs(psnNo.hashCode()) % 100_000_000));
    }

    /** Starts a visit; lines are added with {@link VisitBuilder#line} and the visit is kept by {@link VisitBuilder#done}. */
    VisitBuilder visit(String psnNo, String institution, MedType type, LocalDateTime begin, LocalDateTime end,
            String diag) {
        if (!persons.containsKey(psnNo)) {
            person(psnNo);
        }
        return new VisitBuilder("V" + (++visitSeq), psnNo, institution, type, begin, end, diag);
    }

    /** An inpatient stay with the given lines every day (at 10:00) of its nights. */
    VisitBuilder stay(String psnNo, String institution, LocalDateTime admission, int nights, String diag,
            String... dailyItems) {
        VisitBuilder v = visit(psnNo, institution, MedType.INPATIENT, admission, admission.plusDays(nights), diag);
        for (int d = 0; d < nights; d++) {
            for (String item : dailyItems) {
                v.line(item, 1, admission.toLocalDate().plusDays(d).atTime(10, 0));
            }
        }
        return v;
    }

    Claim outpatient(String psnNo, String institution, LocalDateTime at, String diag, String... items) {
        VisitBuilder v = visit(psnNo, institution, MedType.GENERAL_OUTPATIENT, at, at.plusMinutes(20), diag);
        for (String item : items) {
            v.line(item, 1, at.plusMinutes(5));
        }
        return v.done();
    }

    Claim purchase(String psnNo, String pharmacy, LocalDateTime at, String item) {
        return visit(psnNo, pharmacy, MedType.PHARMACY_PURCHASE, at, at, "").line(item, 1, at).done();
    }

    final class VisitBuilder {
        private final Visit visit;
        private final List<FeeDetail> lines = new ArrayList<>();

        VisitBuilder(String id, String psnNo, String institution, MedType type, LocalDateTime begin, LocalDateTime end,
                String diag) {
            this.visit = new Visit(id, psnNo, institution, type, begin, end, "D01", "D110000000001", diag, List.of(),
                    CertType.SOCIAL_SECURITY_CARD, "T1");
        }

        VisitBuilder line(String item, double units, LocalDateTime at) {
            return line(item, units, at, "D110000000001");
        }

        VisitBuilder line(String item, double units, LocalDateTime at, String orderedBy) {
            long price = catalog.stream().filter(c -> c.code().equals(item)).findFirst().orElseThrow().priceCapFen() / 2;
            long cnt = Math.round(units * Quantity.ONE);
            lines.add(new FeeDetail("F" + (++lineSeq), visit.mdtrtId(), visit.psnNo(), visit.institutionCode(), at, item,
                    "M" + item, cnt, price, Quantity.times(cnt, price), orderedBy, "D01", List.of()));
            return this;
        }

        Claim done() {
            long fee = lines.stream().mapToLong(FeeDetail::amountFen).sum();
            long fund = fee * 7 / 10;
            Settlement s = new Settlement("S" + visit.mdtrtId().substring(1), visit.mdtrtId(), visit.psnNo(),
                    visit.institutionCode(), visit.end(), fee, 0, fund, 0, fee - fund, fund, false);
            Claim c = new Claim(visit, lines, List.of(s));
            claims.add(c);
            return c;
        }
    }

    Region region() {
        return new Region(new ArrayList<>(persons.values()), new ArrayList<>(institutions.values()), List.of(), catalog,
                List.of(), List.of(), List.of());
    }

    List<Claim> claims() {
        return claims;
    }

    List<Finding> screen(ScreeningModel<?> model) {
        return new LocalExecutor(1, StageListener.SILENT).run(List.of(model), claims, region());
    }

    static Finding only(List<Finding> findings, String subjectId) {
        return findings.stream().filter(f -> f.subjectId().equals(subjectId)).findFirst()
                .orElseThrow(() -> new AssertionError("no finding on " + subjectId + " among " + findings));
    }

    static boolean flags(List<Finding> findings, String subjectId) {
        return findings.stream().anyMatch(f -> f.subjectId().equals(subjectId));
    }
}
