package org.fundguard.platform.reports;

/** A reward's life: assessed (proposed, or ineligible with its reasons), decided by the director, paid. */
enum RewardStatus {
    PROPOSED, INELIGIBLE, APPROVED, REFUSED, PAID
}
