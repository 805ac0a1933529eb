package org.fundguard.engine.models;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
import org.fundguard.core.ListType;
import org.fundguard.core.MedType;
import org.fundguard.core.Ownership;
import org.fundguard.core.Person;
import org.fundguard.core.PersonType;
import org.fundguard.core.Practitioner;
import org.fundguard.core.PractitionerType;
import org.fundguard.core.Purchase;
import org.fundguard.core.Quantity;
import org.fundguard.core.Settlement;
import org.fundguard.core.Visit;
import org.fundguard.engine.Claim;
import org.fundguard.engine.Finding;
import org.fundguard.engine.Region;
import org.fundguard.engine.ScreeningModel;

/** Small builders for hand-made regions and claims, and a minimal run of a model over them. */
final class ScreeningFixtures {
    static final String HOME = "110105";
    static final String OTHER_DISTRICT = "110108";

    private ScreeningFixtures() {
    }

    static LocalDateTime at(String isoDateTime) {
        return LocalDateTime.parse(isoDateTime.replace(' ', 'T'));
    }

    static long yuan(long y) {
        return y * 100;
    }

    // ---- reference data -------------------------------------------------------------------

    static Institution pharmacy(String code) {
        return new Institution(code, "药店" + code, InstitutionType.PHARMACY, HospitalLevel.UNRATED, HOME,
                Ownership.PRIVATE, 0, 0, false, AgreementStatus.ACTIVE);
    }

    static Institution hospital(String code, HospitalLevel level) {
        return new Institution(code, "医院" + code, InstitutionType.MEDICAL, level, HOME, Ownership.PUBLIC, 100, 0, false,
                AgreementStatus.ACTIVE);
    }

    static Person resident(String psnNo, String district) {
        return new Person(psnNo, "110105198001011234", "张三", Gender.MALE, LocalDate.of(1980, 1, 1),
                InsuranceType.EMPLOYEE, PersonType.EMPLOYED, district, district + "001001", "13800000000", null);
    }

    static Practitioner pharmacist(String code, String institution) {
        return new Practitioner(code, "药师" + code, PractitionerType.PHARMACIST, institution, LocalDate.of(2020, 1, 1), null);
    }

    static ItemBuilder drug(String code) {
        return new ItemBuilder(code, ListType.WESTERN_DRUG, ChargeCategory.WESTERN_DRUG);
    }

    static ItemBuilder goods(String code) {
        return new ItemBuilder(code, ListType.WESTERN_DRUG, ChargeCategory.OTHER).nonDrug();
    }

    static ItemBuilder service(String code) {
        return new ItemBuilder(code, ListType.SERVICE_ITEM, ChargeCategory.TREATMENT);
    }

    static final class ItemBuilder {
        private final String code;
        private final ListType listType;
        private final ChargeCategory category;
        private ChargeLevel level = ChargeLevel.CLASS_A;
        private Long unitsPerDay = Quantity.of(1);
        private boolean keyMonitored;
        private boolean resaleRisk;
        private boolean nonDrug;
        private List<String> diag = List.of();

        private ItemBuilder(String code, ListType listType, ChargeCategory category) {
            this.code = code;
            this.listType = listType;
            this.category = category;
        }

        ItemBuilder resaleRisk() {
            resaleRisk = true;
            return this;
        }

        ItemBuilder keyMonitored() {
            keyMonitored = true;
            return this;
        }

        ItemBuilder nonDrug() {
            nonDrug = true;
            level = ChargeLevel.SELF_PAID;
            return this;
        }

        ItemBuilder unitsPerDay(long units) {
            unitsPerDay = Quantity.of(units);
            return this;
        }

        ItemBuilder onlyFor(String... diagPrefixes) {
            diag = List.of(diagPrefixes);
            return this;
        }

        CatalogItem build() {
            return new CatalogItem(code, "品种" + code, listType, category, level, null, null, null, null, null, null, null,
                    null, diag, null, null, unitsPerDay, keyMonitored, resaleRisk, nonDrug);
        }
    }

    static final class RegionBuilder {
        private final List<Person> persons = new ArrayList<>();
        private final List<Institution> institutions = new ArrayList<>();
        private final List<Practitioner> practitioners = new ArrayList<>();
        private final List<CatalogItem> catalog = new ArrayList<>();
        private final List<Purchase> purchases = new ArrayList<>();
        private final List<InventoryCount> inventory = new ArrayList<>();

        RegionBuilder with(Institution i) {
            institutions.add(i);
            return this;
        }

        RegionBuilder with(Person p) {
            persons.add(p);
            return this;
        }

        RegionBuilder with(Practitioner p) {
            practitioners.add(p);
            return this;
        }

        RegionBuilder with(ItemBuilder item) {
            catalog.add(item.build());
            return this;
        }

        RegionBuilder purchase(String institution, String item, long units, String when) {
            purchases.add(new Purchase("PU" + (purchases.size() + 1), institution, item, at(when), Quantity.of(units),
                    yuan(1), "供应商", "LOT1"));
            return this;
        }

        RegionBuilder stocktake(String institution, String item, long units, String day) {
            inventory.add(new InventoryCount(institution, item, LocalDate.parse(day), Quantity.of(units)));
            return this;
        }

        Region build() {
            return new Region(persons, institutions, practitioners, catalog, List.of(), purchases, inventory);
        }
    }

    // ---- claims ---------------------------------------------------------------------------

    static ClaimBuilder visit(String mdtrtId) {
        return new ClaimBuilder(mdtrtId);
    }

    static final class ClaimBuilder {
        private final String id;
        private String psn = "P1";
        private String inst = "P001";
        private MedType medType = MedType.PHARMACY_PURCHASE;
        private LocalDateTime begin = ScreeningFixtures.at("2024-03-01 10:00");
        private LocalDateTime end;
        private String attending;
        private String diag;
        private CertType cert = CertType.SOCIAL_SECURITY_CARD;
        private String terminal;
        private final List<FeeDetail> lines = new ArrayList<>();
        private Long fundFen;
        private Long accountFen;

        private ClaimBuilder(String id) {
            this.id = id;
        }

        ClaimBuilder of(String psnNo) {
            psn = psnNo;
            return this;
        }

        ClaimBuilder at(String institution) {
            inst = institution;
            return this;
        }

        ClaimBuilder on(LocalDateTime time) {
            begin = time;
            return this;
        }

        ClaimBuilder until(LocalDateTime time) {
            end = time;
            return this;
        }

        ClaimBuilder type(MedType type) {
            medType = type;
            return this;
        }

        ClaimBuilder reviewedBy(String practitioner) {
            attending = practitioner;
            return this;
        }

        ClaimBuilder diagnosed(String icd) {
            diag = icd;
            return this;
        }

        ClaimBuilder eVoucher() {
            cert = CertType.E_VOUCHER;
            return this;
        }

        ClaimBuilder terminal(String terminalId) {
            terminal = terminalId;
            return this;
        }

        /** A line of {@code units} at {@code priceFen} per unit. */
        ClaimBuilder line(String item, long units, long priceFen) {
            long cnt = Quantity.of(units);
            lines.add(new FeeDetail(id + "-" + (lines.size() + 1), id, psn, inst, begin, item, item, cnt, priceFen,
                    Quantity.times(cnt, priceFen), attending, "D01", List.of()));
            return this;
        }

        /** Settled with this pooled-fund and personal-account payment (default: the fund pays 70 %). */
        ClaimBuilder paid(long fund, long account) {
            fundFen = fund;
            accountFen = account;
            return this;
        }

        Claim build() {
            long total = lines.stream().mapToLong(FeeDetail::amountFen).sum();
            long fund = fundFen != null ? fundFen : total * 7 / 10;
            long account = accountFen != null ? accountFen : 0;
            Settlement s = new Settlement("S" + id, id, psn, inst, begin, total, 0, fund, account,
                    total - fund - account, fund, false);
            Visit v = new Visit(id, psn, inst, medType, begin, end != null ? end : begin, "D01", attending, diag, List.of(),
                    cert, terminal);
            List<FeeDetail> ls = lines.stream().map(l -> new FeeDetail(l.feedetlSn(), id, psn, inst, begin, l.listCode(),
                    l.institutionListCode(), l.cnt(), l.priceFen(), l.amountFen(), attending, l.orderingDept(),
                    l.traceCodes())).toList();
            return new Claim(v, ls, List.of(s));
        }
    }

    // ---- running a model -------------------------------------------------------------------

    /** A hand-built region with its claims. */
    record Case(List<Claim> claims, Region region) {
    }

    /** Statistics over every claim, then each key's claims in begin-time order, as the executor does. */
    static <S extends Serializable> List<Finding> run(ScreeningModel<S> model, List<Claim> claims, Region region) {
        S stats = statistics(model, claims, region);
        Map<String, List<Claim>> groups = new TreeMap<>();
        for (Claim c : claims) {
            for (String k : model.keys(c, region)) {
                groups.computeIfAbsent(k, x -> new ArrayList<>()).add(c);
            }
        }
        List<Finding> out = new ArrayList<>();
        groups.forEach((k, g) -> {
            g.sort(Comparator.comparing((Claim c) -> c.visit().begin()).thenComparing(c -> c.visit().mdtrtId()));
            out.addAll(model.screen(k, g, stats, region));
        });
        return out;
    }

    /** Statistics folded in two halves and merged, so merge is exercised wherever accumulate is. */
    static <S extends Serializable> S statistics(ScreeningModel<S> model, List<Claim> claims, Region region) {
        S left = model.emptyStatistics();
        S right = model.emptyStatistics();
        for (int i = 0; i < claims.size(); i++) {
            if (i % 2 == 0) {
                left = model.accumulate(left, claims.get(i), region);
            } else {
                right = model.accumulate(right, claims.get(i), region);
            }
        }
        return model.merge(left, right);
    }

    @SuppressWarnings("unchecked")
    static <T extends Serializable> T roundTrip(T value) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(value);
            }
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                return (T) in.readObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
