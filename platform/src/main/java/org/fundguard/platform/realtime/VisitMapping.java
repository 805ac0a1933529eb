package org.fundguard.platform.realtime;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.fundguard.core.CertType;
import org.fundguard.core.FeeDetail;
import org.fundguard.core.MedType;
import org.fundguard.core.Money;
import org.fundguard.core.Quantity;
import org.fundguard.core.Settlement;
import org.fundguard.core.Visit;
import org.fundguard.engine.Claim;

/** Turns a posted visit into the engine's claim; a bad field is refused naming it and why. */
final class VisitMapping {
    private VisitMapping() {
    }

    static final class BadVisit extends RuntimeException {
        BadVisit(String message) {
            super(message);
        }
    }

    static Claim claim(VisitRequest r) {
        if (r == null || r.visit() == null) {
            throw new BadVisit("visit: missing");
        }
        VisitRequest.Visit v = r.visit();
        String id = required("visit.mdtrt_id", v.mdtrtId());
        String psn = required("visit.psn_no", v.psnNo());
        String inst = required("visit.fixmedins_code", v.institutionCode());
        MedType medType = MedType.of(required("visit.med_type", v.medType()));
        if (medType == null) {
            throw new BadVisit("visit.med_type: '" + v.medType() + "' is not a medical type of the contract");
        }
        LocalDateTime begin = time("visit.begntime", required("visit.begntime", v.begin()));
        LocalDateTime end = v.end() == null || v.end().isEmpty() ? begin : time("visit.endtime", v.end());
        CertType cert = v.certType() == null || v.certType().isEmpty() ? null : CertType.of(v.certType());
        Visit visit = new Visit(id, psn, inst, medType, begin, end, v.deptCode(), v.attendingCode(), v.mainDiag(),
                list(v.otherDiags()), cert, v.terminalId());
        List<VisitRequest.Line> in = r.lines() == null ? List.of() : r.lines();
        List<FeeDetail> lines = new ArrayList<>(in.size());
        for (int i = 0; i < in.size(); i++) {
            lines.add(line(in.get(i), i, id, psn, inst));
        }
        List<Settlement> settlements = new ArrayList<>(1);
        if (r.settlement() != null) {
            VisitRequest.Settlement s = r.settlement();
            settlements.add(new Settlement(required("settlement.setl_id", s.setlId()), id, psn, inst,
                    time("settlement.setl_time", required("settlement.setl_time", s.time())),
                    fen("settlement.medfee_sumamt", s.medfeeSum()), fenOrZero("settlement.fulamt_ownpay_amt", s.fullOwnpay()),
                    fenOrZero("settlement.hifp_pay", s.hifpPay()), fenOrZero("settlement.acct_pay", s.acctPay()),
                    fenOrZero("settlement.psn_cash_pay", s.cashPay()), fen("settlement.fund_pay_sumamt", s.fundPaySum()),
                    false));
        }
        return new Claim(visit, lines, settlements);
    }

    /** Field names are only spelt out when one is bad: this runs for every line of every posted visit. */
    private static FeeDetail line(VisitRequest.Line l, int i, String id, String psn, String inst) {
        if (isBlank(l.feedetlSn()) || isBlank(l.time()) || isBlank(l.listCode()) || isBlank(l.cnt()) || isBlank(l.price())
                || isBlank(l.amount())) {
            String at = "lines[" + i + "].";
            required(at + "feedetl_sn", l.feedetlSn());
            required(at + "fee_ocur_time", l.time());
            required(at + "med_list_codg", l.listCode());
            required(at + "cnt", l.cnt());
            required(at + "pric", l.price());
            required(at + "det_item_fee_sumamt", l.amount());
        }
        LocalDateTime time;
        long cnt;
        long price;
        long amount;
        time = dateTime(l.time());
        if (time == null) {
            throw new BadVisit("lines[" + i + "].fee_ocur_time: '" + l.time() + "' is not a date-time yyyy-MM-dd HH:mm:ss");
        }
        try {
            cnt = Quantity.parse(l.cnt());
        } catch (NumberFormatException e) {
            throw new BadVisit("lines[" + i + "].cnt: '" + l.cnt() + "': " + e.getMessage());
        }
        try {
            price = Money.parseFen(l.price());
        } catch (NumberFormatException e) {
            throw new BadVisit("lines[" + i + "].pric: '" + l.price() + "': " + e.getMessage());
        }
        try {
            amount = Money.parseFen(l.amount());
        } catch (NumberFormatException e) {
            throw new BadVisit("lines[" + i + "].det_item_fee_sumamt: '" + l.amount() + "': " + e.getMessage());
        }
        return new FeeDetail(l.feedetlSn(), id, psn, inst, time, l.listCode(), l.institutionListCode(), cnt, price,
                amount, l.orderingPractitioner(), l.orderingDept(), list(l.traceCodes()));
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new BadVisit(field + ": missing");
        }
        return value;
    }

    private static LocalDateTime time(String field, String value) {
        LocalDateTime t = dateTime(value);
        if (t == null) {
            throw new BadVisit(field + ": '" + value + "' is not a date-time yyyy-MM-dd HH:mm:ss");
        }
        return t;
    }

    /**
     * yyyy-MM-dd HH:mm:ss by hand, null when it is not one (a day that does not exist included): a
     * pattern formatter costs microseconds per call, and every line of every posted visit has a time.
     */
    static LocalDateTime dateTime(String s) {
        if (s.length() != 19 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != ' ' || s.charAt(13) != ':'
                || s.charAt(16) != ':') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int second = digits(s, 17, 2);
        if ((year | month | day | hour | minute | second) < 0) {
            return null;
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int digits(String s, int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static long fen(String field, String value) {
        try {
            return Money.parseFen(required(field, value));
        } catch (NumberFormatException e) {
            throw new BadVisit(field + ": '" + value + "': " + e.getMessage());
        }
    }

    private static long fenOrZero(String field, String value) {
        return value == null || value.isEmpty() ? 0 : fen(field, value);
    }

    private static List<String> list(String s) {
        return s == null || s.isEmpty() ? List.of() : Arrays.stream(s.split(";")).filter(x -> !x.isEmpty()).toList();
    }
}
