package org.fundguard.governance.credit;

/** Whose credit: a designated institution (定点医药机构) or a practitioner (相关人员, 医保支付资格). */
public enum SubjectKind {
    INSTITUTION, PRACTITIONER
}
