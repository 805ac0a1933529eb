package org.fundguard.platform.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fundguard.core.Money;
import org.fundguard.platform.security.Role;

/**
 * The case's state machine, as one pure function: a state, an action, the actor's duty and the facts the
 * guards need in; the next state out, or a {@link CaseRefusal} saying why not. Every refusal of the
 * platform's case handling comes from here, so the rules can be read (and are tested) in one place.
 */
final class CaseLifecycle {
    private CaseLifecycle() {
    }

    /**
     * What the guards look at.
     *
     * @param records          investigation records (现场笔录, 询问笔录) of the case
     * @param statementDeadline last day of the statement period of the latest notice (null before a notice)
     * @param statementReceived a statement (陈述申辩) was received for the latest notice
     * @param today            the as-of date (never read from a clock here)
     * @param major            the case was flagged 重大 (decided at the notice, or referred for review)
     * @param legallyApproved  the latest legal review, after the latest notice, approved
     * @param decisionMajor    the decision being recorded is major by the platform's threshold
     * @param outstandingFen   what is still owed under the decision
     */
    record Facts(int records, LocalDate statementDeadline, boolean statementReceived, LocalDate today, boolean major,
            boolean legallyApproved, boolean decisionMajor, long outstandingFen) {

        static Facts on(LocalDate today) {
            return new Facts(0, null, false, today, false, false, false, 0);
        }

        Facts withRecords(int n) {
            return new Facts(n, statementDeadline, statementReceived, today, major, legallyApproved, decisionMajor, outstandingFen);
        }

        Facts withStatement(LocalDate deadline, boolean received) {
            return new Facts(records, deadline, received, today, major, legallyApproved, decisionMajor, outstandingFen);
        }

        Facts withMajor(boolean m) {
            return new Facts(records, statementDeadline, statementReceived, today, m, legallyApproved, decisionMajor, outstandingFen);
        }

        Facts withLegallyApproved(boolean a) {
            return new Facts(records, statementDeadline, statementReceived, today, major, a, decisionMajor, outstandingFen);
        }

        Facts withDecisionMajor(boolean m) {
            return new Facts(records, statementDeadline, statementReceived, today, major, legallyApproved, m, outstandingFen);
        }

        Facts withOutstanding(long fen) {
            return new Facts(records, statementDeadline, statementReceived, today, major, legallyApproved, decisionMajor, fen);
        }
    }

    static CaseState next(CaseState state, CaseAction action, Role role, Facts facts) {
        if (!action.allowedFor(role)) {
            return refuse(new CaseRefusal(CaseRefusal.Kind.FORBIDDEN, "cases.refused.role", action, role));
        }
        if (!action.allowedIn(state)) {
            return refuse(CaseRefusal.conflict("cases.refused.state", state, action));
        }
        return switch (action) {
            case ASSIGN -> CaseState.INVESTIGATING;
            case ADD_TASK, COMPLETE_TASK, ADD_RECORD, SET_INSTALMENTS, RECORD_PAYMENT, PUBLISH -> state;
            case ISSUE_NOTICE -> {
                // 《行政处罚法》第四十条: no penalty without established facts; the notice rests on the records
                if (facts.records() == 0) {
                    yield refuse(CaseRefusal.conflict("cases.refused.noRecords"));
                }
                yield CaseState.NOTIFIED;
            }
            case RECORD_STATEMENT -> {
                if (facts.statementDeadline() != null && facts.today().isAfter(facts.statementDeadline())) {
                    yield refuse(CaseRefusal.conflict("cases.refused.statementLate", facts.statementDeadline()));
                }
                yield state;
            }
            case SUBMIT -> {
                // 《行政处罚法》第四十五条: the party's right to state its case is heard before the decision
                if (!facts.statementReceived() && !facts.today().isAfter(facts.statementDeadline())) {
                    yield refuse(CaseRefusal.conflict("cases.refused.statementPending", facts.statementDeadline()));
                }
                yield facts.major() ? CaseState.LEGAL_REVIEW : CaseState.DECIDING;
            }
            case APPROVE_REVIEW -> CaseState.DISCUSSION;
            case RETURN_REVIEW -> CaseState.INVESTIGATING;
            case REQUEST_REVIEW -> CaseState.LEGAL_REVIEW;
            case RECORD_DISCUSSION -> CaseState.DECIDING;
            case DECIDE -> {
                // 《行政处罚法》第五十八条: a major decision without legal review may not be made
                if ((facts.major() || facts.decisionMajor()) && !facts.legallyApproved()) {
                    yield refuse(CaseRefusal.conflict("cases.refused.majorNeedsReview"));
                }
                yield CaseState.EXECUTING;
            }
            case CLOSE -> {
                if (facts.outstandingFen() > 0) {
                    yield refuse(CaseRefusal.conflict("cases.refused.outstanding", Money.format(facts.outstandingFen())));
                }
                yield CaseState.CLOSED;
            }
            case DROP -> CaseState.CLOSED;
        };
    }

    /** The actions this duty may take in this state: the case page shows their forms and nothing else. */
    static List<CaseAction> available(CaseState state, Role role) {
        List<CaseAction> out = new ArrayList<>();
        for (CaseAction a : CaseAction.values()) {
            if (a.allowedIn(state) && a.allowedFor(role)) {
                out.add(a);
            }
        }
        return out;
    }

    private static CaseState refuse(CaseRefusal r) {
        throw r;
    }
}
