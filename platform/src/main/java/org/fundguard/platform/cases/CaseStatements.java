package org.fundguard.platform.cases;

import java.time.LocalDate;
import java.util.List;
import org.fundguard.platform.security.Role;
import org.fundguard.platform.web.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the institution portal needs of a case (陈述申辩 online): the notices served on an institution that
 * still await its statement, and the statement itself. A case of another institution is "not found", so
 * that a portal user learns nothing of other institutions' cases.
 */
@Service
public class CaseStatements {
    private final JdbcClient jdbc;
    private final Cases cases;
    private final Investigation investigation;

    CaseStatements(JdbcClient jdbc, Cases cases, Investigation investigation) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.investigation = investigation;
    }

    /** A notice served on the institution: the case number, the proposal, the deadline, whether it was answered. */
    public record OpenNotice(String caseNo, String title, String proposal, LocalDate issuedOn, LocalDate deadline, boolean answered) {
    }

    /** The institution's cases at the notice stage, newest first. */
    public List<OpenNotice> openNotices(String institutionCode) {
        return jdbc.sql("""
                select c.case_no, c.title, n.proposal, n.issued_on, n.deadline,
                       exists (select 1 from case_statements s where s.notice_id = n.id) answered
                from cases c join case_notices n on n.id = (select max(id) from case_notices where case_id = c.id)
                where c.fixmedins_code = ? and c.status = 'NOTIFIED' order by n.issued_on desc""")
                .param(institutionCode).query((rs, n) -> new OpenNotice(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), rs.getBoolean(6))).list();
    }

    /**
     * The institution's statement (and whether it asks for a hearing), written by its own staff.
     *
     * @throws CaseRefusal not found for another institution's case; conflict after the deadline or out of the notice stage
     */
    @Transactional
    public void submit(String caseNo, String institutionCode, String content, boolean hearingRequested, String username) {
        CaseFile c = cases.findByNo(caseNo).filter(x -> x.institutionCode() != null && x.institutionCode().equals(institutionCode))
                .orElseThrow(() -> CaseRefusal.notFound(caseNo));
        investigation.recordStatement(c.id(), content, hearingRequested, new CurrentUser(username, Role.INSTITUTION));
    }
}
