package org.fundguard.core.dataset;

/** ERROR: the row cannot be used (rejected). WARNING: the row is used, but something looks off. */
public enum Severity {
    ERROR,
    WARNING
}
