package org.fundguard.core;

/**
 * item_rules.csv — pairwise coding rules. BUNDLED: codeB is a component of codeA and must not be
 * charged beside it (分解收费). EXCLUSIVE: not both for the same person within the scope (重复收费).
 */
public record ItemRule(String codeA, String codeB, Relation relation, RuleScope scope) implements java.io.Serializable {
}
