package org.fundguard.platform.reports;

import java.time.LocalDate;
import java.util.List;
import org.fundguard.core.Category;
import org.fundguard.reporting.confidentiality.Reveal;
import org.fundguard.reporting.deadlines.Deadline;
import org.fundguard.reporting.rewards.Ineligibility;
import org.fundguard.reporting.taxonomy.Behaviour;
import org.springframework.stereotype.Component;

/** What the pages show of a report: the reporter's view (query page) and the officer's. */
@Component
class ReportViews {
    private final ReportService service;

    ReportViews(ReportService service) {
        this.service = service;
    }

    /** The query page: state, dates, outcome and reward; nothing of the identity, nothing of other reports. */
    record ReporterView(String status, LocalDate receivedOn, LocalDate acceptanceOn, String statusReason, String transferredTo,
            LocalDate transferredOn, LocalDate filingOn, String filingDecision, String outcome, String subject, boolean named,
            ReportReward reward, String rewardTitle, List<String> ineligibility, List<Reports.Notification> notifications,
            LocalDate concludedOn, String conclusion) {
    }

    ReporterView forReporter(Report r) {
        ReportService.Outcome outcome = switch (r.status()) {
            case ACCEPTED, MERGED, FILED, CONCLUDED -> service.outcome(r);
            default -> new ReportService.Outcome("NONE", null, null, null, null);
        };
        ReportReward reward = service.reward(r.id()).orElse(null);
        String title = reward == null ? null : service.policies().get(reward.policy()).map(p -> p.title()).orElse(reward.policy());
        List<String> reasons = reward == null ? List.of() : reward.reasons().stream().map(Ineligibility::text).toList();
        return new ReporterView(r.status().name(), r.receivedOn(), r.acceptanceOn(), r.statusReason(), r.transferredTo(),
                r.transferredOn(), r.filingOn(), r.filingDecision(), outcome.code(), r.subject(), r.named(), reward, title,
                reasons, service.notifications(r.id()), r.concludedOn(), r.conclusion());
    }

    /** One line of the register: the report, its deadlines and where its facts stand. */
    record Row(Report report, ReportService.Deadlines deadlines, List<String> categoryLabels) {
        public boolean warns() {
            return deadlines.warns();
        }

        public List<Deadline> warnings() {
            return deadlines.list().stream().filter(Deadline::warns).toList();
        }
    }

    Row row(Report r) {
        return new Row(r, service.deadlines(r), labels(r.categoryCodes()));
    }

    record OfficerView(Report report, String actorLabel, ReportService.Deadlines deadlines, ReportService.Outcome outcome,
            List<Behaviour> behaviours, List<String> categoryLabels, List<Category> acceptable,
            List<Reports.Attachment> attachments, List<Reports.Notification> notifications, List<Reveal> reveals,
            ReportReward reward, List<String> ineligibility, List<Report> sameSubject, List<Report> sameFacts,
            boolean firstReporter) {
    }

    OfficerView forOfficer(Report r) {
        List<Behaviour> behaviours = r.behaviours().stream()
                .flatMap(id -> service.taxonomy().behaviour(id).stream()).toList();
        List<Category> acceptable = r.categoryCodes().isEmpty() ? List.of(Category.values())
                : r.categoryCodes().stream().map(Category::of).filter(java.util.Objects::nonNull).toList();
        ReportReward reward = service.reward(r.id()).orElse(null);
        String actor = service.taxonomy().actor(r.actor()).map(a -> a.label()).orElse(r.actor());
        return new OfficerView(r, actor, service.deadlines(r), service.outcome(r), behaviours, labels(r.categoryCodes()), acceptable,
                service.attachments(r.id()), service.notifications(r.id()), service.reveals(r.id()), reward,
                reward == null ? List.of() : reward.reasons().stream().map(Ineligibility::text).toList(),
                service.sameSubject(r), service.sameFacts(r), service.firstReporter(r));
    }

    private static List<String> labels(List<String> codes) {
        return codes.stream().map(c -> {
            Category cat = Category.of(c);
            return cat == null ? c : cat.label();
        }).toList();
    }
}
