package org.fundguard.platform.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code fundguard.cases.*}; application.properties says where each default comes from.
 *
 * @param numberPattern             案号 pattern ({@link CaseNumbers})
 * @param statementWorkingDays      the statement period a notice gives (陈述申辩期限), in working days
 * @param holidays                  public holidays that are not working days
 * @param majorFineYuan             a decision whose fines and damages reach this many yuan is major (重大执法决定)
 * @param majorSanctions            sanctions that make a decision major whatever the amount
 * @param discussionMinParticipants the fewest people a collective discussion (集体讨论) may have
 * @param paymentTermDays           days after the decision by which money is due when there is no instalment plan
 * @param province                  the discretion basis (裁量基准) the decisions use
 * @param pdfFont                   a CJK TrueType font for the PDF documents; the usual Debian fonts when unset
 */
@ConfigurationProperties("fundguard.cases")
record CasesProperties(
        @DefaultValue("FG医保稽〔{year}〕{seq:4}号") String numberPattern,
        @DefaultValue("5") int statementWorkingDays,
        @DefaultValue List<LocalDate> holidays,
        @DefaultValue("100000") long majorFineYuan,
        @DefaultValue({"SUSPEND_AGREEMENT", "TERMINATE_AGREEMENT", "SUSPEND_DEPARTMENT", "BAN_PERSON_IN_CHARGE", "REFER_POLICE"})
        List<String> majorSanctions,
        @DefaultValue("3") int discussionMinParticipants,
        @DefaultValue("15") int paymentTermDays,
        @DefaultValue("default") String province,
        java.nio.file.Path pdfFont) {

    Set<LocalDate> holidaySet() {
        return Set.copyOf(holidays);
    }
}
