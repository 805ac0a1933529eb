package org.fundguard.core.dataset;

/**
 * STRICT (the default): any error makes the whole data set invalid. LENIENT: rows with errors are
 * quarantined with their reasons and the rest is loaded (data-contract.md, "Bad input").
 */
public enum ValidationMode {
    STRICT,
    LENIENT
}
