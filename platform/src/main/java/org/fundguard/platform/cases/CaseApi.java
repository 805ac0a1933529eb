package org.fundguard.platform.cases;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.fundguard.platform.web.CurrentUser;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Cases over REST (/api/v1/cases), as described in openapi.yaml; refusals are problems (409 for an illegal step). */
@RestController
@RequestMapping("/api/v1/cases")
class CaseApi {
    private final Cases cases;
    private final CaseReads reads;
    private final Investigation investigation;
    private final Review review;
    private final Deciding deciding;
    private final Execution execution;
    private final CaseDocuments documents;
    private final CaseStatistics statistics;
    private final SanctionStatusExport export;

    CaseApi(Cases cases, CaseReads reads, Investigation investigation, Review review, Deciding deciding, Execution execution,
            CaseDocuments documents, CaseStatistics statistics, SanctionStatusExport export) {
        this.cases = cases;
        this.reads = reads;
        this.investigation = investigation;
        this.review = review;
        this.deciding = deciding;
        this.execution = execution;
        this.documents = documents;
        this.statistics = statistics;
        this.export = export;
    }

    @GetMapping
    List<CaseFile> list(@RequestParam(required = false) CaseState status, @RequestParam(required = false) String institution,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return cases.search(new Cases.Filter(status, institution, from, to));
    }

    record Filing(CaseSource source, String reference, String title, String institutionCode, BigDecimal amount) {
    }

    @PostMapping
    ResponseEntity<CaseFile> file(@RequestBody Filing f, Authentication auth) {
        CaseFile c = cases.openFrom(f.source(), f.reference(), f.title(), f.institutionCode(),
                f.amount() == null ? 0 : Execution.fen(f.amount()), auth.getName());
        return ResponseEntity.created(URI.create("/api/v1/cases/" + c.id())).body(c);
    }

    @GetMapping("/{id}")
    CaseReads.CaseView get(@PathVariable long id) {
        return reads.view(id, cases.today());
    }

    @GetMapping("/{id}/lawful-range")
    Deciding.FormView lawfulRange(@PathVariable long id, @RequestParam String article, @RequestParam(required = false) BigDecimal loss,
            @RequestParam(defaultValue = "false") boolean fraud) {
        CaseFile c = cases.get(id);
        return deciding.form(c, article, loss == null ? c.amountFen() : Execution.fen(loss), fraud, cases.today());
    }

    record Assignment(List<String> investigators) {
    }

    @PostMapping("/{id}/assignment")
    CaseFile assign(@PathVariable long id, @RequestBody Assignment body, Authentication auth) {
        investigation.assign(id, body.investigators(), me(auth));
        return cases.get(id);
    }

    record Withdrawal(String reason) {
    }

    @PostMapping("/{id}/withdrawal")
    CaseFile drop(@PathVariable long id, @RequestBody Withdrawal body, Authentication auth) {
        execution.drop(id, body.reason(), me(auth));
        return cases.get(id);
    }

    record TaskBody(String title, String assignee, LocalDate dueOn) {
    }

    @PostMapping("/{id}/tasks")
    CaseFile task(@PathVariable long id, @RequestBody TaskBody body, Authentication auth) {
        investigation.addTask(id, body.title(), body.assignee(), body.dueOn(), me(auth));
        return cases.get(id);
    }

    record RecordBody(Investigation.RecordKind kind, String place, LocalDateTime startedAt, LocalDateTime endedAt, String party,
            String partyRole, String content, List<String> officers) {
    }

    @PostMapping("/{id}/records")
    Map<String, Long> record(@PathVariable long id, @RequestBody RecordBody b, Authentication auth) {
        long recordId = investigation.addRecord(id, new Investigation.RecordForm(b.kind(), b.place(), b.startedAt(), b.endedAt(),
                b.party(), b.partyRole(), b.content(), b.officers()), List.of(), me(auth));
        return Map.of("id", recordId);
    }

    record NoticeBody(String proposal, LocalDate issuedOn, boolean major) {
    }

    @PostMapping("/{id}/notice")
    CaseFile notice(@PathVariable long id, @RequestBody NoticeBody b, Authentication auth) {
        investigation.issueNotice(id, b.proposal(), b.issuedOn(), b.major(), me(auth));
        return cases.get(id);
    }

    record StatementBody(String content, boolean hearingRequested) {
    }

    @PostMapping("/{id}/statement")
    CaseFile statement(@PathVariable long id, @RequestBody StatementBody b, Authentication auth) {
        investigation.recordStatement(id, b.content(), b.hearingRequested(), me(auth));
        return cases.get(id);
    }

    @PostMapping("/{id}/submission")
    CaseFile submit(@PathVariable long id, Authentication auth) {
        investigation.submit(id, me(auth));
        return cases.get(id);
    }

    record ReviewBody(Review.Outcome outcome, String opinion) {
    }

    @PostMapping("/{id}/review")
    CaseFile review(@PathVariable long id, @RequestBody ReviewBody b, Authentication auth) {
        review.review(id, b.outcome(), b.opinion(), me(auth));
        return cases.get(id);
    }

    record ReviewRequest(String reason) {
    }

    @PostMapping("/{id}/review-request")
    CaseFile requestReview(@PathVariable long id, @RequestBody ReviewRequest b, Authentication auth) {
        review.requestReview(id, b.reason(), me(auth));
        return cases.get(id);
    }

    record DiscussionBody(LocalDate heldOn, List<String> participants, String conclusion) {
    }

    @PostMapping("/{id}/discussion")
    CaseFile discuss(@PathVariable long id, @RequestBody DiscussionBody b, Authentication auth) {
        review.discuss(id, b.heldOn(), b.participants() == null ? null : String.join("\n", b.participants()), b.conclusion(), me(auth));
        return cases.get(id);
    }

    @PostMapping("/{id}/decision")
    CaseReads.CaseView decide(@PathVariable long id, @RequestBody Deciding.DecisionForm b, Authentication auth) {
        deciding.decide(id, b, me(auth));
        return reads.view(id, cases.today());
    }

    @PostMapping("/{id}/instalments")
    CaseReads.CaseView plan(@PathVariable long id, @RequestBody List<Execution.PlannedInstalment> b, Authentication auth) {
        execution.plan(id, b, me(auth));
        return reads.view(id, cases.today());
    }

    record PaymentBody(LocalDate paidOn, BigDecimal amount, String reference) {
    }

    @PostMapping("/{id}/payments")
    Recovery pay(@PathVariable long id, @RequestBody PaymentBody b, Authentication auth) {
        execution.pay(id, b.paidOn(), b.amount(), b.reference(), me(auth));
        return execution.recovery(id, cases.today());
    }

    record Closure(String summary) {
    }

    @PostMapping("/{id}/closure")
    CaseFile close(@PathVariable long id, @RequestBody Closure b, Authentication auth) {
        execution.close(id, b.summary(), me(auth));
        return cases.get(id);
    }

    record PublicationBody(String title, String summary) {
    }

    @PostMapping("/{id}/publication")
    CaseFile publish(@PathVariable long id, @RequestBody PublicationBody b, Authentication auth) {
        execution.publish(id, b.title(), b.summary(), me(auth));
        return cases.get(id);
    }

    @GetMapping("/{id}/documents/{documentId}")
    ResponseEntity<byte[]> document(@PathVariable long id, @PathVariable long documentId) {
        CaseDocuments.Stored d = documents.get(id, documentId).orElseThrow(() -> CaseRefusal.notFound(documentId));
        return CasePages.download(d.document().filename(), MediaType.APPLICATION_PDF_VALUE, d.bytes());
    }

    @GetMapping("/statistics")
    List<CaseStatistics.MonthFigures> statistics(@RequestParam YearMonth from, @RequestParam YearMonth to) {
        if (to.isBefore(from) || from.plusYears(10).isBefore(to)) {
            throw CaseRefusal.invalid("cases.refused.period", from, to);
        }
        return statistics.monthly(from, to);
    }

    @GetMapping(value = "/sanction-status.csv", produces = "text/csv")
    ResponseEntity<String> sanctionStatus() {
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"sanction_status.csv\"").body(export.csv());
    }

    private static CurrentUser me(Authentication auth) {
        return CurrentUser.of(auth);
    }
}
