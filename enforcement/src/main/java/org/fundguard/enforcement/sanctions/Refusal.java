package org.fundguard.enforcement.sanctions;

/**
 * Why a decision cannot be recorded. Codes are stable (the platform maps them to form fields):
 * UNKNOWN_ARTICLE, NEGATIVE_LOSS, REASON_MISSING, LEVEL_UNKNOWN, SANCTION_NOT_ALLOWED, DUPLICATE_SANCTION,
 * UNIT_MISMATCH, BELOW_MINIMUM, ABOVE_MAXIMUM, OUTSIDE_LEVEL, MANDATORY_MISSING.
 *
 * @param kind the sanction concerned, null when the refusal is about the whole decision
 */
public record Refusal(String code, SanctionKind kind, String message) {
}
