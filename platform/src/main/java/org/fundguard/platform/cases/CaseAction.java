package org.fundguard.platform.cases;

import java.util.EnumSet;
import java.util.Set;
import org.fundguard.platform.security.Role;

/**
 * What can be done to a case, in which state, in which duty. The duties follow the separation of
 * 《行政处罚法》: investigators investigate and notify (第四十二条: two officers), the legal reviewer reviews
 * (第五十八条: 法制审核 by other staff than the investigators), the director decides and closes.
 * Payments are recorded by the investigator who follows up the execution or by the director; the
 * institution's own staff write their statement through the institution portal.
 */
public enum CaseAction {
    ASSIGN(EnumSet.of(CaseState.FILED), EnumSet.of(Role.DIRECTOR)),
    ADD_TASK(EnumSet.of(CaseState.INVESTIGATING), EnumSet.of(Role.INVESTIGATOR, Role.DIRECTOR)),
    COMPLETE_TASK(EnumSet.of(CaseState.INVESTIGATING), EnumSet.of(Role.INVESTIGATOR, Role.DIRECTOR)),
    ADD_RECORD(EnumSet.of(CaseState.INVESTIGATING), EnumSet.of(Role.INVESTIGATOR)),
    ISSUE_NOTICE(EnumSet.of(CaseState.INVESTIGATING), EnumSet.of(Role.INVESTIGATOR)),
    RECORD_STATEMENT(EnumSet.of(CaseState.NOTIFIED), EnumSet.of(Role.INVESTIGATOR, Role.INSTITUTION)),
    SUBMIT(EnumSet.of(CaseState.NOTIFIED), EnumSet.of(Role.INVESTIGATOR)),
    APPROVE_REVIEW(EnumSet.of(CaseState.LEGAL_REVIEW), EnumSet.of(Role.LEGAL)),
    RETURN_REVIEW(EnumSet.of(CaseState.LEGAL_REVIEW), EnumSet.of(Role.LEGAL)),
    /** A decision that turned out major in DECIDING goes to legal review first. */
    REQUEST_REVIEW(EnumSet.of(CaseState.DECIDING), EnumSet.of(Role.DIRECTOR)),
    RECORD_DISCUSSION(EnumSet.of(CaseState.DISCUSSION), EnumSet.of(Role.DIRECTOR)),
    DECIDE(EnumSet.of(CaseState.DECIDING), EnumSet.of(Role.DIRECTOR)),
    SET_INSTALMENTS(EnumSet.of(CaseState.EXECUTING), EnumSet.of(Role.DIRECTOR)),
    RECORD_PAYMENT(EnumSet.of(CaseState.EXECUTING), EnumSet.of(Role.INVESTIGATOR, Role.DIRECTOR)),
    CLOSE(EnumSet.of(CaseState.EXECUTING), EnumSet.of(Role.DIRECTOR)),
    /** 撤销立案: the facts do not hold up; only before a notice has gone out. */
    DROP(EnumSet.of(CaseState.FILED, CaseState.INVESTIGATING), EnumSet.of(Role.DIRECTOR)),
    PUBLISH(EnumSet.of(CaseState.CLOSED), EnumSet.of(Role.DIRECTOR));

    private final Set<CaseState> from;
    private final Set<Role> roles;

    CaseAction(Set<CaseState> from, Set<Role> roles) {
        this.from = from;
        this.roles = roles;
    }

    public boolean allowedIn(CaseState state) {
        return from.contains(state);
    }

    public boolean allowedFor(Role role) {
        return roles.contains(role);
    }

    Set<Role> roles() {
        return roles;
    }
}
