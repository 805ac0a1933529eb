package org.fundguard.reporting.taxonomy;

/** Whom a report is about (被举报对象类别): a stable code and the label the public form shows. */
public record Actor(String code, String label) {
}
