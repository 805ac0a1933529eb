package org.fundguard.platform.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Stream;
import org.fundguard.platform.PlatformIT;
import org.fundguard.platform.PlatformProperties;
import org.fundguard.platform.SmallRegion;
import org.fundguard.platform.TestRuns;
import org.fundguard.platform.auditlog.AuditLog;
import org.fundguard.platform.clues.Clue;
import org.fundguard.platform.clues.ClueService;
import org.fundguard.platform.clues.SourceKind;
import org.fundguard.platform.clues.Verdict;
import org.fundguard.platform.runs.RunMode;
import org.fundguard.platform.runs.RunService;
import org.fundguard.reporting.confidentiality.IdentityCipher;
import org.fundguard.reporting.confidentiality.KeyRing;
import org.fundguard.reporting.deadlines.Deadline;
import org.fundguard.reporting.rewards.Ineligibility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** A report from the public form through acceptance, duplicates, transfer, deadlines, reward and reveal. */
@PlatformIT
class ReportWorkflowIT {
    private static boolean regionLoaded;

    @Autowired
    MockMvc mvc;
    @Autowired
    ReportService service;
    @Autowired
    ClueService clues;
    @Autowired
    RunService runs;
    @Autowired
    AuditLog auditLog;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformProperties platform;
    @Autowired
    KeyRing keys;

    @TempDir
    Path dir;

    @BeforeEach
    void loadTheRegionOnce() {
        if (!regionLoaded) {
            SmallRegion.writeTo(dir, "reports");
            TestRuns.awaitFinished(runs, runs.start("reports", dir, RunMode.IMPORT, "analyst"));
            regionLoaded = true;
        }
    }

    private String file(PublicForm.Answer a) {
        return jdbc.sql("select id from reports where query_code = ?").param(a.queryCode()).query(String.class).single();
    }

    private PublicForm.Answer submitted(PublicForm f) throws Exception {
        PublicForm.Answer a = f.submit(mvc, true);
        assertThat(a.status()).as(a.html()).isEqualTo(200);
        return a;
    }

    @Test
    void filesAnAnonymousReportWithItsEvidenceAndFollowsItByCodeAndPassword() throws Exception {
        PublicForm.Answer a = submitted(PublicForm.anonymous().attach("票据.png", PublicForm.PNG).from("10.1.0.1"));
        String id = file(a);
        Report r = service.get(id);

        assertThat(a.queryCode()).matches("[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}");
        assertThat(r.anonymous()).isTrue();
        assertThat(r.identitySealed()).isNull();
        assertThat(r.institutionCode()).isEqualTo(SmallRegion.H_KANGNING);
        assertThat(r.amountFen()).isEqualTo(5_000_000);
        assertThat(r.passwordHash()).startsWith("pbkdf2-sha256$").doesNotContain(a.password());
        var attachment = service.attachments(id).get(0);
        assertThat(attachment.mediaType()).isEqualTo("image/png");
        assertThat(attachment.sha256()).hasSize(64);

        String status = mvc.perform(post("/report/status").param("queryCode", a.queryCode().toLowerCase().replace("-", " "))
                .param("password", a.password()).with(csrf()).with(from("10.1.0.1"))).andReturn().getResponse().getContentAsString();
        assertThat(status).contains("已收到，待受理").contains("康宁医院");
        var wrong = mvc.perform(post("/report/status").param("queryCode", a.queryCode()).param("password", "not-the-password")
                .with(csrf()).with(from("10.1.0.1"))).andReturn().getResponse();
        assertThat(wrong.getStatus()).isEqualTo(404);
        assertThat(wrong.getContentAsString()).contains("查询码或查询密码不正确").doesNotContain("已收到");
    }

    @Test
    void storesAttachmentsEncryptedAndDecryptsThemForAnOfficerWithAnAuditEntry() throws Exception {
        byte[] evidence = withMarker(PublicForm.PNG, "收费票据-王五-EVIDENCE-MARKER-91c2");
        String id = file(submitted(PublicForm.anonymous().attach("票据.png", evidence).from("10.1.0.20")));
        Reports.Attachment a = service.attachments(id).get(0);

        byte[] onDisk = Files.readAllBytes(platform.dataDir().resolve("report-attachments").resolve(a.storageName()));
        assertThat(contains(onDisk, "EVIDENCE-MARKER".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(contains(onDisk, "PNG".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(a.keyId()).isEqualTo(keys.activeId());
        assertThat(a.sizeBytes()).isEqualTo(evidence.length);
        assertThat(a.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(evidence)));

        var download = mvc.perform(get("/reports/" + id + "/attachments/" + a.id()).with(user("intake").roles("INTAKE")))
                .andReturn().getResponse();

        assertThat(download.getStatus()).isEqualTo(200);
        assertThat(download.getContentAsByteArray()).isEqualTo(evidence);
        assertThat(download.getContentType()).isEqualTo("image/png");
        assertThat(download.getHeader("Cache-Control")).contains("no-store");
        assertThat(auditLog.forTarget("report:" + id)).filteredOn(e -> e.action().equals("REPORT_ATTACHMENT_OPENED"))
                .singleElement().satisfies(e -> {
                    assertThat(e.actor()).isEqualTo("intake");
                    assertThat(e.detail()).contains(a.sha256());
                });
    }

    @Test
    void sealsAnAttachmentStoredInPlaintextBeforeEncryptionAndKeepsItsContent() throws Exception {
        String id = file(submitted(PublicForm.anonymous().from("10.1.0.21")));
        byte[] evidence = withMarker(PublicForm.PNG, "LEGACY-PLAINTEXT-MARKER");
        Path dirOnDisk = platform.dataDir().resolve("report-attachments");
        Files.createDirectories(dirOnDisk);
        String legacyName = "0123456789abcdef0123456789abcdef";
        Files.write(dirOnDisk.resolve(legacyName), evidence);
        jdbc.sql("insert into report_attachments (report_id, storage_name, media_type, size_bytes, sha256) values (?,?,?,?,?)")
                .params(id, legacyName, "image/png", evidence.length,
                        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(evidence))).update();

        ReportService.AttachmentResealing done = service.resealAttachments(keys.activeId());

        assertThat(done.resealed()).isGreaterThanOrEqualTo(1);
        assertThat(done.altered()).doesNotContain(id + "/" + service.attachments(id).get(0).id());
        Reports.Attachment a = service.attachments(id).get(0);
        assertThat(a.keyId()).isEqualTo(keys.activeId());
        assertThat(a.storageName()).isNotEqualTo(legacyName);
        assertThat(Files.exists(dirOnDisk.resolve(legacyName))).isFalse();
        assertThat(contains(Files.readAllBytes(dirOnDisk.resolve(a.storageName())), "LEGACY".getBytes(StandardCharsets.UTF_8)))
                .isFalse();
        try (var in = service.openAttachment(id, a.id(), "intake").content()) {
            assertThat(in.readAllBytes()).isEqualTo(evidence);
        }
    }

    @Test
    void locksAQueryCodeAfterFiveWrongPasswordsFromAnyAddressEvenForTheRightOne() throws Exception {
        PublicForm.Answer a = submitted(PublicForm.anonymous().from("10.1.0.22"));
        PublicForm.Answer other = submitted(PublicForm.anonymous().from("10.1.0.23"));
        for (int i = 0; i < 5; i++) {
            var wrong = mvc.perform(post("/report/status").param("queryCode", a.queryCode()).param("password", "guess-" + i)
                    .with(csrf()).with(from("10.9.0." + i))).andReturn().getResponse();
            assertThat(wrong.getStatus()).as("attempt %d", i + 1).isEqualTo(i < 4 ? 404 : 429);
        }

        var right = mvc.perform(post("/report/status").param("queryCode", a.queryCode()).param("password", a.password())
                .with(csrf()).with(from("10.9.1.1"))).andReturn().getResponse();

        assertThat(right.getStatus()).isEqualTo(429);
        assertThat(right.getContentAsString()).contains("连续错误 5 次").contains("15 分钟后再试").doesNotContain("已收到");
        var unaffected = mvc.perform(post("/report/status").param("queryCode", other.queryCode()).param("password", other.password())
                .with(csrf()).with(from("10.9.1.1"))).andReturn().getResponse();
        assertThat(unaffected.getStatus()).isEqualTo(200);
    }

    @Test
    void namesEveryBadFieldAtOnceAndKeepsNothing() throws Exception {
        long before = count("reports");
        long filesBefore = attachmentFiles();
        PublicForm bad = PublicForm.anonymous().from("10.1.0.2")
                .named("", "110105199003071235", "1391234")
                .set("description", "太短")
                .set("amount", "12.345")
                .set("occurredFrom", "2026-13-01")
                .set("privacyAccepted", "false")
                .attach("a.png", PublicForm.PNG);
        bad.behaviours.add("RP-01");

        PublicForm.Answer a = bad.submit(mvc, false);

        assertThat(a.status()).isEqualTo(400);
        assertThat(a.html()).contains("所选行为与被举报对象类别不符").contains("实名举报请填写姓名")
                .contains("最后一位校验码正确").contains("手机号应为 11 位数字").contains("至少 10 个字")
                .contains("不超过两位小数").contains("日期格式应为").contains("请阅读并同意隐私说明").contains("验证题答案不正确");
        assertThat(count("reports")).isEqualTo(before);
        assertThat(attachmentFiles()).isEqualTo(filesBefore);
    }

    @Test
    void refusesAnAttachmentWhoseBytesAreNotAnAcceptedTypeWhateverItsName() throws Exception {
        long before = count("reports");
        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};

        PublicForm.Answer a = PublicForm.anonymous().from("10.1.0.3").attach("evidence.pdf", exe).submit(mvc, true);

        assertThat(a.status()).isEqualTo(400);
        assertThat(a.html()).contains("附件 1 的类型不被接受").contains("PDF, PNG, JPEG");
        assertThat(count("reports")).isEqualTo(before);
    }

    @Test
    void aChallengeLetsOneReportThroughAndTheFilesOfARefusedOneAreRemoved() throws Exception {
        PublicForm first = PublicForm.anonymous().from("10.1.0.4");
        String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/report"))
                .andReturn().getResponse().getContentAsString();
        var q = java.util.regex.Pattern.compile("(\\d+) \\+ (\\d+) = \\?").matcher(page);
        var t = java.util.regex.Pattern.compile("name=\"challengeToken\" value=\"([^\"]+)\"").matcher(page);
        assertThat(q.find() && t.find()).isTrue();
        String answer = String.valueOf(Integer.parseInt(q.group(1)) + Integer.parseInt(q.group(2)));
        assertThat(first.post(mvc, t.group(1), answer).status()).isEqualTo(200);
        long reports = count("reports");
        long files = attachmentFiles();

        PublicForm.Answer replay = PublicForm.anonymous().from("10.1.0.4").attach("b.png", PublicForm.PNG).post(mvc, t.group(1), answer);

        assertThat(replay.status()).isEqualTo(400);
        assertThat(replay.html()).contains("该验证题已使用过");
        assertThat(count("reports")).isEqualTo(reports);
        assertThat(attachmentFiles()).isEqualTo(files);
    }

    @Test
    void limitsHowOftenOneAddressMaySubmit() throws Exception {
        int allowed = 10;
        for (int i = 0; i < allowed; i++) {
            assertThat(PublicForm.anonymous().from("10.1.0.5").post(mvc, "x.1.y", "1").status()).isEqualTo(400);
        }

        PublicForm.Answer refused = PublicForm.anonymous().from("10.1.0.5").post(mvc, "x.1.y", "1");

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.html()).contains("每小时最多 10 次");
        assertThat(PublicForm.anonymous().from("10.1.0.6").post(mvc, "x.1.y", "1").status()).isEqualTo(400);
    }

    @Test
    void acceptingRegistersAReportClueAndEndsTheAcceptanceDeadline() throws Exception {
        String id = file(submitted(PublicForm.anonymous().from("10.1.0.7")));
        assertThat(service.deadlines(service.get(id)).list()).extracting(d -> d.rule().id() + " " + d.status())
                .containsExactly("ACCEPTANCE_DECISION ON_TRACK");

        service.accept(id, "OVER_PRICE", null, null, null, "intake");

        Report r = service.get(id);
        Clue c = clues.get(r.clueId());
        assertThat(r.status()).isEqualTo(ReportStatus.ACCEPTED);
        assertThat(c.sourceKind()).isEqualTo(SourceKind.REPORT);
        assertThat(c.source()).isEqualTo("REPORT:" + id);
        assertThat(c.institutionCode()).isEqualTo(SmallRegion.H_KANGNING);
        assertThat(c.amountFen()).isEqualTo(5_000_000);
        assertThat(service.deadlines(r).list()).extracting(Deadline::status).containsExactly(Deadline.Status.MET);
        assertThat(auditLog.forTarget("report:" + id)).extracting(e -> e.action())
                .containsExactly("REPORT_RECEIVED", "REPORT_ACCEPTED");
        assertThatThrownBy(() -> service.accept(id, "OVER_PRICE", null, null, null, "intake"))
                .isInstanceOf(ReportProblem.class);
    }

    @Test
    void refusesACategoryTheReportedBehavioursDoNotCover() throws Exception {
        String id = file(submitted(PublicForm.anonymous().from("10.1.0.8")));

        assertThatThrownBy(() -> service.accept(id, "DECEASED_CLAIM", null, null, null, "intake"))
                .isInstanceOfSatisfying(ReportProblem.class, p -> assertThat(p.fields()).containsKey("category"));
        assertThat(service.get(id).status()).isEqualTo(ReportStatus.RECEIVED);
    }

    @Test
    void aNamedReportMustBeToldWithinFiveWorkingDaysOfTheFilingDecision() throws Exception {
        String id = file(submitted(PublicForm.anonymous().named("赵六", "", "13700001111").from("10.1.0.9")));
        service.accept(id, "OVER_PRICE", null, null, null, "intake");

        service.filing(id, "FILED", "intake");
        Deadline notify = service.deadlines(service.get(id)).list().stream()
                .filter(d -> d.rule().id().equals("NOTIFY_NAMED_REPORTER")).findFirst().orElseThrow();
        assertThat(notify.status()).isIn(Deadline.Status.ON_TRACK, Deadline.Status.DUE_SOON);
        assertThat(notify.startedOn()).isEqualTo(service.get(id).filingOn());

        service.notify(id, "FILING", "电话", "已告知立案", "intake");

        assertThat(service.deadlines(service.get(id)).list()).filteredOn(d -> d.rule().id().equals("NOTIFY_NAMED_REPORTER"))
                .extracting(Deadline::status).containsExactly(Deadline.Status.MET);
        assertThat(service.notifications(id)).extracting(Reports.Notification::kind).containsExactly("FILING");
    }

    @Test
    void followsTheCaseOpenedOnItsClueFromFilingToConclusionWithTheNotificationDeadlineFromTheFiling() throws Exception {
        PublicForm.Answer named = submitted(PublicForm.anonymous().named("周九", "", "13500003333").from("10.1.0.24"));
        String id = file(named);
        String duplicate = file(submitted(PublicForm.anonymous().named("吴十", "", "13500004444").from("10.1.0.25")));
        service.accept(id, "OVER_PRICE", null, null, null, "intake");
        service.merge(duplicate, id, "intake");
        String clueId = service.get(id).clueId();
        clues.assign(clueId, "investigator", "analyst");
        clues.verify(clueId, Verdict.CONFIRMED, "票据核实", new java.math.BigDecimal("50000"), "investigator");
        assertThat(service.get(id).status()).isEqualTo(ReportStatus.ACCEPTED);
        assertThat(service.get(id).filingOn()).isNull();

        String caseNo = clues.openCase(clueId, "director");

        Report filed = service.get(id);
        assertThat(filed.status()).isEqualTo(ReportStatus.FILED);
        assertThat(filed.caseNo()).isEqualTo(caseNo);
        assertThat(filed.filingDecision()).isEqualTo("FILED");
        assertThat(filed.filingOn()).isEqualTo(PlatformIT.TODAY);
        for (String r : new String[] {id, duplicate}) {
            assertThat(service.deadlines(service.get(r)).list()).filteredOn(d -> d.rule().id().equals("NOTIFY_NAMED_REPORTER"))
                    .singleElement().satisfies(d -> assertThat(d.startedOn()).isEqualTo(filed.filingOn()));
        }
        assertThat(service.get(duplicate).status()).isEqualTo(ReportStatus.MERGED);
        assertThat(auditLog.forTarget("report:" + id)).extracting(e -> e.action()).contains("REPORT_CASE_FILED");
        assertThat(statusPage(named, "10.1.0.24")).contains("已立案").doesNotContain("处理完毕");

        long caseId = jdbc.sql("select id from cases where case_no = ?").param(caseNo).query(Long.class).single();
        mvc.perform(post("/cases/" + caseId + "/drop").param("reason", "经调查事实不清，撤销立案")
                .with(user("director").roles("DIRECTOR")).with(csrf()));

        Report concluded = service.get(id);
        assertThat(concluded.status()).isEqualTo(ReportStatus.CONCLUDED);
        assertThat(concluded.conclusion()).isEqualTo("DROPPED");
        assertThat(concluded.concludedOn()).isEqualTo(filed.filingOn());
        assertThat(service.get(duplicate).concludedOn()).isEqualTo(filed.filingOn());
        assertThat(statusPage(named, "10.1.0.24")).contains("处理完毕").contains("经调查撤销立案");
    }

    @Test
    void aCaseFiledFromTheReportItselfFilesIt(@Autowired org.fundguard.platform.cases.Cases cases) throws Exception {
        String id = file(submitted(PublicForm.anonymous().from("10.1.0.26")));
        service.accept(id, "OVER_PRICE", null, null, null, "intake");

        var c = cases.openFrom(org.fundguard.platform.cases.CaseSource.REPORT, id, "群众举报超标准收费", SmallRegion.H_KANGNING,
                5_000_000, "director");

        assertThat(service.get(id).status()).isEqualTo(ReportStatus.FILED);
        assertThat(service.get(id).caseNo()).isEqualTo(c.caseNo());
    }

    @Test
    void aNotFiledDecisionEndsTheHandling() throws Exception {
        String id = file(submitted(PublicForm.anonymous().from("10.1.0.27")));
        service.accept(id, "OVER_PRICE", null, null, null, "intake");

        service.filing(id, "NOT_FILED", "intake");

        assertThat(service.get(id).status()).isEqualTo(ReportStatus.CONCLUDED);
        assertThat(service.get(id).conclusion()).isEqualTo("NOT_FILED");
    }

    private String statusPage(PublicForm.Answer a, String address) throws Exception {
        return mvc.perform(post("/report/status").param("queryCode", a.queryCode()).param("password", a.password())
                .with(csrf()).with(from(address))).andReturn().getResponse().getContentAsString();
    }

    @Test
    void theDashboardCountsReportsWithADeadlineDueSoonOrOverdueAndLinksToThem(@Autowired ReportDeadlinePanel panel,
            @Autowired org.fundguard.reporting.deadlines.HandlingDeadlines rules) throws Exception {
        ReportDeadlinePanel.Summary before = panel.summary();
        String late = file(submitted(PublicForm.anonymous().from("10.1.0.28")));
        String soon = file(submitted(PublicForm.anonymous().from("10.1.0.29")));
        String onTrack = file(submitted(PublicForm.anonymous().from("10.1.0.30")));
        java.time.LocalDate today = PlatformIT.TODAY;
        jdbc.sql("update reports set received_on = ? where id = ?").params(today.minusDays(40), late).update();
        jdbc.sql("update reports set received_on = ? where id = ?").params(receivedSoDueSoon(rules, today), soon).update();

        ReportDeadlinePanel.Summary after = panel.summary();

        assertThat(after.overdue() - before.overdue()).isEqualTo(1);
        assertThat(after.dueSoon() - before.dueSoon()).isEqualTo(1);
        String dashboard = mvc.perform(get("/dashboard").with(user("director").roles("DIRECTOR"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(dashboard).contains("id=\"dash-report-deadlines\"").contains(after.overdue() + " 件已超期")
                .contains(after.dueSoon() + " 件即将到期").contains("/reports/register?due=OVERDUE");
        assertThat(mvc.perform(get("/dashboard").with(user("analyst").roles("ANALYST"))).andReturn().getResponse()
                .getContentAsString()).as("analysts do not handle reports").doesNotContain("dash-report-deadlines");
        String overdueOnly = mvc.perform(get("/reports/register").param("due", "OVERDUE").with(user("director").roles("DIRECTOR")))
                .andReturn().getResponse().getContentAsString();
        assertThat(overdueOnly).contains(late).doesNotContain(soon).doesNotContain(onTrack);
    }

    /**
     * The calendar refuses dates in years it does not cover (deadlines must not be guessed); the pages then say so
     * instead of failing. A report received in the year before the calendar's first stands for "today" in a year
     * after its last (the platform clock passing 2026 without a new holiday notice): both make the same refusal.
     */
    @Test
    void aDateOutsideTheWorkingDayCalendarShowsTheCalendarMessageOnThePagesNotAnError(
            @Autowired org.fundguard.reporting.deadlines.WorkingCalendar calendar) throws Exception {
        String id = file(submitted(PublicForm.anonymous().from("10.1.0.61")));
        int uncovered = calendar.years().stream().mapToInt(Integer::intValue).min().orElseThrow() - 1;
        java.time.LocalDate received = jdbc.sql("select received_on from reports where id = ?").param(id)
                .query(java.time.LocalDate.class).single();
        jdbc.sql("update reports set received_on = ? where id = ?").params(java.time.LocalDate.of(uncovered, 3, 2), id).update();
        try {
            var page = mvc.perform(get("/reports/" + id).with(user("director").roles("DIRECTOR"))).andReturn().getResponse();
            assertThat(page.getStatus()).isEqualTo(200);
            assertThat(page.getContentAsString()).contains("working-day calendar covers").contains("not " + uncovered);
            var register = mvc.perform(get("/reports/register").with(user("director").roles("DIRECTOR"))).andReturn().getResponse();
            assertThat(register.getStatus()).isEqualTo(200);
            assertThat(register.getContentAsString()).contains("not " + uncovered);
        } finally {
            jdbc.sql("update reports set received_on = ? where id = ?").params(received, id).update();
        }
    }

    /** A received date (a working day in the past) for which the acceptance decision is due soon as of today. */
    private static java.time.LocalDate receivedSoDueSoon(org.fundguard.reporting.deadlines.HandlingDeadlines rules,
            java.time.LocalDate today) {
        for (java.time.LocalDate d = today.minusDays(1); d.isAfter(today.minusDays(40)); d = d.minusDays(1)) {
            var events = new java.util.EnumMap<org.fundguard.reporting.deadlines.HandlingEvent, java.time.LocalDate>(
                    org.fundguard.reporting.deadlines.HandlingEvent.class);
            events.put(org.fundguard.reporting.deadlines.HandlingEvent.RECEIVED, d);
            var assessed = rules.assess(new org.fundguard.reporting.deadlines.ReportTimeline(false, events), today);
            if (assessed.stream().anyMatch(x -> x.status() == Deadline.Status.DUE_SOON)) {
                return d;
            }
        }
        throw new AssertionError("no received date makes the acceptance deadline due soon as of " + today);
    }

    @Test
    void transfersAReportToTheCompetentDepartmentWithItsReason() throws Exception {
        String id = file(submitted(PublicForm.anonymous().from("10.1.0.10")));

        service.transfer(id, "某市医疗保障局", "被举报机构不在本统筹区", "intake");

        Report r = service.get(id);
        assertThat(r.status()).isEqualTo(ReportStatus.TRANSFERRED);
        assertThat(r.transferredTo()).isEqualTo("某市医疗保障局");
        assertThat(service.deadlines(r).list()).extracting(Deadline::status).containsExactly(Deadline.Status.MET);
        assertThatThrownBy(() -> service.transfer(id, "", "x", "intake")).isInstanceOf(ReportProblem.class);
    }

    @Test
    void mergedDuplicatesShareTheOutcomeAndOnlyTheFirstReporterIsRewarded() throws Exception {
        String first = file(submitted(PublicForm.anonymous().from("10.1.0.11")));
        String second = file(submitted(PublicForm.anonymous().from("10.1.0.12")));
        service.accept(second, "OVER_PRICE", null, null, null, "intake");
        service.merge(first, second, "intake");
        String clueId = service.get(second).clueId();
        clues.assign(clueId, "investigator", "analyst");
        clues.verify(clueId, Verdict.CONFIRMED, "票据核实", new java.math.BigDecimal("50000"), "investigator");

        assertThat(service.outcome(service.get(first)).code()).isEqualTo("VERIFIED");
        assertThat(service.firstReporter(service.get(first))).isTrue();
        assertThat(service.firstReporter(service.get(second))).isFalse();

        ReportReward earlier = service.assessReward(first, reward("wuhan", "50000"), "intake");
        ReportReward later = service.assessReward(second, reward("wuhan", "50000"), "intake");

        assertThat(earlier.status()).isEqualTo(RewardStatus.PROPOSED);
        assertThat(earlier.rewardFen()).isEqualTo(100_000);
        assertThat(later.status()).isEqualTo(RewardStatus.INELIGIBLE);
        assertThat(later.reasons()).containsExactly(Ineligibility.NOT_FIRST_REPORTER);
        assertThat(later.rewardFen()).isZero();
    }

    @Test
    void aRewardIsApprovedByTheDirectorThenPaidAndCannotBeReassessed() throws Exception {
        String id = file(submitted(PublicForm.anonymous().set("insider", "true").from("10.1.0.13")));
        service.accept(id, "OVER_PRICE", null, null, null, "intake");

        ReportReward proposed = service.assessReward(id, new ReportService.RewardForm("wuhan", "50000", true, 0, true, false,
                true, false, true, false, false), "intake");
        assertThat(proposed.rewardFen()).isEqualTo(150_000);
        assertThat(proposed.steps().get(0)).contains("举报人为内部人员，奖励比例 3%");
        assertThatThrownBy(() -> service.payReward(id, "PAY-1", "intake")).isInstanceOf(ReportProblem.class);

        service.decideReward(id, true, "", "director");
        service.payReward(id, "PAY-2026-001", "intake");

        ReportReward paid = service.reward(id).orElseThrow();
        assertThat(paid.status()).isEqualTo(RewardStatus.PAID);
        assertThat(paid.paymentRef()).isEqualTo("PAY-2026-001");
        assertThatThrownBy(() -> service.assessReward(id, reward("national", "50000"), "intake"))
                .isInstanceOf(ReportProblem.class);
    }

    @Test
    void aRevealNeedsAReasonAndIsLoggedInTheRevealTableAndTheAuditLog() throws Exception {
        String id = file(submitted(PublicForm.anonymous().named("钱七", "110105199003071239", "13912345678").from("10.1.0.14")));
        assertThatThrownBy(() -> service.reveal(id, " ", "privacy")).isInstanceOf(ReportProblem.class);
        assertThat(service.reveals(id)).isEmpty();

        var identity = service.reveal(id, "核实举报人身份以发放奖励", "privacy");

        assertThat(identity.name()).isEqualTo("钱七");
        assertThat(identity.idNumber()).isEqualTo("110105199003071239");
        assertThat(service.reveals(id)).singleElement().satisfies(r -> {
            assertThat(r.revealedBy()).isEqualTo("privacy");
            assertThat(r.reason()).isEqualTo("核实举报人身份以发放奖励");
        });
        assertThat(auditLog.forTarget("report:" + id)).extracting(e -> e.action()).contains("REPORTER_IDENTITY_REVEALED");
        assertThatThrownBy(() -> jdbc.sql("delete from report_reveals where report_id = ?").param(id).update())
                .hasMessageContaining("append-only");
    }

    @Test
    void rotationReSealsEveryIdentityUnderTheNewKeySoTheOldOneCanBeRetired() throws Exception {
        String id = file(submitted(PublicForm.anonymous().named("孙八", "", "13600002222").from("10.1.0.15")));
        // this report's identity as an older key sealed it
        String oldKey = key();
        IdentityCipher before = new IdentityCipher(KeyRing.fromConfiguration(Map.of("keys.k2025", oldKey, "active", "k2025")),
                new SecureRandom());
        var sealed = before.seal(id, new org.fundguard.reporting.confidentiality.ReporterIdentity("孙八", "", "13600002222", ""));
        jdbc.sql("update reports set identity_sealed = ?, identity_key = 'k2025' where id = ?").params(sealed.text(), id).update();
        // step 1: the new key is added and made active, the old one stays readable
        KeyRing both = KeyRing.fromConfiguration(Map.of("keys.k2025", oldKey, "keys.k2026", key(), "active", "k2026"));

        ReportService.Resealing done = service.resealAll(new IdentityCipher(both, new SecureRandom()), "k2026");

        assertThat(done.resealed()).isEqualTo(1);
        assertThat(service.get(id).identityKey()).isEqualTo("k2026");
        assertThat(service.get(id).identitySealed()).startsWith("v1.k2026.").isNotEqualTo(sealed.text());
        // identities under keys this ring does not hold (the platform's own) are named, not lost
        assertThat(done.unreadable()).doesNotContain(id);
        assertThat(auditLog.recent(5)).extracting(e -> e.action()).contains("REPORT_IDENTITIES_RESEALED");
    }

    private static byte[] withMarker(byte[] head, String marker) {
        byte[] m = marker.getBytes(StandardCharsets.UTF_8);
        byte[] out = java.util.Arrays.copyOf(head, head.length + m.length);
        System.arraycopy(m, 0, out, head.length, m.length);
        return out;
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static String key() {
        byte[] k = new byte[32];
        new SecureRandom().nextBytes(k);
        return Base64.getEncoder().encodeToString(k);
    }

    private static ReportService.RewardForm reward(String policy, String amount) {
        return new ReportService.RewardForm(policy, amount, true, 0, false, false, true, false, true, false, false);
    }

    private long count(String tableAndCondition) {
        return jdbc.sql("select count(*) from " + tableAndCondition).query(Long.class).single();
    }

    private long attachmentFiles() throws Exception {
        Path d = platform.dataDir().resolve("report-attachments");
        if (!Files.isDirectory(d)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(d)) {
            return s.count();
        }
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
        return r -> {
            r.setRemoteAddr(address);
            return r;
        };
    }
}
