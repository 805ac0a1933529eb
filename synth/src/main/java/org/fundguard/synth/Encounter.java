package org.fundguard.synth;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.fundguard.core.CertType;
import org.fundguard.core.FeeDetail;
import org.fundguard.core.MedType;
import org.fundguard.core.PersonType;
import org.fundguard.core.Quantity;
import org.fundguard.core.Settlement;
import org.fundguard.core.Visit;

/**
 * One visit being put together: its header, its fee lines, then {@link #write()} emits the visit,
 * the lines (with a traceability code per pack for drugs) and a settlement consistent with them
 * (medfee_sumamt = sum of lines; fund, account and cash split by {@link Reimbursement}).
 */
public final class Encounter {
    public final World w;
    public final Patient patient;
    public final Facility facility;
    public final MedType type;
    public LocalDateTime begin;
    public LocalDateTime end;
    public String dept;
    public String attending;
    public String mainDiag;
    public List<String> otherDiags = new ArrayList<>(2);
    public CertType cert = CertType.SOCIAL_SECURITY_CARD;
    public String terminal;
    public final List<Line> lines = new ArrayList<>();
    /** True for ordinary care: institution behaviours apply to these visits only. */
    public boolean ordinary;
    /** Hard negative of DOUBLE_REIMBURSEMENT: first settlement reversed (冲销), then a corrected one. */
    public boolean reverseAndResettle;
    /** Settle at this time instead of at the end of the visit. */
    public LocalDateTime settleAt;
    /** The personal account pays the whole bill, goods included (how e-voucher cash-out is settled). */
    public boolean accountPaysAll;
    /** Set once written. */
    public Written written;

    public static final class Line {
        public final Item item;
        public LocalDateTime time;
        public long cnt;
        public long price;
        public String doctor;
        public List<String> traceCodes;
        /** Whether the units leave the institution's stock (false for lines of goods never delivered). */
        public boolean fromStock = true;
        String id;
        long fund;

        Line(Item item, LocalDateTime time, long cnt, long price, String doctor) {
            this.item = item;
            this.time = time;
            this.cnt = cnt;
            this.price = price;
            this.doctor = doctor;
        }

        public String id() {
            return id;
        }

        /** This line's share of the fund payment (pooled fund plus personal account), fen. */
        public long fund() {
            return fund;
        }

        public long amount() {
            return Quantity.times(cnt, price);
        }
    }

    public record Written(String visitId, String setlId, Settlement settlement, long total, long fundPay) {
    }

    Encounter(World w, Patient patient, Facility facility, MedType type, LocalDateTime begin, LocalDateTime end) {
        this.w = w;
        this.patient = patient;
        this.facility = facility;
        this.type = type;
        this.begin = begin;
        this.end = end;
    }

    /** A line at the institution's usual price for its level, ordered by the attending practitioner. */
    public Line add(Item item, LocalDateTime time, long cnt) {
        return add(item, time, cnt, w.priceAt(facility, item), attending);
    }

    public Line add(Item item, LocalDateTime time, long cnt, long price, String doctor) {
        Line l = new Line(item, time, cnt, price, doctor);
        lines.add(l);
        return l;
    }

    /** A line of whole units (the usual case). */
    public Line units(Item item, LocalDateTime time, int n) {
        return add(item, time, Quantity.of(n));
    }

    public boolean has(Item item) {
        for (Line l : lines) {
            if (l.item == item) {
                return true;
            }
        }
        return false;
    }

    public Written write() {
        if (ordinary) {
            w.sanitizer.clean(this);
        }
        if (ordinary && facility.behaviour != null) {
            facility.behaviour.onVisit(this, w.behaviourDice(facility));
        }
        for (Line l : lines) {
            // every line falls inside its visit: a stay's lines are kept within admission and discharge,
            // an outpatient visit lasts until its last line
            if (type == MedType.INPATIENT) {
                if (l.time.isBefore(begin)) {
                    l.time = begin;
                } else if (l.time.isAfter(end)) {
                    l.time = end;
                }
            } else if (l.time.isAfter(end)) {
                end = l.time;
            } else if (l.time.isBefore(begin)) {
                l.time = begin;
            }
        }
        String visitId = w.ids.visit();
        w.out.visit(new Visit(visitId, patient.psnNo(), facility.code, type, begin, end, dept, attending, mainDiag,
                otherDiags, cert, terminal));
        long total = 0;
        long own = 0;
        for (Line l : lines) {
            long amount = l.amount();
            total += amount;
            if (!l.item.payable()) {
                own += amount;
            }
        }
        long eligible = total - own;
        for (int m = w.ledger.month(begin); patient.creditedMonth < m; patient.creditedMonth++) {
            patient.balance += patient.monthlyCredit;
        }
        boolean employee = patient.person.insuType() == org.fundguard.core.InsuranceType.EMPLOYEE;
        Reimbursement.Split split = Reimbursement.split(type, facility.level, facility.isRemote(), employee,
                patient.person.psnType() == PersonType.RETIRED, mainDiag != null && mainDiag.startsWith("N18"), total,
                eligible, patient.balance);
        if (accountPaysAll) {
            long acct = Math.min(patient.balance, total);
            split = new Reimbursement.Split(0, acct, total - acct);
            eligible = total;
        }
        long fundPay = split.hifp() + split.account();
        for (Line l : lines) {
            l.id = w.ids.line();
            if (l.traceCodes == null && l.item.traced() && l.cnt > 0 && l.cnt % Quantity.ONE == 0) {
                int packs = (int) (l.cnt / Quantity.ONE);
                List<String> codes = new ArrayList<>(packs);
                for (int k = 0; k < packs; k++) {
                    codes.add(w.ledger.nextTraceCode(l.item));
                }
                l.traceCodes = codes;
            }
            long amount = l.amount();
            l.fund = (l.item.payable() || accountPaysAll) && eligible > 0 ? (amount * fundPay + eligible / 2) / eligible : 0;
            w.out.line(new FeeDetail(l.id, visitId, patient.psnNo(), facility.code, l.time, l.item.code(),
                    facility.localCode(l.item, w.catalogue.items().size()), l.cnt, l.price, amount, l.doctor, dept,
                    l.traceCodes));
            if (l.fromStock) {
                w.ledger.bill(facility, l.item, l.time, l.cnt);
            }
        }
        LocalDateTime at = settleAt != null ? settleAt : end.plusMinutes(type == MedType.INPATIENT ? 30 : 2);
        String setlId = w.ids.settlement();
        Settlement s = new Settlement(setlId, visitId, patient.psnNo(), facility.code, at, total, own, split.hifp(),
                split.account(), split.cash(), split.hifp(), reverseAndResettle);
        w.out.settlement(s);
        if (reverseAndResettle) {
            setlId = w.ids.settlement();
            s = new Settlement(setlId, visitId, patient.psnNo(), facility.code, at.plusMinutes(7 + w.tick() % 50),
                    total, own, split.hifp(), split.account(), split.cash(), split.hifp(), false);
            w.out.settlement(s);
        }
        patient.balance -= split.account();
        written = new Written(visitId, setlId, s, total, fundPay);
        if (ordinary && facility.behaviour != null) {
            facility.behaviour.written(this);
        }
        return written;
    }
}
