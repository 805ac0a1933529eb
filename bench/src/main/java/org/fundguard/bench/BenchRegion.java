package org.fundguard.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
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
import org.fundguard.engine.Region;
import org.fundguard.engine.knowledge.KnowledgePoints;
import org.fundguard.engine.rules.PersonClaims;
import org.fundguard.engine.rules.RuleDefinition;
import org.fundguard.engine.rules.RuleSet;

/**
 * A seeded synthetic region for the benchmarks: a catalogue with the usual limits, the codes of every
 * national knowledge point, pairwise item rules, persons, institutions and claims. Lines mostly respect
 * the limits (a few percent do not), so the findings cost what they cost in a real audit and no more.
 * The rule library is the built-in one plus the national points (imported from the shared directory;
 * when it cannot be found, ~3,900 synthetic instances on random codes of the same templates).
 */
final class BenchRegion {
    private static final LocalDateTime START = LocalDateTime.of(2025, 1, 1, 8, 0);
    private static final String[] CITIES = {"110101", "110105", "310101", "440106"};

    final Region region;
    final RuleSet rules;
    final String rulesOrigin;
    final List<PersonClaims> persons;
    final long lines;

    private final Random rnd;
    private final List<CatalogItem> catalog = new ArrayList<>();
    private final List<String> codes = new ArrayList<>();
    private final Map<String, Limits> limits = new HashMap<>();
    private final List<Institution> institutions = new ArrayList<>();
    private final List<Person> people = new ArrayList<>();
    private long lineSeq;
    private long visitSeq;

    /** What a line must respect to be clean (the catalogue's and the knowledge points' limits). */
    private record Limits(Gender gender, Integer ageMin, Integer ageMax, HospitalLevel level, MedTypeLimit medType, String diag,
            Long cap) {
    }

    private BenchRegion(long seed, int personCount, long lineTarget) {
        this.rnd = new Random(seed);
        List<RuleDefinition> national = nationalPoints();
        this.rulesOrigin = national.isEmpty() ? "synthetic 3900 instances" : national.size() + " national points";
        for (int i = 0; i < CITIES.length * 30; i++) {
            String city = CITIES[i % CITIES.length];
            HospitalLevel level = HospitalLevel.values()[i % 3];
            institutions.add(new Institution(String.format("H%s%05d", city, i), "医院" + i, InstitutionType.MEDICAL, level, city,
                    Ownership.PUBLIC, 200, 0, false, AgreementStatus.ACTIVE));
        }
        localCatalogue(3_000);
        List<RuleDefinition> kp = national.isEmpty() ? syntheticPoints(3_900) : national;
        knowledgeCodes(kp);
        List<ItemRule> itemRules = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            String a = codes.get(rnd.nextInt(3_000));
            String b = codes.get(rnd.nextInt(3_000));
            if (!a.equals(b)) {
                itemRules.add(new ItemRule(a, b, i % 2 == 0 ? Relation.EXCLUSIVE : Relation.BUNDLED, i % 3 == 0 ? RuleScope.DAY : RuleScope.VISIT));
            }
        }
        List<Practitioner> practitioners = new ArrayList<>();
        for (Institution h : institutions) {
            practitioners.add(new Practitioner("D" + h.code().substring(1), "医师", PractitionerType.DOCTOR, h.code(),
                    LocalDate.of(2015, 1, 1), null));
        }
        for (int p = 0; p < personCount; p++) {
            Gender g = rnd.nextBoolean() ? Gender.MALE : Gender.FEMALE;
            LocalDate birth = LocalDate.of(1940 + rnd.nextInt(80), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
            people.add(new Person(String.format("P%09d", p), "110101198001010011", "某某", g, birth, InsuranceType.EMPLOYEE,
                    PersonType.EMPLOYED, CITIES[rnd.nextInt(CITIES.length)], "addr", "13800000000", null));
        }
        this.region = new Region(people, institutions, practitioners, catalog, itemRules, List.of(), List.of());
        this.rules = RuleSet.builtIn().plus(kp);
        List<PersonClaims> all = new ArrayList<>();
        long made = 0;
        int p = 0;
        while (made < lineTarget) {
            Person person = people.get(p++ % people.size());
            List<Claim> claims = new ArrayList<>();
            int visits = 1 + rnd.nextInt(9);
            LocalDateTime t = START.plusHours(rnd.nextInt(24 * 30));
            for (int v = 0; v < visits && made < lineTarget; v++) {
                int n = (int) Math.min(lineTarget - made, 2 + rnd.nextInt(18));
                claims.add(visit(person, t, n));
                made += n;
                t = t.plusDays(1 + rnd.nextInt(20)).plusHours(rnd.nextInt(8));
            }
            all.add(new PersonClaims(person.psnNo() + (p > people.size() ? "-" + p : ""), claims));
        }
        this.persons = all;
        this.lines = made;
    }

    static BenchRegion build(long seed, int persons, long lines) {
        return new BenchRegion(seed, persons, lines);
    }

    /** A clean visit of n lines (with the occasional violation the limits allow). */
    Claim visit(Person person, LocalDateTime begin, int n) {
        Institution h = institutions.get(rnd.nextInt(institutions.size()));
        boolean inpatient = rnd.nextInt(20) == 0;
        MedType type = inpatient ? MedType.INPATIENT : MedType.GENERAL_OUTPATIENT;
        LocalDateTime end = inpatient ? begin.plusDays(1 + rnd.nextInt(9)) : begin.plusMinutes(30);
        String id = String.format("V%012d", visitSeq++);
        int age = begin.getYear() - person.birthDate().getYear();
        List<FeeDetail> lines = new ArrayList<>(n);
        String diag = "J06.9";
        long medfee = 0;
        for (int i = 0; i < n; i++) {
            String code = pick(person, age, h, inpatient);
            Limits l = limits.get(code);
            if (l != null && l.diag() != null) {
                diag = l.diag() + ".9";
            }
            long price = l != null && l.cap() != null ? l.cap() - rnd.nextInt(100) : 1_00 + rnd.nextInt(20_000);
            if (l != null && l.cap() != null && rnd.nextInt(200) == 0) {
                price = l.cap() + 1_00;
            }
            long cnt = Quantity.of(1 + rnd.nextInt(3));
            long amount = Quantity.times(cnt, price);
            medfee += amount;
            LocalDateTime at = inpatient ? begin.plusHours(rnd.nextInt(24 * (int) Math.max(1, java.time.Duration.between(begin, end).toDays())))
                    : begin.plusMinutes(i);
            lines.add(new FeeDetail(String.format("F%012d", lineSeq++), id, person.psnNo(), h.code(), at, code, "L", cnt, price,
                    amount, "D" + h.code().substring(1), "D01", List.of()));
        }
        lines.sort(java.util.Comparator.comparing(FeeDetail::time).thenComparing(FeeDetail::feedetlSn));
        Visit v = new Visit(id, person.psnNo(), h.code(), type, begin, end, "D01", "D" + h.code().substring(1), diag, List.of(),
                CertType.E_VOUCHER, "T1");
        long fund = medfee * 7 / 10;
        Settlement s = new Settlement("S" + id.substring(1), id, person.psnNo(), h.code(), end, medfee, 0, fund, 0, medfee - fund,
                fund, false);
        return new Claim(v, lines, List.of(s));
    }

    /** Mostly a code whose limits the visit respects; one in fifty goes unchecked. */
    private String pick(Person person, int age, Institution h, boolean inpatient) {
        String code = null;
        for (int tries = 0; tries < 6; tries++) {
            code = rnd.nextInt(100) < 85 ? codes.get(rnd.nextInt(3_000)) : codes.get(3_000 + rnd.nextInt(codes.size() - 3_000));
            Limits l = limits.get(code);
            if (l == null || rnd.nextInt(50) == 0) {
                return code;
            }
            boolean ok = (l.gender() == null || l.gender() == person.gender())
                    && (l.ageMin() == null || age >= l.ageMin()) && (l.ageMax() == null || age <= l.ageMax())
                    && (l.level() == null || h.level().ordinal() <= l.level().ordinal())
                    && (l.medType() == null || (l.medType() == MedTypeLimit.INPATIENT_ONLY) == inpatient);
            if (ok) {
                return code;
            }
        }
        return code;
    }

    private void localCatalogue(int n) {
        for (int i = 0; i < n; i++) {
            String code = String.format("LOC%06d", i);
            int k = rnd.nextInt(100);
            ListType type = k < 40 ? ListType.WESTERN_DRUG : k < 85 ? ListType.SERVICE_ITEM : ListType.CONSUMABLE;
            Long cap = type == ListType.SERVICE_ITEM && rnd.nextInt(2) == 0 ? (long) (5_00 + rnd.nextInt(50_000)) : null;
            Gender g = rnd.nextInt(40) == 0 ? Gender.FEMALE : null;
            Integer ageMax = rnd.nextInt(50) == 0 ? 14 : null;
            HospitalLevel level = rnd.nextInt(30) == 0 ? HospitalLevel.LEVEL_2 : null;
            MedTypeLimit mt = rnd.nextInt(40) == 0 ? MedTypeLimit.INPATIENT_ONLY : null;
            String diag = rnd.nextInt(30) == 0 ? "E1" + rnd.nextInt(5) : null;
            Long maxUnits = type == ListType.SERVICE_ITEM && rnd.nextInt(5) == 0 ? Quantity.of(3) : null;
            boolean drug = type == ListType.WESTERN_DRUG;
            ChargeLevel cl = rnd.nextInt(40) == 0 ? ChargeLevel.SELF_PAID : ChargeLevel.CLASS_A;
            catalog.add(new CatalogItem(code, "品目" + i, type, drug ? ChargeCategory.WESTERN_DRUG : ChargeCategory.TREATMENT,
                    cl == ChargeLevel.SELF_PAID ? ChargeLevel.CLASS_B : cl, cap, null, null, g, null, ageMax, level, mt,
                    diag == null ? List.of() : List.of(diag), maxUnits, drug ? 30 : null, drug ? Quantity.of(3) : null, false, false,
                    false));
            codes.add(code);
            if (cap != null || g != null || ageMax != null || level != null || mt != null || diag != null) {
                limits.put(code, new Limits(g, null, ageMax, level, mt, diag, cap));
            }
        }
    }

    /** Every code a knowledge point names becomes a catalogue item, with the point's limit remembered. */
    private void knowledgeCodes(List<RuleDefinition> kp) {
        Map<String, Limits> seen = new LinkedHashMap<>();
        for (RuleDefinition d : kp) {
            Map<String, String> p = d.parameters();
            for (String code : d.appliesTo()) {
                Limits old = seen.get(code);
                Limits l = new Limits(
                        p.containsKey("gender") ? Gender.of(p.get("gender")) : old == null ? null : old.gender(),
                        p.containsKey("age_min") ? Integer.valueOf(p.get("age_min")) : old == null ? null : old.ageMin(),
                        p.containsKey("age_max") ? Integer.valueOf(p.get("age_max")) : old == null ? null : old.ageMax(),
                        p.containsKey("min_level") ? HospitalLevel.of(p.get("min_level")) : old == null ? null : old.level(),
                        p.containsKey("med_type") ? MedTypeLimit.of(p.get("med_type")) : old == null ? null : old.medType(),
                        p.containsKey("diag_prefixes") ? p.get("diag_prefixes").split(";")[0] : old == null ? null : old.diag(),
                        null);
                seen.put(code, l);
            }
        }
        for (Map.Entry<String, Limits> e : seen.entrySet()) {
            String code = e.getKey();
            boolean drug = code.startsWith("X") || code.startsWith("Z") || code.startsWith("T");
            catalog.add(new CatalogItem(code, "国家编码" + code, drug ? ListType.WESTERN_DRUG : ListType.SERVICE_ITEM,
                    drug ? ChargeCategory.WESTERN_DRUG : ChargeCategory.TREATMENT, ChargeLevel.CLASS_B, 100_000_00L, null, null, null,
                    null, null, null, null, List.of(), null, null, drug ? Quantity.of(3) : null, false, false, false));
            codes.add(code);
            limits.put(code, e.getValue());
        }
    }

    private static List<RuleDefinition> nationalPoints() {
        for (String s : new String[] {System.getProperty("fundguard.shared"), System.getenv("FUNDGUARD_SHARED"), "../shared", "shared"}) {
            if (s == null) {
                continue;
            }
            Path dir = Path.of(s, "data", "nhsa-knowledge-points");
            if (Files.isDirectory(dir)) {
                return KnowledgePoints.load(dir);
            }
        }
        return List.of();
    }

    private List<RuleDefinition> syntheticPoints(int n) {
        List<RuleDefinition> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String a = String.format("KPX%07d", rnd.nextInt(5_000_000));
            String b = String.format("KPX%07d", rnd.nextInt(5_000_000));
            int k = i % 10;
            String template = k < 4 ? "GENDER_LIMIT" : k < 6 ? "EXCLUSIVE_PAIR" : k < 7 ? "AGE_LIMIT" : k < 8 ? "HOSPITAL_LEVEL_LIMIT"
                    : k < 9 ? "MAX_UNITS_PER_DAY" : "INDICATION_LIMIT";
            Map<String, String> p = switch (template) {
                case "GENDER_LIMIT" -> Map.of("gender", k % 2 == 0 ? "1" : "2");
                case "EXCLUSIVE_PAIR" -> Map.of("code_a", a, "code_b", b, "scope", "DAY");
                case "AGE_LIMIT" -> Map.of("age_max", "17");
                case "HOSPITAL_LEVEL_LIMIT" -> Map.of("min_level", "2");
                case "MAX_UNITS_PER_DAY" -> Map.of("max_units", "1");
                default -> Map.of("diag_prefixes", "C3" + k);
            };
            Category c = template.equals("EXCLUSIVE_PAIR") || template.equals("MAX_UNITS_PER_DAY") ? Category.DUPLICATE_CHARGE
                    : Category.RESTRICTION_BREACH;
            out.add(new RuleDefinition("KPX-" + i, "合成知识点" + i, "synthetic point " + i, c, null, null,
                    RuleDefinition.ResultType.SUSPICIOUS, RuleDefinition.Window.VISIT, 0, EnumSet.allOf(RuleDefinition.Stage.class),
                    template, p, template.equals("EXCLUSIVE_PAIR") ? List.of(a, b) : List.of(a), true, null, null, 1, "synthetic"));
        }
        return out;
    }

    List<Person> people() {
        return people;
    }
}
