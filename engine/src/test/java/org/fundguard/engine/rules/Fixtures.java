package org.fundguard.engine.rules;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
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
import org.fundguard.core.ItemRule;
import org.fundguard.core.ListType;
import org.fundguard.core.MedType;
import org.fundguard.core.MedTypeLimit;
import org.fundguard.core.Ownership;
import org.fundguard.core.Person;
import org.fundguard.core.PersonType;
import org.fundguard.core.Practitioner;
import org.fundguard.core.PractitionerType;
import org.fundguard.core.Quantity;
import org.fundguard.core.Relation;
import org.fundguard.core.RuleScope;
import org.fundguard.core.Settlement;
import org.fundguard.core.Visit;
import org.fundguard.engine.Claim;
import org.fundguard.engine.Finding;
import org.fundguard.engine.Region;

/** Small builders for rule tests: a region, persons, catalogue items and visits with their lines. */
final class Fixtures {
    static final LocalDateTime DAY_1 = LocalDateTime.of(2025, 3, 3, 9, 0);
    static final LocalDateTime DAY_2 = DAY_1.plusDays(1);
    /** Level-3 hospital in the home city (Beijing 1101). */
    static final String H1 = "H11010100001";
    /** Level-2 hospital in the home city. */
    static final String H2 = "H11010200002";
    /** Level-1 hospital in the home city. */
    static final String H3 = "H11010300003";
    /** Level-3 hospital in another city (Shanghai 3101). */
    static final String FAR = "H31010100004";
    /** Pharmacy in the home city. */
    static final String PH = "P11010100005";
    /** Level-3 hospital in another district of the home city. */
    static final String H1B = "H11010800006";
    static final String DOCTOR = "D10000000001";
    static final String HOME = "110101";

    private Fixtures() {
    }

    static RegionBuilder aRegion() {
        return new RegionBuilder();
    }

    static PersonBuilder aPerson(String psnNo) {
        return new PersonBuilder(psnNo);
    }

    static ItemBuilder anItem(String code) {
        return new ItemBuilder(code);
    }

    static VisitBuilder aVisit(String id) {
        return new VisitBuilder(id);
    }

    static List<Finding> audit(Region region, RuleSet rules, Claim... claims) {
        List<Visit> visits = new ArrayList<>();
        List<FeeDetail> lines = new ArrayList<>();
        List<Settlement> settlements = new ArrayList<>();
        for (Claim c : claims) {
            visits.add(c.visit());
            lines.addAll(c.lines());
            settlements.addAll(c.settlements());
        }
        List<Finding> out = new ArrayList<>();
        new Auditor(rules, region).audit(PersonClaims.group(visits, lines, settlements).persons(), out::add);
        return out;
    }

    /** Findings of the built-in library from one rule. */
    static List<Finding> auditWith(String ruleCode, Region region, Claim... claims) {
        return audit(region, RuleSet.builtIn(), claims).stream().filter(f -> f.source().equals("RULE:" + ruleCode)).toList();
    }

    static RuleDefinition coded(String code, String template, org.fundguard.core.Category category, Map<String, String> params,
            String... codes) {
        return new RuleDefinition(code, "测试规则" + code, "test rule " + code, category, null, null,
                RuleDefinition.ResultType.DEFINITE, RuleDefinition.Window.VISIT, 0, EnumSet.allOf(RuleDefinition.Stage.class),
                template, params, Arrays.asList(codes), true, null, null, 1, "test");
    }

    static final class RegionBuilder {
        private final Map<String, Person> persons = new LinkedHashMap<>();
        private final Map<String, Institution> institutions = new LinkedHashMap<>();
        private final List<Practitioner> practitioners = new ArrayList<>();
        private final Map<String, CatalogItem> catalog = new LinkedHashMap<>();
        private final List<ItemRule> itemRules = new ArrayList<>();

        RegionBuilder() {
            hospital(H1, HospitalLevel.LEVEL_3, "110101");
            hospital(H2, HospitalLevel.LEVEL_2, "110102");
            hospital(H3, HospitalLevel.LEVEL_1, "110103");
            hospital(FAR, HospitalLevel.LEVEL_3, "310101");
            hospital(H1B, HospitalLevel.LEVEL_3, "110108");
            institutions.put(PH, new Institution(PH, "药店", InstitutionType.PHARMACY, HospitalLevel.UNRATED, "110101",
                    Ownership.PRIVATE, 0, 0, false, AgreementStatus.ACTIVE));
            for (String h : List.of(H1, H2, H3, FAR, PH, H1B)) {
                registration(DOCTOR, h, null, null);
            }
            with(aPerson("P1"));
        }

        RegionBuilder hospital(String code, HospitalLevel level, String admdvs) {
            institutions.put(code, new Institution(code, "医院" + code, InstitutionType.MEDICAL, level, admdvs,
                    Ownership.PUBLIC, 100, 0, false, AgreementStatus.ACTIVE));
            return this;
        }

        RegionBuilder with(PersonBuilder p) {
            Person person = p.build();
            persons.put(person.psnNo(), person);
            return this;
        }

        RegionBuilder with(ItemBuilder i) {
            CatalogItem item = i.build();
            catalog.put(item.code(), item);
            return this;
        }

        RegionBuilder rule(String a, String b, Relation relation, RuleScope scope) {
            itemRules.add(new ItemRule(a, b, relation, scope));
            return this;
        }

        RegionBuilder registration(String prac, String institution, LocalDate begin, LocalDate end) {
            practitioners.add(new Practitioner(prac, "医师", PractitionerType.DOCTOR, institution, begin, end));
            return this;
        }

        Region build() {
            return new Region(new ArrayList<>(persons.values()), new ArrayList<>(institutions.values()), practitioners,
                    new ArrayList<>(catalog.values()), itemRules, List.of(), List.of());
        }
    }

    static final class PersonBuilder {
        private final String psnNo;
        private Gender gender = Gender.MALE;
        private LocalDate birth = LocalDate.of(1980, 1, 1);
        private LocalDate death;
        private String home = HOME;

        PersonBuilder(String psnNo) {
            this.psnNo = psnNo;
        }

        PersonBuilder female() {
            gender = Gender.FEMALE;
            return this;
        }

        PersonBuilder born(LocalDate d) {
            birth = d;
            return this;
        }

        PersonBuilder died(LocalDate d) {
            death = d;
            return this;
        }

        PersonBuilder home(String admdvs) {
            home = admdvs;
            return this;
        }

        Person build() {
            return new Person(psnNo, "110101198001010011", "张三", gender, birth, InsuranceType.EMPLOYEE, PersonType.EMPLOYED,
                    home, "1101010010", "13800000000", death);
        }
    }

    static final class ItemBuilder {
        private final String code;
        private ListType listType = ListType.SERVICE_ITEM;
        private ChargeCategory charge = ChargeCategory.TREATMENT;
        private ChargeLevel level = ChargeLevel.CLASS_A;
        private Long cap;
        private Long capLv2;
        private Long capLv1;
        private Gender gender;
        private Integer ageMin;
        private Integer ageMax;
        private HospitalLevel hospLevel;
        private MedTypeLimit medType;
        private List<String> diag = List.of();
        private Long maxUnitsDay;
        private Integer maxDays;
        private Long dose;
        private boolean nonDrug;
        private String name;

        ItemBuilder(String code) {
            this.code = code;
            this.name = "品目" + code;
        }

        ItemBuilder named(String n) {
            name = n;
            return this;
        }

        ItemBuilder drug() {
            listType = ListType.WESTERN_DRUG;
            charge = ChargeCategory.WESTERN_DRUG;
            return this;
        }

        ItemBuilder herb() {
            listType = ListType.HERBAL_PIECES;
            charge = ChargeCategory.HERBAL_PIECES;
            return this;
        }

        ItemBuilder consumable() {
            listType = ListType.CONSUMABLE;
            charge = ChargeCategory.CONSUMABLE;
            return this;
        }

        ItemBuilder labTest() {
            charge = ChargeCategory.LAB_TEST;
            return this;
        }

        ItemBuilder selfPaid() {
            level = ChargeLevel.SELF_PAID;
            return this;
        }

        ItemBuilder nonDrug() {
            nonDrug = true;
            return this;
        }

        ItemBuilder cap(long fen) {
            cap = fen;
            return this;
        }

        ItemBuilder capLv2(long fen) {
            capLv2 = fen;
            return this;
        }

        ItemBuilder capLv1(long fen) {
            capLv1 = fen;
            return this;
        }

        ItemBuilder onlyFor(Gender g) {
            gender = g;
            return this;
        }

        ItemBuilder ages(Integer min, Integer max) {
            ageMin = min;
            ageMax = max;
            return this;
        }

        ItemBuilder minHospitalLevel(HospitalLevel l) {
            hospLevel = l;
            return this;
        }

        ItemBuilder only(MedTypeLimit l) {
            medType = l;
            return this;
        }

        ItemBuilder indication(String... prefixes) {
            diag = List.of(prefixes);
            return this;
        }

        ItemBuilder maxUnitsDay(long units) {
            maxUnitsDay = Quantity.of(units);
            return this;
        }

        ItemBuilder maxDays(int days, long unitsPerDay) {
            maxDays = days;
            dose = Quantity.of(unitsPerDay);
            return this;
        }

        CatalogItem build() {
            return new CatalogItem(code, name, listType, charge, level, cap, capLv2, capLv1, gender, ageMin, ageMax,
                    hospLevel, medType, diag, maxUnitsDay, maxDays, dose, false, false, nonDrug);
        }
    }

    static final class VisitBuilder {
        private final String id;
        private String psn = "P1";
        private String institution = H1;
        private MedType medType = MedType.GENERAL_OUTPATIENT;
        private LocalDateTime begin = DAY_1;
        private LocalDateTime end;
        private String diag = "J06.9";
        private List<String> otherDiags = List.of();
        private String attending = DOCTOR;
        private String dept = "D01";
        private final List<FeeDetail> lines = new ArrayList<>();
        private final List<Settlement> settlements = new ArrayList<>();
        private boolean autoSettle = true;
        private long ownpay;
        private long fundPercent = 70;
        private String setlId;
        private LocalDateTime setlTime;

        VisitBuilder(String id) {
            this.id = id;
            this.setlId = "S" + id.substring(1);
        }

        VisitBuilder of(String psnNo) {
            psn = psnNo;
            return this;
        }

        VisitBuilder at(String inst) {
            institution = inst;
            return this;
        }

        VisitBuilder on(LocalDateTime t) {
            begin = t;
            return this;
        }

        VisitBuilder type(MedType t) {
            medType = t;
            return this;
        }

        VisitBuilder inpatientUntil(LocalDateTime discharge) {
            medType = MedType.INPATIENT;
            end = discharge;
            return this;
        }

        VisitBuilder diag(String main, String... others) {
            diag = main;
            otherDiags = List.of(others);
            return this;
        }

        VisitBuilder inDept(String dept) {
            this.dept = dept;
            return this;
        }

        VisitBuilder attendedBy(String prac) {
            attending = prac;
            return this;
        }

        /** A line of whole units, charged a minute after the previous one. */
        VisitBuilder withLine(String sn, String code, long units, long priceFen) {
            return withLineAt(sn, code, Quantity.of(units), priceFen, begin.plusMinutes(lines.size() + 1));
        }

        VisitBuilder withLineAt(String sn, String code, long cnt, long priceFen, LocalDateTime t) {
            lines.add(new FeeDetail(sn, id, psn, institution, t, code, "L" + code, cnt, priceFen, Quantity.times(cnt, priceFen),
                    attending, dept, List.of()));
            return this;
        }

        /** Refund of whole units (negative cnt), charged a minute after the previous line. */
        VisitBuilder withRefund(String sn, String code, long units, long priceFen) {
            return withLineAt(sn, code, -Quantity.of(units), priceFen, begin.plusMinutes(lines.size() + 1));
        }

        /** Traceability codes on the last line. */
        VisitBuilder traced(String... codes) {
            FeeDetail l = lines.remove(lines.size() - 1);
            lines.add(new FeeDetail(l.feedetlSn(), l.mdtrtId(), l.psnNo(), l.institutionCode(), l.time(), l.listCode(),
                    l.institutionListCode(), l.cnt(), l.priceFen(), l.amountFen(), l.orderingPractitioner(), l.orderingDept(),
                    List.of(codes)));
            return this;
        }

        /** The last line ordered by another practitioner. */
        VisitBuilder orderedBy(String prac) {
            FeeDetail l = lines.remove(lines.size() - 1);
            lines.add(new FeeDetail(l.feedetlSn(), l.mdtrtId(), l.psnNo(), l.institutionCode(), l.time(), l.listCode(),
                    l.institutionListCode(), l.cnt(), l.priceFen(), l.amountFen(), prac, l.orderingDept(), l.traceCodes()));
            return this;
        }

        /** Full self-payment (fulamt_ownpay_amt) recorded by the settlement. */
        VisitBuilder ownpay(long fen) {
            ownpay = fen;
            return this;
        }

        VisitBuilder fundPercent(long percent) {
            fundPercent = percent;
            return this;
        }

        VisitBuilder settledAs(String setl, LocalDateTime t) {
            setlId = setl;
            setlTime = t;
            return this;
        }

        VisitBuilder unsettled() {
            autoSettle = false;
            return this;
        }

        VisitBuilder withSettlement(String setl, LocalDateTime t, boolean reversed) {
            long medfee = medfee();
            long fund = (medfee - ownpay) * fundPercent / 100;
            settlements.add(new Settlement(setl, id, psn, institution, t, medfee, ownpay, fund, 0, medfee - fund, fund, reversed));
            return this;
        }

        /** A settlement of part of the expenses (an interim settlement of a long stay). */
        VisitBuilder withPartialSettlement(String setl, LocalDateTime t, long medfee) {
            long fund = medfee * fundPercent / 100;
            settlements.add(new Settlement(setl, id, psn, institution, t, medfee, 0, fund, 0, medfee - fund, fund, false));
            return this;
        }

        private long medfee() {
            long m = 0;
            for (FeeDetail l : lines) {
                m += l.amountFen();
            }
            return m;
        }

        Claim build() {
            LocalDateTime e = end != null ? end : begin.plusMinutes(30);
            Visit v = new Visit(id, psn, institution, medType, begin, e, dept, attending, diag, otherDiags, CertType.E_VOUCHER, "T1");
            List<Settlement> s = new ArrayList<>(settlements);
            if (autoSettle && s.isEmpty()) {
                long medfee = medfee();
                long fund = (medfee - ownpay) * fundPercent / 100;
                s.add(new Settlement(setlId, id, psn, institution, setlTime != null ? setlTime : e, medfee, ownpay, fund, 0,
                        medfee - fund, fund, false));
            }
            return new Claim(v, lines, s);
        }
    }
}
