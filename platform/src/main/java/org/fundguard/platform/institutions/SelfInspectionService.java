package org.fundguard.platform.institutions;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fundguard.core.Money;
import org.fundguard.core.dataset.InvalidDataSetException;
import org.fundguard.platform.auditlog.AuditLog;
import org.fundguard.platform.runs.DataRun;
import org.fundguard.platform.runs.RunFinished;
import org.fundguard.platform.runs.RunService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 自查自纠 (seed 002: 要求定点医疗机构对本单位医保基金的使用情况进行自查自纠 … 主动退还违规申报的医保基金):
 * the institution screens its own data of a period, answers every hit (corrected, disputed with a
 * reason, or returned with the amount) and submits; the submitted report is frozen. Each later data run
 * is compared with the submitted reports of its institutions: what the run finds in a report's period
 * that the report did not disclose, and what the report said was corrected or returned but a later data
 * set still shows, is recorded against the report and raises a flag that sanctions and credit read
 * (对检查中发现自查报告虚假的定点医疗机构，将给予更严厉的处理).
 */
@Service
class SelfInspectionService {
    private static final Logger log = LoggerFactory.getLogger(SelfInspectionService.class);
    /** A self-inspection covers at most a year: the agreement year is the unit of 自查 in the seeds. */
    private static final int MAX_PERIOD_DAYS = 366;

    private final SelfInspections inspections;
    private final RunService runs;
    private final AuditLog auditLog;
    private final TransactionTemplate tx;
    private final int parallelism = Math.max(1, Runtime.getRuntime().availableProcessors());

    SelfInspectionService(SelfInspections inspections, RunService runs, AuditLog auditLog, TransactionTemplate tx) {
        this.inspections = inspections;
        this.runs = runs;
        this.auditLog = auditLog;
        this.tx = tx;
    }

    /** Screens the institution's own rows of the period in the latest finished data run's data set. */
    long start(String code, LocalDate from, LocalDate to, String actor) {
        if (from == null || to == null) {
            throw invalid("choose the first and the last day of the period");
        }
        if (from.isAfter(to)) {
            throw invalid("the period begins " + from + ", after its end " + to);
        }
        if (from.plusDays(MAX_PERIOD_DAYS).isBefore(to)) {
            throw invalid("a self-inspection covers at most one year; split " + from + " – " + to);
        }
        DataRun run = runs.all().stream().filter(r -> "DONE".equals(r.status())).findFirst()
                .orElseThrow(() -> invalid("the agency has no finished data run yet: there is no settlement data to inspect"));
        Path dir = Path.of(run.sourcePath());
        if (!Files.isDirectory(dir)) {
            throw invalid("the data set of data run " + run.id() + " is no longer on the server; ask the agency for a new run");
        }
        OwnDataScreening.Result result;
        try {
            result = OwnDataScreening.screen(dir, code, from, to, parallelism);
        } catch (InvalidDataSetException e) {
            throw invalid("the data set of data run " + run.id() + " does not validate: " + e.getMessage());
        }
        long id = tx.execute(s -> {
            long created = inspections.create(code, result.institutionName(), from, to, run.id(), run.sourcePath(),
                    OwnDataScreening.engine(), result.visits(), result.hits(), result.rows().values(), actor);
            auditLog.append(actor, "SELF_INSPECTION_RUN", "self-inspection:" + created, code + " " + from + ".." + to
                    + ", data run " + run.id() + ": " + result.visits() + " visits, " + result.hits().size() + " hits");
            return created;
        });
        log.info("self-inspection {} of {}: {} visits, {} hits", id, code, result.visits(), result.hits().size());
        return id;
    }

    /** The report, if it is the institution's own; another institution's report is refused, not hidden. */
    SelfInspection own(String code, long id) {
        SelfInspection s = get(id);
        if (!s.institutionCode().equals(code)) {
            throw new AccessDeniedException("self-inspection " + id + " belongs to another institution");
        }
        return s;
    }

    SelfInspection get(long id) {
        return inspections.find(id).orElseThrow(() -> new InstitutionException(InstitutionException.Kind.NOT_FOUND,
                "no self-inspection " + id));
    }

    List<SelfInspection> ofInstitution(String code) {
        return inspections.ofInstitution(code);
    }

    List<SelfInspection> submitted() {
        return inspections.submitted();
    }

    List<Hit> hits(long id) {
        return inspections.hits(id);
    }

    List<OwnDataScreening.EvidenceRow> rows(long id) {
        return inspections.rows(id);
    }

    List<Gap> gaps(long id) {
        return inspections.gaps(id);
    }

    List<SelfInspections.Flag> flags(long id) {
        return inspections.flags(id);
    }

    List<SelfInspections.Check> checks(long id) {
        return inspections.checks(id);
    }

    List<Gap> gapsOfClue(String clueId) {
        return inspections.gapsOfClue(clueId);
    }

    /** Records the institution's answer to one hit of its open report. */
    void answer(String code, long id, String leadId, Disposition d, String reason, BigDecimal returned, String actor) {
        tx.executeWithoutResult(s -> {
            SelfInspection report = own(code, id);
            requireOpen(report);
            Hit hit = inspections.hit(id, leadId).orElseThrow(() -> new InstitutionException(
                    InstitutionException.Kind.NOT_FOUND, "self-inspection " + id + " has no hit " + leadId));
            if (d == null) {
                throw invalid("choose 已整改, 有异议 or 主动退还 for " + leadId);
            }
            String why = reason == null || reason.isBlank() ? null : reason.trim();
            long returnedFen = 0;
            switch (d) {
                case DISPUTED -> {
                    if (why == null) {
                        throw invalid("a dispute of " + leadId + " needs its reason");
                    }
                }
                case RETURNED -> {
                    if (returned == null) {
                        throw invalid("name the amount returned for " + leadId);
                    }
                    returnedFen = Money.fromYuan(returned);
                    if (returnedFen <= 0) {
                        throw invalid("the amount returned for " + leadId + " must be more than 0");
                    }
                    if (returnedFen > hit.amountFen()) {
                        throw invalid("the amount returned for " + leadId + " (" + Money.format(returnedFen)
                                + ") is more than the hit's " + hit.amount() + "; answer the rest in the report's summary");
                    }
                }
                case CORRECTED -> {
                }
            }
            inspections.answer(id, leadId, d, why, returnedFen, actor);
            auditLog.append(actor, "SELF_INSPECTION_ANSWERED", "self-inspection:" + id, leadId + " " + d
                    + (returnedFen > 0 ? " " + Money.format(returnedFen) : "") + (why != null ? ": " + why : ""));
        });
    }

    /** Submits the report: every hit answered; afterwards nothing in it changes. */
    void submit(String code, long id, String summary, String actor) {
        tx.executeWithoutResult(s -> {
            SelfInspection report = own(code, id);
            requireOpen(report);
            List<Hit> hits = inspections.hits(id);
            long unanswered = hits.stream().filter(h -> h.disposition() == null).count();
            if (unanswered > 0) {
                throw invalid(unanswered + " of " + hits.size() + " hits are not answered yet");
            }
            long returned = hits.stream().mapToLong(Hit::returnedFen).sum();
            inspections.submit(id, summary == null || summary.isBlank() ? null : summary.trim(), returned, actor);
            auditLog.append(actor, "SELF_INSPECTION_SUBMITTED", "self-inspection:" + id, report.institutionCode() + " "
                    + hits.size() + " hits, returned " + Money.format(returned));
        });
    }

    private static void requireOpen(SelfInspection report) {
        if (report.submitted()) {
            throw new InstitutionException(InstitutionException.Kind.CONFLICT,
                    "self-inspection " + report.id() + " was submitted on " + report.submittedAt().toLocalDate() + " and is frozen");
        }
    }

    /** Compares a finished data run with every submitted report (not with the run a report itself screened). */
    @EventListener
    public void onRunFinished(RunFinished finished) {
        for (SelfInspection report : inspections.submitted()) {
            if (report.runId() == finished.runId()) {
                continue;
            }
            try {
                tx.executeWithoutResult(s -> compare(report, finished));
            } catch (RuntimeException e) {
                // the run itself is done and stays done; the comparison is logged and can be repeated by a re-run
                log.error("comparing data run {} with self-inspection {} failed", finished.runId(), report.id(), e);
            }
        }
    }

    private void compare(SelfInspection report, RunFinished finished) {
        Map<String, Hit> hits = new HashMap<>();
        for (Hit h : inspections.hits(report.id())) {
            hits.putIfAbsent(h.key(), h);
        }
        // a re-screen of the very data set the report screened cannot show a correction: only a later data set can
        boolean laterData = !finished.dataset().toAbsolutePath().normalize().toString().equals(report.sourcePath());
        int undisclosed = 0;
        long undisclosedFen = 0;
        int reappeared = 0;
        long reappearedFen = 0;
        for (SelfInspections.RunLead lead : inspections.runLeads(finished.runId(), report.institutionCode(),
                report.periodFrom(), report.periodTo())) {
            Hit hit = hits.get(lead.key());
            if (hit == null) {
                if (inspections.addGap(report.id(), lead, finished.runId(), "UNDISCLOSED")) {
                    undisclosed++;
                    undisclosedFen += lead.amountFen();
                }
            } else if (laterData && hit.disposition() != Disposition.DISPUTED) {
                if (inspections.addGap(report.id(), lead, finished.runId(), "REAPPEARED")) {
                    reappeared++;
                    reappearedFen += lead.amountFen();
                }
            }
        }
        inspections.checked(report.id(), finished.runId(), undisclosed, reappeared);
        String target = "self-inspection:" + report.id();
        if (undisclosed > 0) {
            inspections.flag(report.institutionCode(), report.id(), finished.runId(), "UNDISCLOSED_HITS", undisclosed,
                    undisclosedFen);
            auditLog.append("system", "SELF_INSPECTION_GAP", target, "data run " + finished.runId() + ": " + undisclosed
                    + " clues not disclosed, " + Money.format(undisclosedFen));
        }
        if (reappeared > 0) {
            inspections.flag(report.institutionCode(), report.id(), finished.runId(), "REAPPEARED_AFTER_CORRECTION",
                    reappeared, reappearedFen);
            auditLog.append("system", "SELF_INSPECTION_GAP", target, "data run " + finished.runId() + ": " + reappeared
                    + " hits reported corrected or returned reappear, " + Money.format(reappearedFen));
        }
    }

    private static InstitutionException invalid(String message) {
        return new InstitutionException(InstitutionException.Kind.INVALID, message);
    }
}
