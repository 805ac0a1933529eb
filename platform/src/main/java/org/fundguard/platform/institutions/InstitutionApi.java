package org.fundguard.platform.institutions;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * /api/v1/institution: the signed-in institution's own reports and notices (its HIS may read them);
 * /api/v1/institutions: the agency's reading of submitted reports and of the notices it sent.
 */
@RestController
class InstitutionApi {
    private final InstitutionAccounts accounts;
    private final SelfInspectionService inspections;
    private final InstitutionNotices notices;

    InstitutionApi(InstitutionAccounts accounts, SelfInspectionService inspections, InstitutionNotices notices) {
        this.accounts = accounts;
        this.inspections = inspections;
        this.notices = notices;
    }

    record Report(SelfInspection report, List<Hit> hits) {
    }

    record AgencyReport(SelfInspection report, List<Hit> hits, List<Gap> gaps, List<SelfInspections.Flag> flags) {
    }

    record NoticeWithStatements(InstitutionNotices.Notice notice, List<InstitutionNotices.Statement> statements) {
    }

    @GetMapping("/api/v1/institution/self-inspections")
    List<SelfInspection> ownReports(Authentication auth) {
        return inspections.ofInstitution(accounts.requireCode(auth));
    }

    @GetMapping("/api/v1/institution/self-inspections/{id}")
    Report ownReport(@PathVariable long id, Authentication auth) {
        SelfInspection r = inspections.own(accounts.requireCode(auth), id);
        return new Report(r, inspections.hits(id));
    }

    @GetMapping("/api/v1/institution/notices")
    List<InstitutionNotices.Notice> ownNotices(Authentication auth) {
        return notices.ofInstitution(accounts.requireCode(auth));
    }

    @GetMapping("/api/v1/institution/notices/{id}")
    NoticeWithStatements ownNotice(@PathVariable long id, Authentication auth) {
        return new NoticeWithStatements(notices.own(accounts.requireCode(auth), id), notices.statementsOf(id));
    }

    @GetMapping("/api/v1/institutions/self-inspections")
    List<SelfInspection> submitted() {
        return inspections.submitted();
    }

    @GetMapping("/api/v1/institutions/self-inspections/{id}")
    AgencyReport submitted(@PathVariable long id) {
        SelfInspection r = inspections.get(id);
        if (!r.submitted()) {
            // an open report is the institution's working draft; the agency sees what was submitted
            throw new InstitutionException(InstitutionException.Kind.NOT_FOUND, "no submitted self-inspection " + id);
        }
        return new AgencyReport(r, inspections.hits(id), inspections.gaps(id), inspections.flags(id));
    }

    @GetMapping("/api/v1/institutions/notices/{caseNo}/statements")
    List<InstitutionNotices.Statement> statements(@PathVariable String caseNo) {
        return notices.statementsFor(caseNo);
    }

    @ExceptionHandler(InstitutionException.class)
    ProblemDetail refused(InstitutionException e) {
        HttpStatus status = switch (e.kind()) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case INVALID -> HttpStatus.BAD_REQUEST;
        };
        return ProblemDetail.forStatusAndDetail(status, e.getMessage());
    }
}
