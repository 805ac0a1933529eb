package org.fundguard.platform.governance.disclosure;

import org.fundguard.core.Category;
import org.fundguard.core.Masking;
import org.fundguard.platform.auditlog.AuditLog;
import org.fundguard.platform.governance.GovernanceException;
import org.fundguard.platform.governance.PersonalData;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes typical cases on the 曝光台. Personal data is masked before it is stored, so no page, export
 * or backup of this table holds it in clear: the person's name and ID number are taken in their own
 * fields and masked; ID and phone numbers typed into the text are masked too. Institution names stay:
 * the agency names sanctioned institutions publicly (《医疗保障基金使用监督管理条例》第三十三条 曝光).
 *
 * <p>Cases published at the end of case handling (issue 6, {@code case_publications}) appear on the board
 * beside these; this form is for what did not go through a case here (a verified clue, an older matter).
 */
@Service
class DisclosureService {
    private final Disclosures disclosures;
    private final AuditLog auditLog;

    DisclosureService(Disclosures disclosures, AuditLog auditLog) {
        this.disclosures = disclosures;
        this.auditLog = auditLog;
    }

    record Draft(String title, String category, int year, String institutionCode, String institutionName, String personName,
            String personCertno, String summary, String measures, long amountFen, String sourceRef) {
    }

    @Transactional
    long publish(Draft d, String actor) {
        if (d.title() == null || d.title().isBlank() || d.summary() == null || d.summary().isBlank()) {
            throw GovernanceException.invalid("标题和案情摘要不能为空 (title and summary are required)");
        }
        if (Category.of(d.category()) == null) {
            throw GovernanceException.invalid("未知的违规类别 " + d.category() + " (unknown category)");
        }
        if (d.year() < 2000 || d.year() > 2100) {
            throw GovernanceException.invalid("年度不合理 (implausible year) " + d.year());
        }
        if (d.amountFen() < 0) {
            throw GovernanceException.invalid("金额不能为负 (amount must not be negative)");
        }
        String person = Masking.name(blankToNull(d.personName()));
        String certno = Masking.certno(blankToNull(d.personCertno()));
        String personMasked = certno.isEmpty() ? person : person + "（身份证号 " + certno + "）";
        String name = nz(d.personName());
        Disclosure row = new Disclosure(0, PersonalData.scrub(d.title().strip(), name), d.category(), d.year(),
                blankToNull(d.institutionCode()), blankToNull(d.institutionName()), personMasked,
                PersonalData.scrub(d.summary().strip(), name), PersonalData.scrub(nz(d.measures()).strip(), name), d.amountFen(),
                nz(d.sourceRef()).strip(), actor, null, false, "DIRECTOR");
        long id = disclosures.insert(row);
        auditLog.append(actor, "DISCLOSURE_PUBLISHED", "disclosure:" + id, row.title() + " (" + d.category() + ", "
                + d.year() + (row.sourceRef().isEmpty() ? "" : ", from " + row.sourceRef()) + ")");
        return id;
    }

    @Transactional
    void withdraw(long id, String reason, String actor) {
        if (reason == null || reason.isBlank()) {
            throw GovernanceException.invalid("撤回须说明理由 (a withdrawal needs a reason)");
        }
        if (!disclosures.withdraw(id)) {
            throw GovernanceException.notFound("没有可撤回的曝光案例 " + id + " (no published disclosure " + id + ")");
        }
        auditLog.append(actor, "DISCLOSURE_WITHDRAWN", "disclosure:" + id, PersonalData.scrub(reason.strip()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
