package org.fundguard.platform.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the money of a decision stands on a day, to the fen: what is owed, paid, outstanding, and which
 * instalments are overdue. Payments settle instalments in order of their due dates. Without a plan
 * everything is due in one instalment {@code defaultTermDays} after the decision (《行政处罚法》第六十七条:
 * fines within 15 days of the decision letter).
 */
record Recovery(long dueFen, long paidFen, long outstandingFen, long overdueFen, List<Line> lines) {

    record Instalment(int seq, LocalDate dueOn, long amountFen) {
    }

    record Payment(LocalDate paidOn, long amountFen) {
    }

    /** One instalment on the day: how much of it is paid and whether it is overdue. */
    record Line(int seq, LocalDate dueOn, long amountFen, long paidFen, boolean overdue) {
        public long openFen() {
            return amountFen - paidFen;
        }
    }

    public boolean overdue() {
        return overdueFen > 0;
    }

    static Recovery on(LocalDate day, long dueFen, LocalDate decidedOn, int defaultTermDays, List<Instalment> plan,
            List<Payment> payments) {
        List<Instalment> schedule = plan.isEmpty() && dueFen > 0
                ? List.of(new Instalment(1, decidedOn.plusDays(defaultTermDays), dueFen))
                : plan.stream().sorted(java.util.Comparator.comparing(Instalment::dueOn).thenComparing(Instalment::seq)).toList();
        long paid = 0;
        for (Payment p : payments) {
            if (!p.paidOn().isAfter(day)) {
                paid = Math.addExact(paid, p.amountFen());
            }
        }
        long left = paid;
        long overdue = 0;
        List<Line> lines = new ArrayList<>(schedule.size());
        for (Instalment i : schedule) {
            long covered = Math.min(left, i.amountFen());
            left -= covered;
            boolean late = covered < i.amountFen() && day.isAfter(i.dueOn());
            if (late) {
                overdue += i.amountFen() - covered;
            }
            lines.add(new Line(i.seq(), i.dueOn(), i.amountFen(), covered, late));
        }
        return new Recovery(dueFen, paid, Math.max(0, dueFen - paid), overdue, List.copyOf(lines));
    }

    /** An instalment plan must add up to exactly what is owed, with positive amounts. */
    static void checkPlan(long dueFen, List<Instalment> plan) {
        if (plan.isEmpty()) {
            throw CaseRefusal.invalid("cases.refused.planEmpty");
        }
        long sum = 0;
        for (Instalment i : plan) {
            if (i.amountFen() <= 0) {
                throw CaseRefusal.invalid("cases.refused.planAmount", i.seq());
            }
            sum = Math.addExact(sum, i.amountFen());
        }
        if (sum != dueFen) {
            throw CaseRefusal.invalid("cases.refused.planSum", org.fundguard.core.Money.format(sum),
                    org.fundguard.core.Money.format(dueFen));
        }
    }
}
