package org.fundguard.core.dataset;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.fundguard.core.CatalogItem;
import org.fundguard.core.Coded;
import org.fundguard.core.FeeDetail;
import org.fundguard.core.Institution;
import org.fundguard.core.InventoryCount;
import org.fundguard.core.ItemRule;
import org.fundguard.core.Label;
import org.fundguard.core.Lead;
import org.fundguard.core.Money;
import org.fundguard.core.Person;
import org.fundguard.core.Practitioner;
import org.fundguard.core.Purchase;
import org.fundguard.core.SanctionStatus;
import org.fundguard.core.Quantity;
import org.fundguard.core.Settlement;
import org.fundguard.core.Visit;

/** Renders records as contract rows (the column order of {@link Table}); empty string = null. */
public final class Rows {
    private Rows() {
    }

    public static String[] of(Institution r) {
        return new String[] {r.code(), r.name(), code(r.type()), code(r.level()), r.admdvs(), code(r.ownership()),
                Integer.toString(r.beds()), Integer.toString(r.dialysisMachines()), flag(r.eldercareLinked()),
                code(r.agreementStatus())};
    }

    public static String[] of(Practitioner r) {
        return new String[] {r.code(), r.name(), code(r.type()), r.institutionCode(), date(r.certBegin()),
                date(r.certEnd())};
    }

    public static String[] of(Person r) {
        return new String[] {r.psnNo(), r.certno(), r.name(), code(r.gender()), date(r.birthDate()),
                code(r.insuType()), code(r.psnType()), r.insuplcAdmdvs(), r.addrCode(), str(r.phone()),
                date(r.deathDate())};
    }

    public static String[] of(CatalogItem r) {
        return new String[] {r.code(), r.name(), code(r.listType()), code(r.chargeCategory()), code(r.chargeLevel()),
                money(r.priceCapFen()), money(r.priceCapLv2Fen()), money(r.priceCapLv1Fen()), code(r.limitGender()),
                num(r.ageMin()), num(r.ageMax()), code(r.limitHospitalLevel()), code(r.limitMedType()),
                String.join(";", r.limitDiagPrefixes()), qty(r.maxUnitsDay()), num(r.maxDaysSupply()),
                qty(r.unitsPerDayDose()), flag(r.keyMonitored()), flag(r.resaleRisk()), flag(r.nonDrug())};
    }

    public static String[] of(ItemRule r) {
        return new String[] {r.codeA(), r.codeB(), code(r.relation()), code(r.scope())};
    }

    public static String[] of(Visit r) {
        return new String[] {r.mdtrtId(), r.psnNo(), r.institutionCode(), code(r.medType()), dateTime(r.begin()),
                dateTime(r.end()), str(r.deptCode()), str(r.attendingCode()), str(r.mainDiag()),
                String.join(";", r.otherDiags()), code(r.certType()), str(r.terminalId())};
    }

    public static String[] of(FeeDetail r) {
        return new String[] {r.feedetlSn(), r.mdtrtId(), r.psnNo(), r.institutionCode(), dateTime(r.time()),
                r.listCode(), str(r.institutionListCode()), Quantity.format(r.cnt()), Money.format(r.priceFen()),
                Money.format(r.amountFen()), str(r.orderingPractitioner()), str(r.orderingDept()),
                String.join(";", r.traceCodes())};
    }

    public static String[] of(Settlement r) {
        return new String[] {r.setlId(), r.mdtrtId(), r.psnNo(), r.institutionCode(), dateTime(r.time()),
                Money.format(r.medfeeSumFen()), Money.format(r.fullOwnpayFen()), Money.format(r.hifpPayFen()),
                Money.format(r.acctPayFen()), Money.format(r.cashPayFen()), Money.format(r.fundPaySumFen()),
                flag(r.reversed())};
    }

    public static String[] of(Purchase r) {
        return new String[] {r.purcId(), r.institutionCode(), r.listCode(), dateTime(r.time()),
                Quantity.format(r.cnt()), Money.format(r.priceFen()), str(r.supplier()), str(r.lot())};
    }

    public static String[] of(InventoryCount r) {
        return new String[] {r.institutionCode(), r.listCode(), date(r.date()), Quantity.format(r.cnt())};
    }

    public static String[] of(SanctionStatus r) {
        return new String[] {code(r.subjectType()), r.subjectCode(), str(r.deptCode()), code(r.status()), date(r.from()),
                date(r.to()), r.basis()};
    }

    public static String[] of(Label r) {
        return new String[] {r.scenario().name(), r.subjectType().name(), r.subjectId(), Money.format(r.fundLossFen())};
    }

    public static String[] of(Lead r) {
        return new String[] {r.leadId(), r.category().name(), r.source(), r.subjectType().name(), r.subjectId(),
                str(r.institutionCode()), str(r.psnNo()), String.format(java.util.Locale.ROOT, "%.4f", r.score()),
                Money.format(r.amountFen()), String.join(";", r.evidence()), str(r.explanation())};
    }

    private static String code(Coded c) {
        return c == null ? "" : c.code();
    }

    private static String flag(boolean b) {
        return b ? "1" : "0";
    }

    private static String str(String s) {
        return s == null ? "" : s;
    }

    private static String num(Integer i) {
        return i == null ? "" : i.toString();
    }

    private static String money(Long fen) {
        return fen == null ? "" : Money.format(fen);
    }

    private static String qty(Long q) {
        return q == null ? "" : Quantity.format(q);
    }

    /** yyyy-MM-dd. */
    public static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    /** yyyy-MM-dd HH:mm:ss, seconds always written. */
    public static String dateTime(LocalDateTime t) {
        if (t == null) {
            return "";
        }
        char[] c = new char[19];
        int y = t.getYear();
        c[0] = (char) ('0' + y / 1000);
        c[1] = (char) ('0' + y / 100 % 10);
        c[2] = (char) ('0' + y / 10 % 10);
        c[3] = (char) ('0' + y % 10);
        c[4] = '-';
        two(c, 5, t.getMonthValue());
        c[7] = '-';
        two(c, 8, t.getDayOfMonth());
        c[10] = ' ';
        two(c, 11, t.getHour());
        c[13] = ':';
        two(c, 14, t.getMinute());
        c[16] = ':';
        two(c, 17, t.getSecond());
        return new String(c);
    }

    private static void two(char[] c, int at, int v) {
        c[at] = (char) ('0' + v / 10);
        c[at + 1] = (char) ('0' + v % 10);
    }

    static List<String> header(Table t) {
        return t.columns();
    }
}
