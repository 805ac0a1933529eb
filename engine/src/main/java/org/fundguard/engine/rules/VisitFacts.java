package org.fundguard.engine.rules;

import org.fundguard.core.Institution;
import org.fundguard.core.Settlement;
import org.fundguard.core.Visit;
import org.fundguard.engine.Claim;

/**
 * What the rules need to know about one visit of the person being audited, computed once: its
 * institution, whether the fund paid for it (an unreversed settlement, or none yet in real time), the
 * fund's share of its expenses, and where its lines sit in the person's line arrays. Reused across
 * persons (no allocation per visit).
 */
final class VisitFacts {
    int index;
    Claim claim;
    Visit visit;
    Institution institution;
    /** Only reversed settlements: the fund paid nothing, so no line of it is a violation. */
    boolean reversedOnly;
    boolean hasSettlement;
    long fundPay;
    long medfee;
    long ownpay;
    /** The visit's first unreversed settlement (evidence, the fund ratio), null when none. */
    Settlement settlement;
    /** The institution's number among the person's institutions (per-institution accumulators). */
    int institutionSlot;
    int firstLine;
    int endLine;
    long beginDay;

    void reset(int index, Claim claim, Institution institution) {
        this.index = index;
        this.claim = claim;
        this.visit = claim.visit();
        this.institution = institution;
        this.beginDay = visit.begin().toLocalDate().toEpochDay();
        fundPay = 0;
        medfee = 0;
        ownpay = 0;
        settlement = null;
        hasSettlement = !claim.settlements().isEmpty();
        boolean anyUnreversed = false;
        for (Settlement s : claim.settlements()) {
            if (s.reversed()) {
                continue;
            }
            anyUnreversed = true;
            fundPay += s.fundPaySumFen();
            medfee += s.medfeeSumFen();
            if (settlement == null || s.time().isBefore(settlement.time())) {
                settlement = s;
            }
        }
        ownpay = settlement == null ? 0 : settlement.fullOwnpayFen();
        reversedOnly = hasSettlement && !anyUnreversed;
    }

    /**
     * The fund's part of an amount of this visit: amount × fund_pay_sumamt / medfee_sumamt of its
     * first unreversed settlement, exactly to the fen; 0 before settlement.
     */
    long fundShare(long amountFen) {
        if (settlement == null) {
            return 0;
        }
        return Amounts.scale(amountFen, settlement.fundPaySumFen(), settlement.medfeeSumFen());
    }

    String evidenceVisit() {
        return "visits:" + visit.mdtrtId();
    }
}
