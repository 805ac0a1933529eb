package org.fundguard.platform.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fundguard.platform.PlatformIT;
import org.fundguard.platform.SmallRegion;
import org.fundguard.platform.TestRuns;
import org.fundguard.platform.clues.ClueService;
import org.fundguard.platform.clues.Verdict;
import org.fundguard.platform.runs.RunMode;
import org.fundguard.platform.runs.RunService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A named report is handled through pages, API and exports by every role involved, with the logs turned up
 * (JDBC parameters included). The reporter's name, ID number and phone must appear in no page, no API answer,
 * no export, no log line and no database row — except in the two explicit reveal answers, which are checked
 * to contain them so that the search is known to work.
 */
@PlatformIT
@ExtendWith(OutputCaptureExtension.class)
class ReportConfidentialityIT {
    static final String NAME = "欧阳明华";
    static final String ID_NUMBER = "110105198506123454";
    static final String PHONE = "13987654321";

    @Autowired
    MockMvc mvc;
    @Autowired
    RunService runs;
    @Autowired
    ClueService clues;
    @Autowired
    JdbcClient jdbc;
    @TempDir
    Path dataset;

    final Map<String, String> seen = new LinkedHashMap<>();
    final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    final Map<String, Level> levels = new LinkedHashMap<>();

    @BeforeEach
    void listenToEveryLog() {
        SmallRegion.writeTo(dataset, "confidential");
        TestRuns.awaitFinished(runs, runs.start("保密", dataset, RunMode.IMPORT, "analyst"));
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        logs.setContext(context);
        logs.start();
        context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(logs);
        for (String name : new String[] {"org.fundguard", "org.springframework.web", "org.springframework.security",
                "org.springframework.jdbc.core", "org.springframework.transaction"}) {
            Logger l = context.getLogger(name);
            levels.put(name, l.getLevel());
            l.setLevel(name.equals("org.springframework.jdbc.core") ? Level.TRACE : Level.DEBUG);
        }
    }

    @AfterEach
    void restoreTheLogs() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        levels.forEach((name, level) -> context.getLogger(name).setLevel(level));
        context.getLogger(Logger.ROOT_LOGGER_NAME).detachAppender(logs);
    }

    @Test
    void theReportersIdentityAppearsNowhereButInTheExplicitReveal(CapturedOutput output) throws Exception {
        // a named report with a mistake first: the refused form must not echo the identity either
        PublicForm.Answer refused = PublicForm.anonymous().named(NAME, ID_NUMBER, PHONE).set("insider", "true")
                .from("10.2.0.1").submit(mvc, false);
        keep("refused form", refused.html());
        PublicForm.Answer filed = PublicForm.anonymous().named(NAME, ID_NUMBER, PHONE).set("insider", "true")
                .attach("证据.png", PublicForm.PNG).from("10.2.0.1").submit(mvc, true);
        keep("submitted page", filed.html());
        String id = jdbc.sql("select id from reports where query_code = ?").param(filed.queryCode()).query(String.class).single();
        keep("query page", page(post("/report/status").param("queryCode", filed.queryCode())
                .param("password", filed.password()).with(csrf()).with(r -> {
                    r.setRemoteAddr("10.2.0.1");
                    return r;
                })));

        as("intake", "INTAKE", get("/reports/register"));
        as("intake", "INTAKE", get("/reports/" + id));
        as("intake", "INTAKE", post("/reports/" + id + "/accept").param("category", "OVER_PRICE"));
        String clueId = jdbc.sql("select clue_id from reports where id = ?").param(id).query(String.class).single();
        as("intake", "INTAKE", get("/reports/" + id));
        as("intake", "INTAKE", post("/reports/" + id + "/filing").param("decision", "FILED"));
        as("privacy", "PRIVACY", post("/reports/" + id + "/notify").param("kind", "FILING").param("channel", "电话")
                .param("note", "已电话告知立案"));
        clues.assign(clueId, "investigator", "analyst");
        clues.verify(clueId, Verdict.CONFIRMED, "查证属实", new BigDecimal("80000"), "investigator");
        as("investigator", "INVESTIGATOR", get("/leads/" + clueId));
        as("intake", "INTAKE", post("/reports/" + id + "/reward").param("policy", "guangdong").param("verifiedAmount", "80000")
                .param("grade", "2").param("verified", "true").param("insider", "true").param("clearTargetAndEvidence", "true"));
        as("director", "DIRECTOR", get("/reports/" + id));
        as("director", "DIRECTOR", post("/reports/" + id + "/reward/decision").param("decision", "APPROVE"));
        as("intake", "INTAKE", post("/reports/" + id + "/reward/payment").param("paymentRef", "PAY-2026-0042"));
        for (String[] who : new String[][] {{"intake", "INTAKE"}, {"director", "DIRECTOR"}, {"privacy", "PRIVACY"}}) {
            as(who[0], who[1], get("/reports/register"));
            as(who[0], who[1], get("/reports/" + id));
            as(who[0], who[1], get("/api/v1/reports"));
            as(who[0], who[1], get("/api/v1/reports/" + id));
        }
        as("intake", "INTAKE", get("/reports/export.csv"));
        as("director", "DIRECTOR", get("/reports/export.csv"));
        as("analyst", "ANALYST", get("/leads/" + clueId));
        as("analyst", "ANALYST", get("/leads/export.csv"));
        as("analyst", "ANALYST", get("/api/v1/leads/" + clueId));
        as("intake", "INTAKE", get("/reports/" + id + "/attachments/" + jdbc.sql(
                "select id from report_attachments where report_id = ?").param(id).query(Long.class).single()));

        // the reveals: shown only here, and they do contain the identity
        String revealPage = page(post("/reports/" + id + "/reveal").param("reason", "核对身份以发放奖励")
                .with(user("privacy").roles("PRIVACY")).with(csrf()));
        String revealApi = page(post("/api/v1/reports/" + id + "/reveal").contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"告知处理结果需联系举报人\"}").with(user("privacy").roles("PRIVACY")).with(csrf()));
        assertThat(revealPage).contains(NAME).contains(ID_NUMBER).contains(PHONE);
        assertThat(revealApi).contains(NAME).contains(ID_NUMBER).contains(PHONE);

        // after the reveal: the report, the reveal log and the audit log still carry no identity
        as("privacy", "PRIVACY", get("/reports/" + id));
        as("intake", "INTAKE", get("/reports/" + id));
        as("admin", "ADMIN", get("/admin/auditlog"));
        as("admin", "ADMIN", get("/api/v1/auditlog"));
        keep("query page after the reward", page(post("/report/status").param("queryCode", filed.queryCode())
                .param("password", filed.password()).with(csrf()).with(r -> {
                    r.setRemoteAddr("10.2.0.1");
                    return r;
                })));
        for (String table : new String[] {"reports", "report_attachments", "report_notifications", "report_reveals",
                "report_rewards", "clues", "audit_log"}) {
            keep("table " + table, String.join("\n", jdbc.sql("select t::text from " + table + " t").query(String.class).list()));
        }
        List<String> lines = new ArrayList<>();
        for (ILoggingEvent e : logs.list) {
            lines.add(e.getFormattedMessage());
            if (e.getThrowableProxy() != null) {
                lines.add(ThrowableProxyUtil.asString(e.getThrowableProxy()));
            }
        }
        keep("log events", String.join("\n", lines));
        keep("console", output.getAll());

        assertThat(seen.entrySet()).filteredOn(e -> e.getKey().startsWith("query page after the reward")).singleElement()
                .satisfies(e -> assertThat(e.getValue()).contains("奖励已发放").contains("1920.00"));
        assertThat(seen).hasSizeGreaterThan(40);
        assertThat(logs.list).as("the logs were listened to").hasSizeGreaterThan(100);
        for (Map.Entry<String, String> e : seen.entrySet()) {
            for (String secret : new String[] {NAME, ID_NUMBER, PHONE}) {
                assertThat(e.getValue()).as("%s must not carry %s", e.getKey(), secret).doesNotContain(secret);
            }
        }
    }

    private void as(String username, String role, MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse r = mvc.perform(request.with(user(username).roles(role)).with(csrf())).andReturn().getResponse();
        assertThat(r.getStatus()).as(request.toString()).isLessThan(400);
        String body = r.getRedirectedUrl() != null ? "redirect " + r.getRedirectedUrl()
                : new String(r.getContentAsByteArray(), StandardCharsets.UTF_8);
        keep(username + " " + r.getStatus() + " " + seen.size(), body + "\n" + r.getHeaderNames().stream()
                .map(h -> h + ": " + r.getHeaders(h)).toList());
        if (r.getRedirectedUrl() != null && r.getRedirectedUrl().startsWith("/reports/")) {
            // the page after the action, with its flash message
            var flash = mvc.perform(get(r.getRedirectedUrl()).with(user(username).roles(role))).andReturn().getResponse();
            keep(username + " after " + seen.size(), flash.getContentAsString());
        }
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return new String(mvc.perform(request).andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    private void keep(String what, String text) {
        seen.put(what + " #" + seen.size(), text);
    }
}
