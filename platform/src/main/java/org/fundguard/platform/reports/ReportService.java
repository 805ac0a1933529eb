package org.fundguard.platform.reports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fundguard.core.Category;
import org.fundguard.core.Money;
import org.fundguard.platform.auditlog.AuditLog;
import org.fundguard.platform.cases.Cases;
import org.fundguard.platform.clues.Clue;
import org.fundguard.platform.clues.ClueException;
import org.fundguard.platform.clues.ClueService;
import org.fundguard.platform.clues.ClueStatus;
import org.fundguard.platform.clues.SourceKind;
import org.fundguard.reporting.confidentiality.FollowUpCredentials;
import org.fundguard.reporting.confidentiality.IdentityCipher;
import org.fundguard.reporting.confidentiality.IdentityReveal;
import org.fundguard.reporting.confidentiality.IdentityUnreadableException;
import org.fundguard.reporting.confidentiality.PasswordHash;
import org.fundguard.reporting.confidentiality.ReporterIdentity;
import org.fundguard.reporting.confidentiality.SealedIdentity;
import org.fundguard.reporting.deadlines.Deadline;
import org.fundguard.reporting.deadlines.HandlingDeadlines;
import org.fundguard.reporting.deadlines.HandlingEvent;
import org.fundguard.reporting.deadlines.ReportTimeline;
import org.fundguard.reporting.rewards.FirstReporter;
import org.fundguard.reporting.rewards.RewardCase;
import org.fundguard.reporting.rewards.RewardComputation;
import org.fundguard.reporting.rewards.RewardEligibility;
import org.fundguard.reporting.rewards.RewardInput;
import org.fundguard.reporting.rewards.RewardPolicies;
import org.fundguard.reporting.rewards.RewardPolicy;
import org.fundguard.reporting.taxonomy.Actor;
import org.fundguard.reporting.taxonomy.Behaviour;
import org.fundguard.reporting.taxonomy.Taxonomy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;

/**
 * Receiving and handling public reports (令第5号). Each officer action checks the report's state, changes it
 * and appends to the audit log in one transaction. Audit entries and errors name reports by number and
 * never carry the reporter's identity.
 */
@Service
class ReportService {
    static final int MIN_DESCRIPTION = 10;
    static final int MAX_DESCRIPTION = 5000;
    static final int MAX_SUBJECT = 200;
    static final int MAX_NOTE = 1000;
    /** A report's amount is what the reporter believes is at stake; beyond this it is a typing slip. */
    static final long MAX_AMOUNT_FEN = 100_000_000_000L;

    private final Reports reports;
    private final Taxonomy taxonomy;
    private final RewardPolicies policies;
    private final HandlingDeadlines deadlines;
    private final IdentityCipher cipher;
    private final FollowUpCredentials credentials;
    private final Challenge challenge;
    private final AttachmentTypes types;
    private final AttachmentStore store;
    private final ReportsProperties properties;
    private final ReportsConfiguration.ReportTime time;
    private final ClueService clues;
    private final Cases cases;
    private final AuditLog auditLog;
    private final TransactionTemplate tx;

    ReportService(Reports reports, Taxonomy taxonomy, RewardPolicies policies, HandlingDeadlines deadlines,
            IdentityCipher cipher, FollowUpCredentials credentials, Challenge challenge, AttachmentTypes types,
            AttachmentStore store, ReportsProperties properties, ReportsConfiguration.ReportTime time, ClueService clues,
            Cases cases, AuditLog auditLog, PlatformTransactionManager transactions) {
        this.reports = reports;
        this.taxonomy = taxonomy;
        this.policies = policies;
        this.deadlines = deadlines;
        this.cipher = cipher;
        this.credentials = credentials;
        this.challenge = challenge;
        this.types = types;
        this.store = store;
        this.properties = properties;
        this.time = time;
        this.clues = clues;
        this.cases = cases;
        this.auditLog = auditLog;
        this.tx = new TransactionTemplate(transactions);
    }

    Taxonomy taxonomy() {
        return taxonomy;
    }

    RewardPolicies policies() {
        return policies;
    }

    Challenge.Question newChallenge() {
        return challenge.ask(time.now());
    }

    String attachmentLabels() {
        return types.labels();
    }

    // ---------------------------------------------------------------- receiving

    /** What the submit page shows once: the query code, and the generated password unless the reporter chose one. */
    record Receipt(String reportId, String queryCode, String password) {
        @Override
        public String toString() {
            return "Receipt[" + reportId + ", password hidden]";
        }
    }

    private record Checked(Actor actor, List<Behaviour> behaviours, LocalDate from, LocalDate to, Long amountFen,
            ReporterIdentity identity, String nonce, List<Sniffed> files) {
    }

    private record Sniffed(MultipartFile file, String mediaType) {
    }

    /**
     * Files a report: every field checked at once (each bad one named), then the report, its attachments and
     * the used challenge are stored in one transaction; attachment files written before a failure are removed.
     */
    Receipt submit(Submission s) {
        Checked c = check(s);
        long seq = reports.nextSeq();
        LocalDate today = time.today();
        String id = String.format("JB-%d-%06d", today.getYear(), seq);
        FollowUpCredentials.Issued issued = s.password() == null || s.password().isEmpty()
                ? credentials.issue() : credentials.issue(s.password().toCharArray());
        SealedIdentity sealed = c.identity() == null ? null : cipher.seal(id, c.identity());
        Optional<Reports.Institution> resolved = reports.resolveInstitution(s.subject().strip());
        String categories = String.join(",", taxonomy.categoriesOf(c.behaviours().stream().map(Behaviour::id).toList())
                .stream().map(Category::name).toList());
        Report r = new Report(id, seq, issued.queryCode(), issued.stored().encoded(), c.actor().code(),
                c.behaviours().stream().map(Behaviour::id).toList(), categories, s.subject().strip(),
                resolved.map(Reports.Institution::code).orElse(null), resolved.map(Reports.Institution::name).orElse(null),
                s.description().strip(), c.from(), c.to(), c.amountFen(), sealed == null, s.insider(), s.wantsReward(),
                sealed == null ? null : sealed.text(), sealed == null ? null : sealed.keyId(), ReportStatus.RECEIVED,
                null, null, null, null, null, time.now(), today, null, null, null, null, null, null, null, null, null);

        List<AttachmentStore.Stored> written = new ArrayList<>();
        try {
            List<String> media = new ArrayList<>();
            for (Sniffed f : c.files()) {
                try (InputStream in = f.file().getInputStream()) {
                    written.add(store.write(id, in));
                }
                media.add(f.mediaType());
            }
            tx.executeWithoutResult(status -> {
                if (!reports.useChallenge(c.nonce())) {
                    throw ReportProblem.invalid("challengeAnswer", "reports.error.challengeUsed");
                }
                reports.insert(r);
                for (int i = 0; i < written.size(); i++) {
                    AttachmentStore.Stored w = written.get(i);
                    reports.insertAttachment(id, w.storageName(), media.get(i), w.size(), w.sha256(), w.keyId());
                }
                auditLog.append("public", "REPORT_RECEIVED", "report:" + id, c.actor().code() + " "
                        + (r.anonymous() ? "anonymous" : "named") + (r.insider() ? " insider" : "") + ", "
                        + written.size() + " attachments");
            });
        } catch (IOException e) {
            written.forEach(w -> store.delete(w.storageName()));
            throw new UncheckedIOException("cannot store the attachments of report " + id, e);
        } catch (RuntimeException e) {
            written.forEach(w -> store.delete(w.storageName()));
            throw e;
        }
        return new Receipt(id, issued.queryCode(), issued.password());
    }

    private Checked check(Submission s) {
        ReportProblem.Collector p = new ReportProblem.Collector();
        Actor actor = s.actor() == null ? null : taxonomy.actor(s.actor()).orElse(null);
        if (actor == null) {
            p.add("actor", "reports.error.actor");
        }
        List<Behaviour> behaviours = new ArrayList<>();
        for (String b : s.behaviours()) {
            Optional<Behaviour> found = taxonomy.behaviour(b);
            if (found.isEmpty() || (actor != null && !found.get().actor().equals(actor))) {
                p.add("behaviours", "reports.error.behaviourOfOtherActor");
                break;
            }
            behaviours.add(found.get());
        }
        if (s.behaviours().isEmpty()) {
            p.add("behaviours", "reports.error.behaviours");
        }
        String subject = s.subject() == null ? "" : s.subject().strip();
        if (subject.isEmpty()) {
            p.add("subject", "reports.error.subject");
        } else if (subject.length() > MAX_SUBJECT) {
            p.add("subject", "reports.error.tooLong", MAX_SUBJECT);
        }
        String text = s.description() == null ? "" : s.description().strip();
        if (text.codePointCount(0, text.length()) < MIN_DESCRIPTION) {
            p.add("description", "reports.error.description", MIN_DESCRIPTION);
        } else if (text.length() > MAX_DESCRIPTION) {
            p.add("description", "reports.error.tooLong", MAX_DESCRIPTION);
        }
        LocalDate today = time.today();
        LocalDate from = date(s.occurredFrom(), "occurredFrom", today, p);
        LocalDate to = date(s.occurredTo(), "occurredTo", today, p);
        if (from != null && to != null && from.isAfter(to)) {
            p.add("occurredTo", "reports.error.dateOrder");
        }
        Long amount = null;
        if (s.amount() != null && !s.amount().isBlank()) {
            try {
                amount = Money.parseFen(s.amount().strip().replace(",", ""));
                if (amount < 0 || amount > MAX_AMOUNT_FEN) {
                    p.add("amount", "reports.error.amount");
                }
            } catch (NumberFormatException e) {
                p.add("amount", "reports.error.amount");
            }
        }
        ReporterIdentity identity = s.named() ? identity(s, p) : null;
        if (s.password() != null && !s.password().isEmpty()) {
            if (s.password().length() < 8 || s.password().length() > 128) {
                p.add("password", "reports.error.password");
            } else if (!s.password().equals(s.passwordRepeat())) {
                p.add("passwordRepeat", "reports.error.passwordRepeat");
            }
        }
        if (!s.privacyAccepted()) {
            p.add("privacyAccepted", "reports.error.privacy");
        }
        List<Sniffed> files = attachments(s.attachments(), p);
        Challenge.Checked answer = challenge.check(s.challengeToken(), s.challengeAnswer(), time.now());
        switch (answer.outcome()) {
            case RIGHT -> {
            }
            case EXPIRED -> p.add("challengeAnswer", "reports.error.challengeExpired");
            case WRONG, MALFORMED -> p.add("challengeAnswer", "reports.error.challenge");
        }
        p.throwIfAny();
        return new Checked(actor, behaviours, from, to, amount, identity, answer.nonce(), files);
    }

    private static LocalDate date(String typed, String field, LocalDate today, ReportProblem.Collector p) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(typed.strip());
            if (d.isAfter(today)) {
                p.add(field, "reports.error.dateFuture");
                return null;
            }
            return d;
        } catch (DateTimeParseException e) {
            p.add(field, "reports.error.date");
            return null;
        }
    }

    private static ReporterIdentity identity(Submission s, ReportProblem.Collector p) {
        String name = strip(s.name());
        String idNumber = strip(s.idNumber());
        String phone = strip(s.phone());
        String contact = strip(s.contact());
        if (name.isEmpty()) {
            p.add("name", "reports.error.name");
        }
        if (phone.isEmpty() && contact.isEmpty()) {
            p.add("phone", "reports.error.contact");
        }
        if (!idNumber.isEmpty() && !IdNumbers.validCitizenId(idNumber)) {
            p.add("idNumber", "reports.error.idNumber");
        }
        if (!phone.isEmpty() && !IdNumbers.validPhone(phone)) {
            p.add("phone", "reports.error.phone");
        }
        for (String[] f : new String[][] {{"name", name}, {"contact", contact}}) {
            if (f[1].length() > 100) {
                p.add(f[0], "reports.error.tooLong", 100);
            }
        }
        if (p.has("name") || p.has("phone") || p.has("idNumber") || p.has("contact")) {
            return null;
        }
        return new ReporterIdentity(name, idNumber.toUpperCase(java.util.Locale.ROOT), phone, contact);
    }

    private List<Sniffed> attachments(List<MultipartFile> files, ReportProblem.Collector p) {
        List<Sniffed> out = new ArrayList<>();
        if (files.size() > properties.maxAttachments()) {
            p.add("attachments", "reports.error.attachmentCount", properties.maxAttachments());
            return out;
        }
        long max = properties.maxAttachmentSize().toBytes();
        long total = 0;
        for (int i = 0; i < files.size(); i++) {
            MultipartFile f = files.get(i);
            int n = i + 1;
            total += f.getSize();
            if (f.getSize() > max) {
                p.add("attachments", "reports.error.attachmentSize", n, properties.maxAttachmentSize().toMegabytes());
                continue;
            }
            byte[] head = new byte[AttachmentTypes.HEAD_BYTES];
            int read;
            try (InputStream in = f.getInputStream()) {
                read = in.readNBytes(head, 0, head.length);
            } catch (IOException e) {
                p.add("attachments", "reports.error.attachmentUnreadable", n);
                continue;
            }
            Optional<AttachmentTypes.Type> type = types.recognise(head, read);
            if (type.isEmpty()) {
                p.add("attachments", "reports.error.attachmentType", n, types.labels());
                continue;
            }
            out.add(new Sniffed(f, type.get().mediaType()));
        }
        if (total > properties.maxTotalAttachments().toBytes()) {
            p.add("attachments", "reports.error.attachmentTotal", properties.maxTotalAttachments().toMegabytes());
        }
        return out;
    }

    // ---------------------------------------------------------------- the reporter's query page

    /** What the query page gets: the report, or nothing (unknown code or wrong password alike), or a lock. */
    record Followed(Optional<Report> report, long minutesLocked) {
        static Followed none() {
            return new Followed(Optional.empty(), 0);
        }
    }

    /**
     * The report behind a query code and password. A code that cannot be one (its format is public) is refused
     * without hashing; a locked code too (QueryLockout); otherwise the password is checked (PBKDF2, the same cost
     * for an unknown code) and a wrong one counts towards the code's lock.
     */
    Followed follow(String typedCode, String password, QueryLockout lockout) {
        Optional<String> code = FollowUpCredentials.normalizeQueryCode(typedCode);
        if (code.isEmpty()) {
            return Followed.none();
        }
        long locked = lockout.minutesLocked(code.get());
        if (locked > 0) {
            return new Followed(Optional.empty(), locked);
        }
        Optional<Report> r = reports.findByCode(code.get());
        boolean ok = credentials.verify(r.map(x -> PasswordHash.parse(x.passwordHash())), password == null ? new char[0]
                : password.toCharArray());
        if (ok) {
            lockout.succeeded(code.get());
            return new Followed(r, 0);
        }
        lockout.failed(code.get());
        return new Followed(Optional.empty(), lockout.minutesLocked(code.get()));
    }

    // ---------------------------------------------------------------- reading

    Report get(String id) {
        return reports.find(id).orElseThrow(() -> ReportProblem.notFound(id));
    }

    List<Report> recent() {
        return reports.recent(500);
    }

    List<Report> sameSubject(Report r) {
        return reports.sameSubject(r);
    }

    List<Reports.Attachment> attachments(String id) {
        return reports.attachments(id);
    }

    List<Reports.Notification> notifications(String id) {
        return reports.notifications(id);
    }

    List<org.fundguard.reporting.confidentiality.Reveal> reveals(String id) {
        return reports.revealsOf(id);
    }

    Optional<ReportReward> reward(String id) {
        return reports.reward(id);
    }

    List<Reports.Institution> searchInstitutions(String q) {
        String t = q == null ? "" : q.strip();
        return t.length() < 2 || t.length() > 100 ? List.of() : reports.searchInstitutions(t, 20);
    }

    /** The deadlines as of today; a date the calendar does not cover gives a message instead of a guess. */
    record Deadlines(List<Deadline> list, String calendarProblem) {
        public boolean warns() {
            return calendarProblem != null || list.stream().anyMatch(Deadline::warns);
        }
    }

    Deadlines deadlines(Report r) {
        Map<HandlingEvent, LocalDate> events = new EnumMap<>(HandlingEvent.class);
        events.put(HandlingEvent.RECEIVED, r.receivedOn());
        put(events, HandlingEvent.ACCEPTANCE_DECIDED, r.acceptanceOn());
        put(events, HandlingEvent.TRANSFERRED, r.transferredOn());
        put(events, HandlingEvent.FILING_DECIDED, r.filingOn());
        put(events, HandlingEvent.REPORTER_NOTIFIED, r.notifiedOn());
        try {
            return new Deadlines(deadlines.assess(new ReportTimeline(r.named(), events), time.today()), null);
        } catch (IllegalArgumentException e) {
            return new Deadlines(List.of(), e.getMessage());
        }
    }

    private static void put(Map<HandlingEvent, LocalDate> m, HandlingEvent e, LocalDate d) {
        if (d != null) {
            m.put(e, d);
        }
    }

    /** Where the facts stand: the clue of the report (or of the report it was merged into) and its case. */
    record Outcome(String code, String clueId, String clueStatus, Long confirmedFen, String caseNo) {
        public boolean verified() {
            return "VERIFIED".equals(code) || "CASE_OPENED".equals(code);
        }
    }

    Outcome outcome(Report r) {
        String clueId = r.clueId();
        if (clueId == null && r.mergedInto() != null) {
            clueId = reports.find(r.mergedInto()).map(Report::clueId).orElse(null);
        }
        if (clueId == null) {
            return r.caseNo() == null ? new Outcome("NONE", null, null, null, null)
                    : new Outcome("CASE_OPENED", null, null, null, r.caseNo());
        }
        Clue c = clues.get(clueId);
        ClueStatus s = c.status();
        String caseNo = cases.caseNoOf(clueId).orElse(r.caseNo());
        String code = switch (s) {
            case NEW, ASSIGNED -> "CHECKING";
            case CONFIRMED -> "VERIFIED";
            case CASE_OPENED -> "CASE_OPENED";
            case NOT_ESTABLISHED, FALSE_POSITIVE -> "NOT_VERIFIED";
            case MERGED -> c.mergedInto() != null && clues.get(c.mergedInto()).status().verified() ? "VERIFIED" : "CHECKING";
        };
        return new Outcome(code, clueId, s.name(), c.confirmedFen(), caseNo);
    }

    // ---------------------------------------------------------------- handling

    @Transactional
    void accept(String id, String category, String institutionCode, String psnNo, String existingClueId, String actor) {
        Report r = get(id);
        move(r, ReportStatus.ACCEPTED);
        Category cat = Category.of(category == null ? "" : category.strip());
        if (cat == null) {
            throw ReportProblem.invalid("category", "reports.error.category");
        }
        if (!r.categoryCodes().isEmpty() && !r.categoryCodes().contains(cat.name())) {
            throw ReportProblem.invalid("category", "reports.error.categoryOfBehaviours", String.join(", ", r.categoryCodes()));
        }
        String code = blank(institutionCode) ? r.institutionCode() : institutionCode.strip();
        String name = code == null ? null : reports.institution(code).map(Reports.Institution::name).orElse(r.institutionName());
        String clueId;
        if (!blank(existingClueId)) {
            try {
                clueId = clues.get(existingClueId.strip()).id();
            } catch (ClueException e) {
                throw ReportProblem.invalid("clueId", "reports.error.noSuchClue", existingClueId.strip());
            }
        } else {
            if (code == null && blank(psnNo)) {
                throw ReportProblem.invalid("institutionCode", "reports.error.subjectForClue");
            }
            try {
                clueId = clues.register(new ClueService.ManualClue(SourceKind.REPORT, cat.name(), code, blank(psnNo) ? null : psnNo.strip(),
                        r.amountFen() == null ? null : Money.toYuan(r.amountFen()), r.id(), r.description(), r.occurredFrom()), actor);
            } catch (ClueException e) {
                throw ReportProblem.invalid("", "reports.error.clue", e.getMessage());
            }
        }
        reports.accept(id, cat.name(), code, name, clueId, time.today());
        auditLog.append(actor, "REPORT_ACCEPTED", "report:" + id, cat.name() + ", clue " + clueId);
    }

    @Transactional
    void reject(String id, String reason, String actor) {
        Report r = get(id);
        move(r, ReportStatus.NOT_ACCEPTED);
        String why = note(reason, "reason");
        reports.notAccepted(id, why, time.today());
        auditLog.append(actor, "REPORT_NOT_ACCEPTED", "report:" + id, why);
    }

    @Transactional
    void transfer(String id, String to, String reason, String actor) {
        Report r = get(id);
        move(r, ReportStatus.TRANSFERRED);
        if (blank(to) || to.strip().length() > MAX_SUBJECT) {
            throw ReportProblem.invalid("transferTo", "reports.error.transferTo");
        }
        String why = note(reason, "transferReason");
        reports.transfer(id, to.strip(), why, time.today());
        auditLog.append(actor, "REPORT_TRANSFERRED", "report:" + id, "to " + to.strip() + ": " + why);
    }

    /** Merges a report into another about the same facts; the earlier one keeps the first-reporter right. */
    @Transactional
    void merge(String id, String primaryId, String actor) {
        Report r = get(id);
        if (blank(primaryId)) {
            throw ReportProblem.invalid("primary", "reports.error.primary");
        }
        Report primary = reports.find(primaryId.strip())
                .orElseThrow(() -> ReportProblem.invalid("primary", "reports.error.noSuchReport", primaryId.strip()));
        if (primary.id().equals(id)) {
            throw ReportProblem.invalid("primary", "reports.error.mergeSelf");
        }
        if (primary.status() == ReportStatus.MERGED || primary.status() == ReportStatus.NOT_ACCEPTED
                || primary.status() == ReportStatus.TRANSFERRED) {
            throw ReportProblem.invalid("primary", "reports.error.primaryClosed", primary.id());
        }
        move(r, ReportStatus.MERGED);
        reports.merge(id, primary.id(), time.today());
        // reports merged into this one follow it to the new primary
        for (Report child : reports.group(id)) {
            if (!child.id().equals(id)) {
                reports.merge(child.id(), primary.id(), time.today());
            }
        }
        auditLog.append(actor, "REPORT_MERGED", "report:" + id, "into " + primary.id());
    }

    /** Records the filing decision (立案 or 不予立案) that starts the 5-working-day notification period. */
    @Transactional
    void filing(String id, String decision, String actor) {
        Report r = get(id);
        if (r.status() != ReportStatus.ACCEPTED) {
            throw ReportProblem.conflict("reports.error.notAccepted", id);
        }
        if (!"FILED".equals(decision) && !"NOT_FILED".equals(decision)) {
            throw ReportProblem.invalid("decision", "reports.error.decision");
        }
        if (r.filingOn() != null) {
            throw ReportProblem.conflict("reports.error.filingTwice", id);
        }
        reports.filing(id, decision, time.today());
        auditLog.append(actor, "REPORT_FILING_DECIDED", "report:" + id, decision);
        // the reports merged into this one share its facts, and their named reporters are told too
        for (String merged : reports.mergedInto(id)) {
            reports.filing(merged, decision, time.today());
            auditLog.append(actor, "REPORT_FILING_DECIDED", "report:" + merged, decision + " with " + id);
        }
    }

    /** Records that the reporter was told (告知); the note says what, never to whom. */
    @Transactional
    void notify(String id, String kind, String channel, String note, String actor) {
        Report r = get(id);
        if (!Set.of("FILING", "RESULT", "REWARD").contains(kind)) {
            throw ReportProblem.invalid("kind", "reports.error.notificationKind");
        }
        if (blank(channel) || channel.strip().length() > 100) {
            throw ReportProblem.invalid("channel", "reports.error.channel");
        }
        String what = note(note, "note");
        if ("FILING".equals(kind) && r.filingOn() == null) {
            throw ReportProblem.conflict("reports.error.noFilingYet", id);
        }
        LocalDate today = time.today();
        reports.insertNotification(id, kind, channel.strip(), what, today, actor);
        if ("FILING".equals(kind)) {
            reports.notified(id, today);
        }
        auditLog.append(actor, "REPORTER_NOTIFIED", "report:" + id, kind + " by " + channel.strip());
    }

    /** The officer's reading of the reward conditions, with the figures the reward depends on. */
    record RewardForm(String policy, String verifiedAmount, boolean verified, int grade, boolean insider,
            boolean againstIndividual, boolean clearTargetAndEvidence, boolean factsAlreadyKnown, boolean reporterIdentifiable,
            boolean reporterIsAgencyStaff, boolean reporterIsOffender) {
    }

    /** The reports of the same facts: the primary and those merged into it. */
    List<Report> sameFacts(Report r) {
        return reports.group(r.primaryId());
    }

    boolean firstReporter(Report r) {
        List<FirstReporter.Submission> group = sameFacts(r).stream()
                .map(x -> new FirstReporter.Submission(String.format("%019d", x.seq()), x.receivedAt())).toList();
        return FirstReporter.of(group).map(f -> f.reportId().equals(String.format("%019d", r.seq()))).orElse(true);
    }

    /** Assesses eligibility and computes the reward by the chosen preset; the director then decides. */
    @Transactional
    ReportReward assessReward(String id, RewardForm f, String actor) {
        Report r = get(id);
        Optional<ReportReward> existing = reports.reward(id);
        if (existing.isPresent() && (existing.get().status() == RewardStatus.APPROVED || existing.get().status() == RewardStatus.PAID)) {
            throw ReportProblem.conflict("reports.error.rewardDecided", id);
        }
        if (r.status() == ReportStatus.NOT_ACCEPTED || r.status() == ReportStatus.TRANSFERRED) {
            throw ReportProblem.conflict("reports.error.notHandledHere", id);
        }
        RewardPolicy policy = policies.get(f.policy() == null ? "" : f.policy())
                .orElseThrow(() -> ReportProblem.invalid("policy", "reports.error.policy", String.join(", ", policies.names())));
        long verifiedFen;
        try {
            verifiedFen = blank(f.verifiedAmount()) ? 0 : Money.parseFen(f.verifiedAmount().strip().replace(",", ""));
        } catch (NumberFormatException e) {
            throw ReportProblem.invalid("verifiedAmount", "reports.error.amount");
        }
        if (verifiedFen < 0 || verifiedFen > MAX_AMOUNT_FEN) {
            throw ReportProblem.invalid("verifiedAmount", "reports.error.amount");
        }
        if (policy.gradesRequired() && !policy.grades().contains(f.grade())) {
            throw ReportProblem.invalid("grade", "reports.error.grade", policy.grades().toString());
        }
        boolean first = firstReporter(r);
        RewardEligibility eligibility = RewardEligibility.of(new RewardCase(f.clearTargetAndEvidence(), f.factsAlreadyKnown(),
                f.verified(), verifiedFen, r.wantsReward(), r.named() || f.reporterIdentifiable(), f.reporterIsAgencyStaff(),
                f.reporterIsOffender(), first));
        long reward = 0;
        List<String> steps = List.of("不予奖励");
        if (eligibility.eligible()) {
            RewardComputation c = policy.compute(new RewardInput(verifiedFen, f.insider(), policy.gradesRequired() ? f.grade() : 0,
                    f.againstIndividual()));
            reward = c.rewardFen();
            steps = c.steps();
        }
        ReportReward assessed = new ReportReward(id, policy.name(), verifiedFen, f.insider(), f.grade(), f.againstIndividual(),
                eligibility.eligible(), eligibility.reasons(), reward, steps,
                eligibility.eligible() ? RewardStatus.PROPOSED : RewardStatus.INELIGIBLE, actor, time.now(), null, null, null,
                null, null, null);
        reports.saveAssessment(assessed);
        auditLog.append(actor, "REPORT_REWARD_ASSESSED", "report:" + id, policy.name() + " verified " + Money.format(verifiedFen)
                + (eligibility.eligible() ? " reward " + Money.format(reward) : " ineligible " + eligibility.reasons()));
        return reports.reward(id).orElseThrow();
    }

    @Transactional
    void decideReward(String id, boolean approve, String note, String actor) {
        ReportReward w = reports.reward(id).orElseThrow(() -> ReportProblem.conflict("reports.error.noReward", id));
        if (w.status() != RewardStatus.PROPOSED) {
            throw ReportProblem.conflict("reports.error.rewardNotProposed", id);
        }
        String why = approve && blank(note) ? "" : note(note, "decisionNote");
        reports.decideReward(id, approve ? RewardStatus.APPROVED : RewardStatus.REFUSED, actor, time.now(), why);
        auditLog.append(actor, approve ? "REPORT_REWARD_APPROVED" : "REPORT_REWARD_REFUSED", "report:" + id,
                Money.format(w.rewardFen()) + (why.isEmpty() ? "" : ": " + why));
    }

    @Transactional
    void payReward(String id, String paymentRef, String actor) {
        ReportReward w = reports.reward(id).orElseThrow(() -> ReportProblem.conflict("reports.error.noReward", id));
        if (w.status() != RewardStatus.APPROVED) {
            throw ReportProblem.conflict("reports.error.rewardNotApproved", id);
        }
        if (blank(paymentRef) || paymentRef.strip().length() > 100) {
            throw ReportProblem.invalid("paymentRef", "reports.error.paymentRef");
        }
        reports.payReward(id, actor, time.today(), paymentRef.strip());
        auditLog.append(actor, "REPORT_REWARD_PAID", "report:" + id, Money.format(w.rewardFen()) + " ref " + paymentRef.strip());
    }

    /**
     * Opens a named reporter's identity for the privacy officer: the reveal is recorded (reveal table and
     * audit log) before decryption, and stays recorded when the identity turns out unreadable.
     */
    ReporterIdentity reveal(String id, String reason, String actor) {
        if (blank(reason) || reason.strip().length() < 4 || reason.strip().length() > MAX_NOTE) {
            throw ReportProblem.invalid("reason", "reports.error.revealReason");
        }
        Report r = get(id);
        if (r.anonymous()) {
            throw ReportProblem.conflict("reports.error.anonymous", id);
        }
        IdentityReveal reveal = new IdentityReveal(cipher, reports);
        Object[] out = new Object[1];
        tx.executeWithoutResult(status -> {
            auditLog.append(actor, "REPORTER_IDENTITY_REVEALED", "report:" + id, "reason: " + reason.strip());
            try {
                out[0] = reveal.reveal(id, new SealedIdentity(r.identitySealed()), actor, reason.strip(), time.now());
            } catch (IdentityUnreadableException e) {
                out[0] = e;
            }
        });
        if (out[0] instanceof IdentityUnreadableException e) {
            throw ReportProblem.conflict("reports.error.unreadable", id, e.getMessage());
        }
        return (ReporterIdentity) out[0];
    }

    /** What a re-seal pass did: identities moved to the active key, and those no configured key opens. */
    record Resealing(int resealed, List<String> unreadable) {
    }

    /**
     * Re-seals identities under the active key (rotation step 2), in batches of one transaction each. An
     * identity that no configured key opens is left as it is and named, so that the key is not retired blindly.
     */
    Resealing resealAll(IdentityCipher with, String active) {
        int total = 0;
        List<String> unreadable = new ArrayList<>();
        long after = 0;
        while (true) {
            List<Reports.SealedRow> batch = reports.sealedWithOtherKey(active, after, 200);
            if (batch.isEmpty()) {
                break;
            }
            after = batch.get(batch.size() - 1).seq();
            Integer done = tx.execute(status -> {
                int n = 0;
                for (Reports.SealedRow row : batch) {
                    try {
                        SealedIdentity next = with.reseal(row.id(), new SealedIdentity(row.sealed()));
                        reports.reseal(row.id(), next.text(), next.keyId());
                        n++;
                    } catch (IdentityUnreadableException e) {
                        unreadable.add(row.id());
                    }
                }
                if (n > 0) {
                    auditLog.append("system", "REPORT_IDENTITIES_RESEALED", "reports", n + " identities to key " + active);
                }
                return n;
            });
            total += done == null ? 0 : done;
        }
        return new Resealing(total, unreadable);
    }

    /** What an attachment re-seal pass did: files moved to the active key, and those that would not open. */
    record AttachmentResealing(int resealed, List<String> unreadable, List<String> altered) {
    }

    /**
     * Seals every attachment file not under the active key: rotation step 2 for evidence, and the files stored in
     * plaintext before V21. Each file is written anew under a fresh name, the row switched in a transaction, and
     * only then the old file removed, so that a crash leaves either file readable. A plaintext whose SHA-256 no
     * longer matches the recorded one is sealed all the same (it must not stay readable on disk) and named.
     */
    AttachmentResealing resealAttachments(String active) {
        int total = 0;
        List<String> unreadable = new ArrayList<>();
        List<String> altered = new ArrayList<>();
        long after = 0;
        while (true) {
            List<Reports.Attachment> batch = reports.attachmentsToReseal(active, after, 100);
            if (batch.isEmpty()) {
                break;
            }
            after = batch.get(batch.size() - 1).id();
            for (Reports.Attachment a : batch) {
                String name = a.reportId() + "/" + a.id();
                if (!store.exists(a.storageName())) {
                    unreadable.add(name);
                    continue;
                }
                AttachmentStore.Stored next;
                try (InputStream plain = a.keyId() == null ? store.openPlaintext(a.storageName())
                        : store.open(a.reportId(), a.storageName())) {
                    next = store.write(a.reportId(), plain);
                } catch (IOException e) {
                    unreadable.add(name);
                    continue;
                }
                if (!next.sha256().equals(a.sha256()) || next.size() != a.sizeBytes()) {
                    altered.add(name);
                }
                try {
                    tx.executeWithoutResult(status -> {
                        reports.resealAttachment(a.id(), next.storageName(), next.keyId());
                        auditLog.append("system", "REPORT_ATTACHMENT_RESEALED", "report:" + a.reportId(), "attachment " + a.id()
                                + (a.keyId() == null ? " sealed" : " from key " + a.keyId()) + " to key " + next.keyId()
                                + (next.sha256().equals(a.sha256()) ? "" : ", SHA-256 differs from the recorded one"));
                    });
                } catch (RuntimeException e) {
                    store.delete(next.storageName());
                    throw e;
                }
                store.delete(a.storageName());
                total++;
            }
        }
        return new AttachmentResealing(total, unreadable, altered);
    }

    /** An attachment opened for an officer: its row and its plaintext, decrypted as the caller reads it. */
    record OpenedAttachment(Reports.Attachment attachment, InputStream content) {
    }

    /**
     * Opens an attachment for an officer. The look is logged (audit log) before any byte is decrypted: the evidence
     * may identify the reporter, so who opened which file is on record like a reveal.
     */
    OpenedAttachment openAttachment(String id, long attachmentId, String actor) {
        Reports.Attachment a = reports.attachments(id).stream().filter(x -> x.id() == attachmentId).findFirst()
                .orElseThrow(() -> ReportProblem.notFound(id + "/" + attachmentId));
        if (!store.exists(a.storageName())) {
            throw ReportProblem.notFound(id + "/" + attachmentId);
        }
        auditLog.append(actor, "REPORT_ATTACHMENT_OPENED", "report:" + id, "attachment " + a.id() + " " + a.mediaType()
                + " sha256 " + a.sha256());
        try {
            InputStream in = a.keyId() == null ? store.openPlaintext(a.storageName()) : store.open(id, a.storageName());
            return new OpenedAttachment(a, in);
        } catch (IOException e) {
            throw ReportProblem.conflict("reports.error.attachmentSealed", id, e.getMessage());
        }
    }

    IdentityCipher cipher() {
        return cipher;
    }

    private static void move(Report r, ReportStatus target) {
        if (!r.status().canMoveTo(target)) {
            throw ReportProblem.conflict("reports.error.move", r.id(), r.status().name(), target.name());
        }
    }

    private static String note(String text, String field) {
        if (blank(text)) {
            throw ReportProblem.invalid(field, "reports.error.noteRequired");
        }
        if (text.strip().length() > MAX_NOTE) {
            throw ReportProblem.invalid(field, "reports.error.tooLong", MAX_NOTE);
        }
        return text.strip();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    static BigDecimal yuan(Long fen) {
        return fen == null ? null : Money.toYuan(fen);
    }
}
