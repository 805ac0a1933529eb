package org.fundguard.engine.rules;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.fundguard.core.FeeDetail;
import org.fundguard.core.MedType;
import org.fundguard.core.Quantity;

/**
 * Quantity limits counted over a period: units per day (MAX_UNITS_PER_DAY), days of supply per
 * dispensing (DAYS_SUPPLY), units per day / visit / month / year / N days (PERIOD_FREQUENCY). Lines are
 * counted in charge-time order (then line id), net of refunds; the line that crosses the limit and every
 * later one carry the excess, and the amount is the excess share of the line: amount × excess / count.
 */
final class QuantityChecks {
    private QuantityChecks() {
    }

    private static List<String> earlierSameCode(PersonAudit a, int i, long fromDay, long toDay, int visit) {
        return earlierSameCode(a, i, fromDay, toDay, visit, -1);
    }

    private static List<String> earlierSameCode(PersonAudit a, int i, long fromDay, long toDay, int visit, int institution) {
        List<String> ev = new ArrayList<>(2);
        // the lines of this code only, in line order (a check runs only on lines with a code plan)
        for (int j = a.firstLineOfCode(a.plans[i].index); j >= 0 && ev.size() < 5; j = a.nextSameCode[j]) {
            if (j == i || (a.flags[j] & (PersonAudit.F_REFUND | PersonAudit.F_GONE | PersonAudit.F_UNPAID_VISIT)) != 0
                    || a.day[j] < fromDay || a.day[j] > toDay || (visit >= 0 && a.lineVisit[j] != visit)
                    || (institution >= 0 && a.visits[a.lineVisit[j]].institutionSlot != institution)) {
                continue;
            }
            if (a.time[j] < a.time[i] || (a.time[j] == a.time[i]
                    && LineOrder.compareIds(a.lines[j].feedetlSn(), a.lines[i].feedetlSn()) < 0)) {
                ev.add("fee_details:" + a.lines[j].feedetlSn());
            }
        }
        return ev;
    }

    private static void report(LineCheck c, PersonAudit a, int i, long sum, long limit, String what,
            List<String> evidence, String... observed) {
        long cnt = a.effCnt[i];
        long excess = Math.min(cnt, sum - limit);
        long amount = Amounts.unitsShare(a.effAmt[i], excess, cnt);
        FeeDetail l = a.lines[i];
        VisitFacts v = a.visitOf(i);
        String text = "费用明细" + l.feedetlSn() + "：项目" + a.plans[i].label() + what + "，超出" + Amounts.qty(excess)
                + "，违规金额" + Amounts.yuan(amount);
        String[] obs = java.util.Arrays.copyOf(observed, observed.length + 6);
        obs[observed.length] = "limit";
        obs[observed.length + 1] = Amounts.qty(limit);
        obs[observed.length + 2] = "total";
        obs[observed.length + 3] = Amounts.qty(sum);
        obs[observed.length + 4] = "excess";
        obs[observed.length + 5] = Amounts.qty(excess);
        a.emit(v, Findings.line(c.rule, l, v, amount, text, evidence, obs));
    }

    /** Which lines beyond a daily limit an instance reports. */
    enum Flag {
        /** Lines charged once the limit was already reached: the same item charged again (重复收费). */
        REPEATS,
        /** The line that by itself takes the day past the limit: too many units at once (超量). */
        CROSSING,
        ALL
    }

    /**
     * Units of one code per person, day and institution (max_units_day): a second institution the same
     * day is another provider, not a repeated charge. Which lines it reports is {@link Flag}; the
     * amount is the excess share of the line.
     */
    static final class UnitsPerDay extends LineCheck {
        private final long limit;
        private final int slot;
        private final Flag flag;

        UnitsPerDay(CompiledRule rule, long limit, int slot, Flag flag) {
            super(rule);
            this.limit = limit;
            this.slot = slot;
            this.flag = flag;
        }

        @Override
        void check(PersonAudit a, int i) {
            long sum = a.sums.add(PersonAudit.dayKey(a.day[i], slot) ^ ((long) (a.visitOf(i).institutionSlot & 0x3FF) << 52),
                    a.effCnt[i]);
            if (sum <= limit) {
                return;
            }
            boolean repeat = sum - a.effCnt[i] >= limit;
            if (flag == Flag.REPEATS && !repeat || flag == Flag.CROSSING && repeat || !a.reportsLine(i)) {
                return;
            }
            report(this, a, i, sum, limit, "每日限" + Amounts.qty(limit) + "，当日在本机构累计" + Amounts.qty(sum),
                    earlierSameCode(a, i, a.day[i], a.day[i], -1, a.visitOf(i).institutionSlot));
        }
    }

    /**
     * Days of supply of one outpatient or pharmacy dispensing: units / units_per_day_dose against
     * max_days_supply (chronic-disease visits, med_type 14, may have their own longer limit).
     */
    static final class DaysSupply extends LineCheck {
        private final int maxDays;
        private final Integer chronicMaxDays;
        private final long unitsPerDay;
        private final int slot;

        DaysSupply(CompiledRule rule, int maxDays, Integer chronicMaxDays, long unitsPerDay, int slot) {
            super(rule);
            this.maxDays = maxDays;
            this.chronicMaxDays = chronicMaxDays;
            this.unitsPerDay = unitsPerDay;
            this.slot = slot;
        }

        @Override
        void check(PersonAudit a, int i) {
            VisitFacts v = a.visitOf(i);
            if (v.visit.isInpatient() || unitsPerDay <= 0) {
                return;
            }
            int days = chronicMaxDays != null && v.visit.medType() == MedType.CHRONIC_OUTPATIENT ? chronicMaxDays : maxDays;
            long limit = Math.multiplyExact(unitsPerDay, (long) days);
            long sum = a.sums.add(PersonAudit.visitKey(v.index, slot), a.effCnt[i]);
            if (sum <= limit || !a.reports(v)) {
                return;
            }
            long supplied = Amounts.scale(sum, Quantity.ONE, unitsPerDay);
            report(this, a, i, sum, limit, "本次开药" + Amounts.qty(sum) + "，按每日" + Amounts.qty(unitsPerDay) + "计可用"
                    + Amounts.qty(supplied) + "天，超过最长" + days + "天(" + Amounts.qty(limit) + ")",
                    earlierSameCode(a, i, Long.MIN_VALUE, Long.MAX_VALUE, v.index), "max_days", Integer.toString(days),
                    "units_per_day_dose", Amounts.qty(unitsPerDay));
        }
    }

    /**
     * 限支付疗程 counted as days of use (course_basis=USE_DAYS): the distinct days within one visit on
     * which the instance's codes were charged may not exceed max_days; every line on a later day is
     * outside the paid course (the whole line).
     */
    static final class UseDays extends LineCheck {
        private final int maxDays;
        private final int slot;

        UseDays(CompiledRule rule, int maxDays, int slot) {
            super(rule);
            this.maxDays = maxDays;
            this.slot = slot;
        }

        @Override
        void check(PersonAudit a, int i) {
            int visit = a.lineVisit[i];
            long seen = (3L << 62) | ((long) visit << 40) | ((a.day[i] & 0xFFFFFL) << 20) | (slot & 0xFFFFFL);
            long ordinal = a.sums.get(seen);
            if (ordinal == 0) {
                ordinal = a.sums.add(PersonAudit.visitKey(visit, slot), 1);
                a.sums.add(seen, ordinal);
            }
            if (ordinal <= maxDays || !a.reportsLine(i)) {
                return;
            }
            FeeDetail l = a.lines[i];
            VisitFacts v = a.visitOf(i);
            long amount = a.effAmt[i];
            String text = "费用明细" + l.feedetlSn() + "：项目" + a.plans[i].label() + "限支付" + maxDays + "天，本次就诊第" + ordinal
                    + "天使用(" + l.time().toLocalDate() + ")，超出支付疗程，违规金额" + Amounts.yuan(amount);
            a.emit(v, Findings.line(rule, l, v, amount, text, List.of(), "max_days", Integer.toString(maxDays),
                    "day_of_use", Long.toString(ordinal)));
        }
    }

    enum Period { DAY, VISIT, NATURAL_MONTH, YEAR, N_DAYS }

    /** 限定频次 / 周期超频次: units of a code per period. */
    static final class PeriodFrequency extends LineCheck {
        private final long max;
        private final Period period;
        private final int days;
        private final String unit;
        private final int slot;
        private final java.util.Set<String> codes;

        PeriodFrequency(CompiledRule rule, long max, Period period, int days, String unit, int slot,
                java.util.Set<String> codes) {
            super(rule);
            this.codes = codes;
            this.max = max;
            this.period = period;
            this.days = days;
            this.unit = unit == null ? "" : unit;
            this.slot = slot;
        }

        @Override
        void check(PersonAudit a, int i) {
            long cnt = a.effCnt[i];
            LocalDateTime t = a.lines[i].time();
            long sum;
            long from;
            long to = a.day[i];
            String per;
            switch (period) {
                case DAY -> {
                    sum = a.sums.add(PersonAudit.dayKey(a.day[i], slot), cnt);
                    from = a.day[i];
                    per = "每日";
                }
                case VISIT -> {
                    sum = a.sums.add(PersonAudit.visitKey(a.lineVisit[i], slot), cnt);
                    from = Long.MIN_VALUE;
                    to = Long.MAX_VALUE;
                    per = "每次就诊";
                }
                case NATURAL_MONTH -> {
                    sum = a.sums.add(PersonAudit.dayKey(t.getYear() * 12L + t.getMonthValue(), slot), cnt);
                    from = t.toLocalDate().withDayOfMonth(1).toEpochDay();
                    per = "每自然月";
                }
                case YEAR -> {
                    sum = a.sums.add(PersonAudit.dayKey(t.getYear(), slot), cnt);
                    from = t.toLocalDate().withDayOfYear(1).toEpochDay();
                    per = "每年";
                }
                default -> {
                    from = a.day[i] - days + 1;
                    sum = cnt + earlierInWindow(a, i, from);
                    per = "每" + days + "天";
                }
            }
            if (sum <= max || !a.reportsLine(i)) {
                return;
            }
            report(this, a, i, sum, max, per + "限" + Amounts.qty(max) + unit + "，累计" + Amounts.qty(sum) + unit,
                    earlierSameCode(a, i, from, to, period == Period.VISIT ? a.lineVisit[i] : -1),
                    "period", period.name(), "days", period == Period.N_DAYS ? Integer.toString(days) : null);
        }

        /** Units of the instance's codes charged earlier within [from, today]: few lines, so a scan is cheapest. */
        private long earlierInWindow(PersonAudit a, int i, long from) {
            long s = 0;
            for (int j = 0; j < a.lineCount; j++) {
                if (j == i || (a.flags[j] & (PersonAudit.F_REFUND | PersonAudit.F_GONE | PersonAudit.F_UNPAID_VISIT
                        | PersonAudit.F_NON_PAYABLE)) != 0 || a.day[j] < from || a.day[j] > a.day[i]
                        || !codes.contains(a.lines[j].listCode())) {
                    continue;
                }
                if (a.time[j] < a.time[i] || (a.time[j] == a.time[i]
                        && LineOrder.compareIds(a.lines[j].feedetlSn(), a.lines[i].feedetlSn()) < 0)) {
                    s += a.effCnt[j];
                }
            }
            return s;
        }
    }
}
