package org.fundguard.platform.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fundguard.platform.cases.CaseState.CLOSED;
import static org.fundguard.platform.cases.CaseState.DECIDING;
import static org.fundguard.platform.cases.CaseState.DISCUSSION;
import static org.fundguard.platform.cases.CaseState.EXECUTING;
import static org.fundguard.platform.cases.CaseState.FILED;
import static org.fundguard.platform.cases.CaseState.INVESTIGATING;
import static org.fundguard.platform.cases.CaseState.LEGAL_REVIEW;
import static org.fundguard.platform.cases.CaseState.NOTIFIED;
import static org.fundguard.platform.security.Role.DIRECTOR;
import static org.fundguard.platform.security.Role.INSTITUTION;
import static org.fundguard.platform.security.Role.INVESTIGATOR;
import static org.fundguard.platform.security.Role.LEGAL;

import java.time.LocalDate;
import org.fundguard.platform.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CaseLifecycleTest {
    private static final LocalDate NOTICE_DEADLINE = LocalDate.of(2026, 3, 13);
    private static final LocalDate BEFORE_DEADLINE = NOTICE_DEADLINE.minusDays(1);
    private static final LocalDate AFTER_DEADLINE = NOTICE_DEADLINE.plusDays(1);

    private static CaseLifecycle.Facts facts() {
        return CaseLifecycle.Facts.on(BEFORE_DEADLINE).withStatement(NOTICE_DEADLINE, false);
    }

    @Test
    void walksAMajorCaseThroughReviewAndDiscussionToClosure() {
        CaseState s = FILED;
        s = CaseLifecycle.next(s, CaseAction.ASSIGN, DIRECTOR, facts());
        assertThat(s).isEqualTo(INVESTIGATING);
        s = CaseLifecycle.next(s, CaseAction.ADD_RECORD, INVESTIGATOR, facts());
        s = CaseLifecycle.next(s, CaseAction.ISSUE_NOTICE, INVESTIGATOR, facts().withRecords(1));
        assertThat(s).isEqualTo(NOTIFIED);
        s = CaseLifecycle.next(s, CaseAction.RECORD_STATEMENT, INSTITUTION, facts());
        s = CaseLifecycle.next(s, CaseAction.SUBMIT, INVESTIGATOR, facts().withStatement(NOTICE_DEADLINE, true).withMajor(true));
        assertThat(s).isEqualTo(LEGAL_REVIEW);
        s = CaseLifecycle.next(s, CaseAction.APPROVE_REVIEW, LEGAL, facts());
        assertThat(s).isEqualTo(DISCUSSION);
        s = CaseLifecycle.next(s, CaseAction.RECORD_DISCUSSION, DIRECTOR, facts());
        assertThat(s).isEqualTo(DECIDING);
        s = CaseLifecycle.next(s, CaseAction.DECIDE, DIRECTOR, facts().withMajor(true).withLegallyApproved(true));
        assertThat(s).isEqualTo(EXECUTING);
        s = CaseLifecycle.next(s, CaseAction.RECORD_PAYMENT, INVESTIGATOR, facts());
        s = CaseLifecycle.next(s, CaseAction.CLOSE, DIRECTOR, facts().withOutstanding(0));
        assertThat(s).isEqualTo(CLOSED);
        assertThat(CaseLifecycle.next(s, CaseAction.PUBLISH, DIRECTOR, facts())).isEqualTo(CLOSED);
    }

    @Test
    void sendsAMinorCaseStraightToTheDecisionAfterTheStatement() {
        assertThat(CaseLifecycle.next(NOTIFIED, CaseAction.SUBMIT, INVESTIGATOR, facts().withStatement(NOTICE_DEADLINE, true)))
                .isEqualTo(DECIDING);
    }

    @Test
    void refusesToNotifyWithoutAnyInvestigationRecord() {
        assertRefused(() -> CaseLifecycle.next(INVESTIGATING, CaseAction.ISSUE_NOTICE, INVESTIGATOR, facts().withRecords(0)),
                CaseRefusal.Kind.CONFLICT, "cases.refused.noRecords");
    }

    @Test
    void refusesToSubmitWhileTheStatementPeriodRunsWithoutAStatement() {
        assertRefused(() -> CaseLifecycle.next(NOTIFIED, CaseAction.SUBMIT, INVESTIGATOR, facts()),
                CaseRefusal.Kind.CONFLICT, "cases.refused.statementPending");
        // on the deadline itself the period still runs
        assertRefused(() -> CaseLifecycle.next(NOTIFIED, CaseAction.SUBMIT, INVESTIGATOR,
                CaseLifecycle.Facts.on(NOTICE_DEADLINE).withStatement(NOTICE_DEADLINE, false)),
                CaseRefusal.Kind.CONFLICT, "cases.refused.statementPending");
    }

    @Test
    void submitsWithoutAStatementOnceThePeriodHasPassed() {
        assertThat(CaseLifecycle.next(NOTIFIED, CaseAction.SUBMIT, INVESTIGATOR,
                CaseLifecycle.Facts.on(AFTER_DEADLINE).withStatement(NOTICE_DEADLINE, false))).isEqualTo(DECIDING);
    }

    @Test
    void refusesAStatementAfterTheDeadline() {
        assertRefused(() -> CaseLifecycle.next(NOTIFIED, CaseAction.RECORD_STATEMENT, INSTITUTION,
                CaseLifecycle.Facts.on(AFTER_DEADLINE).withStatement(NOTICE_DEADLINE, false)),
                CaseRefusal.Kind.CONFLICT, "cases.refused.statementLate");
    }

    @Test
    void refusesAMajorDecisionWithoutLegalApproval() {
        assertRefused(() -> CaseLifecycle.next(DECIDING, CaseAction.DECIDE, DIRECTOR, facts().withDecisionMajor(true)),
                CaseRefusal.Kind.CONFLICT, "cases.refused.majorNeedsReview");
        assertRefused(() -> CaseLifecycle.next(DECIDING, CaseAction.DECIDE, DIRECTOR, facts().withMajor(true)),
                CaseRefusal.Kind.CONFLICT, "cases.refused.majorNeedsReview");
        assertThat(CaseLifecycle.next(DECIDING, CaseAction.DECIDE, DIRECTOR, facts())).isEqualTo(EXECUTING);
    }

    @Test
    void sendsAReturnedCaseBackToInvestigation() {
        assertThat(CaseLifecycle.next(LEGAL_REVIEW, CaseAction.RETURN_REVIEW, LEGAL, facts())).isEqualTo(INVESTIGATING);
        assertThat(CaseLifecycle.next(DECIDING, CaseAction.REQUEST_REVIEW, DIRECTOR, facts())).isEqualTo(LEGAL_REVIEW);
    }

    @Test
    void refusesToCloseWhileMoneyIsOutstanding() {
        assertRefused(() -> CaseLifecycle.next(EXECUTING, CaseAction.CLOSE, DIRECTOR, facts().withOutstanding(1)),
                CaseRefusal.Kind.CONFLICT, "cases.refused.outstanding");
    }

    @Test
    void refusesStepsOutOfOrder() {
        assertRefused(() -> CaseLifecycle.next(FILED, CaseAction.DECIDE, DIRECTOR, facts()), CaseRefusal.Kind.CONFLICT,
                "cases.refused.state");
        assertRefused(() -> CaseLifecycle.next(INVESTIGATING, CaseAction.APPROVE_REVIEW, LEGAL, facts()),
                CaseRefusal.Kind.CONFLICT, "cases.refused.state");
        assertRefused(() -> CaseLifecycle.next(EXECUTING, CaseAction.PUBLISH, DIRECTOR, facts()), CaseRefusal.Kind.CONFLICT,
                "cases.refused.state");
        assertRefused(() -> CaseLifecycle.next(NOTIFIED, CaseAction.DROP, DIRECTOR, facts()), CaseRefusal.Kind.CONFLICT,
                "cases.refused.state");
        assertRefused(() -> CaseLifecycle.next(CLOSED, CaseAction.RECORD_PAYMENT, INVESTIGATOR, facts()),
                CaseRefusal.Kind.CONFLICT, "cases.refused.state");
    }

    @Test
    void refusesADutyThatIsNotTheActors() {
        assertRefused(() -> CaseLifecycle.next(LEGAL_REVIEW, CaseAction.APPROVE_REVIEW, INVESTIGATOR, facts()),
                CaseRefusal.Kind.FORBIDDEN, "cases.refused.role");
        assertRefused(() -> CaseLifecycle.next(DECIDING, CaseAction.DECIDE, LEGAL, facts()), CaseRefusal.Kind.FORBIDDEN,
                "cases.refused.role");
        assertRefused(() -> CaseLifecycle.next(INVESTIGATING, CaseAction.ADD_RECORD, DIRECTOR, facts()),
                CaseRefusal.Kind.FORBIDDEN, "cases.refused.role");
        assertRefused(() -> CaseLifecycle.next(FILED, CaseAction.ASSIGN, INVESTIGATOR, facts()), CaseRefusal.Kind.FORBIDDEN,
                "cases.refused.role");
    }

    @ParameterizedTest
    @EnumSource(CaseState.class)
    void offersOnlyActionsTheStateMachineAccepts(CaseState state) {
        for (Role role : Role.values()) {
            for (CaseAction a : CaseLifecycle.available(state, role)) {
                assertThat(a.allowedIn(state) && a.allowedFor(role)).isTrue();
            }
        }
        assertThat(CaseLifecycle.available(state, Role.ADMIN)).isEmpty();
    }

    @Test
    void offersTheLegalReviewOnlyToTheLegalReviewer() {
        assertThat(CaseLifecycle.available(LEGAL_REVIEW, LEGAL)).containsExactly(CaseAction.APPROVE_REVIEW, CaseAction.RETURN_REVIEW);
        assertThat(CaseLifecycle.available(LEGAL_REVIEW, DIRECTOR)).isEmpty();
        assertThat(CaseLifecycle.available(LEGAL_REVIEW, INVESTIGATOR)).isEmpty();
    }

    private static void assertRefused(Runnable step, CaseRefusal.Kind kind, String code) {
        assertThatThrownBy(step::run).isInstanceOfSatisfying(CaseRefusal.class, r -> {
            assertThat(r.kind()).isEqualTo(kind);
            assertThat(r.code()).isEqualTo(code);
        });
    }
}
