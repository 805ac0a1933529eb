package org.fundguard.engine.rules;

import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.fundguard.core.FeeDetail;
import org.fundguard.core.Person;
import org.fundguard.engine.Claim;
import org.fundguard.engine.Finding;

/**
 * Runs a compiled rule library over one person's claims. One instance per thread, reused from person
 * to person: the per-line state lives in flat arrays and open-addressing maps that are cleared, not
 * reallocated, so the cost per fee line is one hash lookup for its code plan plus its bound checks.
 *
 * <p>Before any rule runs, every visit is prepared the same way for all rules:
 * <ul>
 *   <li>a visit whose settlements were all reversed (冲销) cost the fund nothing: none of its lines is a violation;</li>
 *   <li>refund lines (negative cnt) net out their originals (same code, latest earlier line first), so a
 *       refund and re-charge pair counts once;</li>
 *   <li>lines of items the fund never pays (class C, non-drug goods, 不予支付 herbal pieces) are self-paid
 *       when the settlement's fulamt_ownpay_amt covers them — hard negatives for every limit rule — and
 *       NOT_PAYABLE violations when it does not (the fund paid them); see {@link NotPayable}.</li>
 * </ul>
 */
final class PersonAudit {
    static final byte F_REFUND = 1;
    static final byte F_GONE = 2;
    static final byte F_UNPAID_VISIT = 4;
    static final byte F_NON_PAYABLE = 8;
    static final byte F_FUND_PAID_NON_PAYABLE = 16;

    /** Receives findings with the index of the visit they belong to. */
    interface Emitter {
        void emit(int visitIndex, Finding f);
    }

    final RulePlan plan;
    Person person;
    VisitFacts[] visits = new VisitFacts[16];
    int visitCount;
    FeeDetail[] lines = new FeeDetail[256];
    int[] lineVisit = new int[256];
    long[] effCnt = new long[256];
    long[] effAmt = new long[256];
    byte[] flags = new byte[256];
    CodePlan[] plans = new CodePlan[256];
    long[] day = new long[256];
    long[] time = new long[256];
    int[] order = new int[256];
    int lineCount;
    /** Running sums of rule accumulators keyed by (period, slot). */
    final LongLongMap sums = new LongLongMap(256);
    /** Codes present per day / visit, for pair rules. */
    final LongLongMap presence = new LongLongMap(256);
    /**
     * The person's lines of each code plan, in line order: the first and the last line per plan index
     * (+1) and, per line, the next line of the same code (-1 at the end). Evidence of earlier charges
     * and pair partners walk one code's lines instead of the person's whole history.
     */
    private final LongLongMap firstOfCode = new LongLongMap(64);
    private final LongLongMap lastOfCode = new LongLongMap(64);
    int[] nextSameCode = new int[256];
    private int[] deferredLine = new int[32];
    private LineCheck[] deferredCheck = new LineCheck[32];
    private int deferredCount;
    private final Set<String> emitted = new HashSet<>();
    private Emitter out;
    private int onlyVisit = -1;
    private long linesEvaluated;

    PersonAudit(RulePlan plan) {
        this.plan = plan;
        for (int i = 0; i < visits.length; i++) {
            visits[i] = new VisitFacts();
        }
    }

    long linesEvaluated() {
        return linesEvaluated;
    }

    /** Audits every visit of the person; claims in begin order, lines of a claim in time order. */
    void audit(Person person, List<Claim> claims, Emitter out) {
        audit(person, claims, out, -1);
    }

    /** Audits the person but reports only findings about one visit (real time: the visit being settled). */
    void audit(Person person, List<Claim> claims, Emitter out, int onlyVisit) {
        this.person = person;
        this.out = out;
        this.onlyVisit = onlyVisit;
        reset();
        load(claims);
        for (int v = 0; v < visitCount; v++) {
            VisitFacts f = visits[v];
            if (f.reversedOnly) {
                for (int i = f.firstLine; i < f.endLine; i++) {
                    flags[i] |= F_UNPAID_VISIT;
                }
                continue;
            }
            Refunds.net(lines, f.firstLine, f.endLine, effCnt, effAmt, flags);
            NotPayable.allocate(this, f);
        }
        orderLines();
        linePass();
        for (int k = 0; k < deferredCount; k++) {
            LineCheck c = deferredCheck[k];
            int i = deferredLine[k];
            try {
                c.resolve(this, i);
            } catch (RuleException e) {
                throw e;
            } catch (RuntimeException e) {
                throw c.rule.failure("fee_details:" + lines[i].feedetlSn(), e);
            }
        }
        for (VisitCheck c : plan.visitChecks) {
            for (int v = 0; v < visitCount; v++) {
                if (onlyVisit >= 0 && v != onlyVisit) {
                    continue;
                }
                VisitFacts f = visits[v];
                if (!c.rule.inForce(f.beginDay)) {
                    continue;
                }
                try {
                    c.check(this, f);
                } catch (RuleException e) {
                    throw e;
                } catch (RuntimeException e) {
                    throw c.rule.failure("visits:" + f.visit.mdtrtId(), e);
                }
            }
        }
    }

    private void reset() {
        for (int i = 0; i < lineCount; i++) {
            lines[i] = null;
            plans[i] = null;
        }
        lineCount = 0;
        visitCount = 0;
        sums.clear();
        presence.clear();
        firstOfCode.clear();
        lastOfCode.clear();
        for (int k = 0; k < deferredCount; k++) {
            deferredCheck[k] = null;
        }
        deferredCount = 0;
        if (!emitted.isEmpty()) {
            emitted.clear();
        }
    }

    private void load(List<Claim> claims) {
        int n = 0;
        for (Claim c : claims) {
            n += c.lines().size();
        }
        ensureLines(n);
        ensureVisits(claims.size());
        int i = 0;
        for (Claim c : claims) {
            VisitFacts f = visits[visitCount];
            f.reset(visitCount, c, plan.region.institution(c.visit().institutionCode()));
            f.institutionSlot = visitCount;
            for (int k = 0; k < visitCount; k++) {
                if (visits[k].visit.institutionCode().equals(c.visit().institutionCode())) {
                    f.institutionSlot = visits[k].institutionSlot;
                    break;
                }
            }
            f.firstLine = i;
            for (FeeDetail l : c.lines()) {
                lines[i] = l;
                lineVisit[i] = visitCount;
                effCnt[i] = l.cnt();
                effAmt[i] = l.amountFen();
                flags[i] = l.cnt() < 0 ? F_REFUND : 0;
                CodePlan cp = plan.table.get(l.listCode());
                plans[i] = cp;
                nextSameCode[i] = -1;
                if (cp != null) {
                    chain(cp.index, i);
                }
                long t = l.time().toEpochSecond(ZoneOffset.UTC);
                time[i] = t;
                day[i] = Math.floorDiv(t, 86_400L);
                i++;
            }
            f.endLine = i;
            visitCount++;
        }
        lineCount = i;
    }

    private void chain(int codeIndex, int line) {
        long last = lastOfCode.swap(codeIndex, line + 1);
        if (last == 0) {
            firstOfCode.add(codeIndex, line + 1);
        } else {
            nextSameCode[(int) last - 1] = line;
        }
    }

    /** The person's first line of a code plan (by {@link CodePlan#index}), -1 when none; then {@link #nextSameCode}. */
    int firstLineOfCode(int codeIndex) {
        return (int) firstOfCode.get(codeIndex) - 1;
    }

    /** Person-wide charge-time order (then line id), needed when visits overlap (a stay and a clinic visit). */
    private void orderLines() {
        boolean sorted = true;
        for (int i = 0; i < lineCount; i++) {
            order[i] = i;
            if (sorted && i > 0 && compare(i - 1, i) > 0) {
                sorted = false;
            }
        }
        if (!sorted) {
            Integer[] idx = new Integer[lineCount];
            for (int i = 0; i < lineCount; i++) {
                idx[i] = i;
            }
            Arrays.sort(idx, this::compare);
            for (int i = 0; i < lineCount; i++) {
                order[i] = idx[i];
            }
        }
    }

    private int compare(int a, int b) {
        int c = Long.compare(time[a], time[b]);
        return c != 0 ? c : LineOrder.compareIds(lines[a].feedetlSn(), lines[b].feedetlSn());
    }

    private void linePass() {
        for (int k = 0; k < lineCount; k++) {
            int i = order[k];
            if ((flags[i] & (F_REFUND | F_GONE | F_UNPAID_VISIT)) != 0) {
                continue;
            }
            CodePlan cp = plans[i];
            if (cp == null) {
                continue;
            }
            linesEvaluated++;
            if (cp.presenceDay) {
                presence.add(PersonAudit.dayKey(day[i], cp.index), 1);
            }
            if (cp.presenceVisit) {
                presence.add(PersonAudit.visitKey(lineVisit[i], cp.index), 1);
            }
            if ((flags[i] & F_NON_PAYABLE) != 0) {
                continue;
            }
            LineCheck[] checks = cp.checks;
            long d = day[i];
            for (LineCheck c : checks) {
                if (!c.inForce(d)) {
                    continue;
                }
                try {
                    c.check(this, i);
                } catch (RuleException e) {
                    throw e;
                } catch (RuntimeException e) {
                    throw c.rule.failure("fee_details:" + lines[i].feedetlSn(), e);
                }
            }
        }
    }

    static long dayKey(long epochDay, int slot) {
        return (epochDay << 32) | (slot & 0xFFFFFFFFL);
    }

    static long visitKey(int visitIndex, int slot) {
        return (1L << 62) | ((long) visitIndex << 32) | (slot & 0xFFFFFFFFL);
    }

    /**
     * Whether findings about this visit are reported: all of them in the batch audit, only the visit
     * being settled in real time. Checks ask before they build a finding's text and evidence, since
     * the person's history lines are counted (running sums) but never reported.
     */
    boolean reports(VisitFacts v) {
        return onlyVisit < 0 || v.index == onlyVisit;
    }

    boolean reportsLine(int line) {
        return onlyVisit < 0 || lineVisit[line] == onlyVisit;
    }

    /**
     * Asks for {@link LineCheck#resolve} on this line once the whole person has been seen. Resolving
     * only reports, so lines of visits that are not reported are not registered.
     */
    void defer(LineCheck c, int line) {
        if (!reportsLine(line)) {
            return;
        }
        if (deferredCount == deferredLine.length) {
            deferredLine = Arrays.copyOf(deferredLine, deferredCount * 2);
            deferredCheck = Arrays.copyOf(deferredCheck, deferredCount * 2);
        }
        deferredLine[deferredCount] = line;
        deferredCheck[deferredCount++] = c;
    }

    /** Reports a finding once per rule and subject. */
    void emit(VisitFacts v, Finding f) {
        if (!reports(v)) {
            return;
        }
        if (emitted.add(f.source() + '|' + f.subjectType() + '|' + f.subjectId())) {
            out.emit(v.index, f);
        }
    }

    VisitFacts visitOf(int line) {
        return visits[lineVisit[line]];
    }

    /** Whole years of age on the line's day (no allocation: the hot path of age limits). */
    int ageAt(int line) {
        java.time.LocalDate b = person.birthDate();
        java.time.LocalDateTime t = lines[line].time();
        int age = t.getYear() - b.getYear();
        if (t.getMonthValue() < b.getMonthValue()
                || (t.getMonthValue() == b.getMonthValue() && t.getDayOfMonth() < b.getDayOfMonth())) {
            age--;
        }
        return age;
    }

    private void ensureLines(int n) {
        if (n <= lines.length) {
            return;
        }
        int c = Math.max(n, lines.length * 2);
        lines = Arrays.copyOf(lines, c);
        lineVisit = Arrays.copyOf(lineVisit, c);
        effCnt = Arrays.copyOf(effCnt, c);
        effAmt = Arrays.copyOf(effAmt, c);
        flags = Arrays.copyOf(flags, c);
        plans = Arrays.copyOf(plans, c);
        day = Arrays.copyOf(day, c);
        time = Arrays.copyOf(time, c);
        order = Arrays.copyOf(order, c);
        nextSameCode = Arrays.copyOf(nextSameCode, c);
    }

    private void ensureVisits(int n) {
        if (n <= visits.length) {
            return;
        }
        int old = visits.length;
        visits = Arrays.copyOf(visits, Math.max(n, old * 2));
        for (int i = old; i < visits.length; i++) {
            visits[i] = new VisitFacts();
        }
    }
}
