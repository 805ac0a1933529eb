package org.fundguard.platform.institutions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.fundguard.platform.PlatformIT;
import org.fundguard.platform.SmallRegion;
import org.fundguard.platform.TestRuns;
import org.fundguard.platform.runs.RunMode;
import org.fundguard.platform.runs.RunService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * One institution never reaches another's records: every page and API endpoint of the portal, called
 * by 市第一人民医院's login with 康宁医院's ids, is refused with 403, and changes nothing; the owner gets
 * through on the same calls.
 */
@PlatformIT
class InstitutionIsolationIT {
    @Autowired
    RunService runs;
    @Autowired
    SelfInspectionService inspections;
    @Autowired
    InstitutionNotices notices;
    @Autowired
    InstitutionAccounts accounts;
    @Autowired
    MockMvc mvc;

    @TempDir
    Path dir;

    long report;
    String leadId;
    long notice;
    long file;

    @BeforeEach
    void kangningHasAReportAndANoticeWithAnAnswer(TestInfo test) {
        SmallRegion region = SmallRegion.writeTo(dir, Integer.toHexString(test.getDisplayName().hashCode()));
        RegionLeads.keepOnly(dir, region.overPrice);
        assertThat(TestRuns.awaitFinished(runs, runs.start("isolation", dir, RunMode.IMPORT, "analyst")).status()).isEqualTo("DONE");
        accounts.bind("inst1", SmallRegion.H_KANGNING, "admin");
        accounts.bind("inst2", SmallRegion.H_PEOPLE, "admin");
        report = inspections.start(SmallRegion.H_KANGNING, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31), "inst1");
        leadId = inspections.hits(report).get(0).leadId();
        notice = notices.send(SmallRegion.H_KANGNING, "FG-2024-000001", InstitutionNotices.Kind.INTERVIEW, "约谈通知书",
                "请于三日内到局约谈。", null, PlatformIT.TODAY.plusDays(3), "investigator");
        long statement = notices.answer(SmallRegion.H_KANGNING, notice, InstitutionNotices.StatementKind.STATEMENT, "情况说明",
                List.of(new InstitutionNotices.Upload("说明.pdf", "application/pdf", new byte[] {1, 2, 3})), PlatformIT.TODAY,
                "inst1");
        file = notices.statementsFor("FG-2024-000001").stream().filter(s -> s.id() == statement).findFirst().orElseThrow()
                .files().get(0).id();
    }

    List<AbstractMockHttpServletRequestBuilder<?>> kangningsEndpoints() {
        return List.<AbstractMockHttpServletRequestBuilder<?>>of(
                MockMvcRequestBuilders.get("/institution/self-inspections/" + report),
                MockMvcRequestBuilders.post("/institution/self-inspections/" + report + "/hits/" + leadId).param("disposition", "CORRECTED"),
                MockMvcRequestBuilders.post("/institution/self-inspections/" + report + "/submit").param("summary", "x"),
                MockMvcRequestBuilders.get("/institution/notices/" + notice),
                MockMvcRequestBuilders.multipart("/institution/notices/" + notice + "/statements")
                        .file(new MockMultipartFile("files", "x.txt", "text/plain", new byte[] {1}))
                        .param("kind", "DEFENCE").param("body", "申辩"),
                MockMvcRequestBuilders.get("/institution/files/" + file),
                MockMvcRequestBuilders.get("/api/v1/institution/self-inspections/" + report),
                MockMvcRequestBuilders.get("/api/v1/institution/notices/" + notice));
    }

    @Test
    void refusesEveryPageAndEndpointOfAnotherInstitution() throws Exception {
        for (AbstractMockHttpServletRequestBuilder<?> call : kangningsEndpoints()) {
            var response = mvc.perform(call.with(as("inst2")).with(csrf())).andReturn().getResponse();

            assertThat(response.getStatus()).as(call.toString()).isEqualTo(403);
            assertThat(response.getContentAsString()).doesNotContain("康宁医院", "情况说明");
        }
        assertThat(inspections.hits(report)).allSatisfy(h -> assertThat(h.disposition()).isNull());
        assertThat(inspections.get(report).submitted()).isFalse();
        assertThat(notices.statementsOf(notice)).hasSize(1);
    }

    @Test
    void letsTheOwnerThroughOnTheSameCalls() throws Exception {
        for (AbstractMockHttpServletRequestBuilder<?> call : kangningsEndpoints()) {
            var response = mvc.perform(call.with(as("inst1")).with(csrf())).andReturn().getResponse();

            assertThat(response.getStatus()).as(call.toString()).isIn(200, 302);
        }
    }

    @Test
    void listsOnlyTheInstitutionsOwnRecords() throws Exception {
        String reports = mvc.perform(MockMvcRequestBuilders.get("/api/v1/institution/self-inspections").with(as("inst2")))
                .andReturn().getResponse().getContentAsString();
        String noticeList = mvc.perform(MockMvcRequestBuilders.get("/api/v1/institution/notices").with(as("inst2")))
                .andReturn().getResponse().getContentAsString();
        String home = mvc.perform(MockMvcRequestBuilders.get("/institution").with(as("inst2")))
                .andReturn().getResponse().getContentAsString();

        String own = mvc.perform(MockMvcRequestBuilders.get("/api/v1/institution/self-inspections/" + report).with(as("inst1")))
                .andReturn().getResponse().getContentAsString();
        assertThat(own).contains(SmallRegion.H_KANGNING).doesNotContain("sourcePath").doesNotContain(dir.toString());
        assertThat(reports).doesNotContain(SmallRegion.H_KANGNING).doesNotContain("\"id\":" + report + ",");
        assertThat(noticeList).doesNotContain(SmallRegion.H_KANGNING);
        assertThat(home).contains(SmallRegion.H_PEOPLE).doesNotContain("约谈通知书")
                .doesNotContain("/institution/self-inspections/" + report + "\"");
    }

    @Test
    void refusesAnInstitutionLoginNotBoundToAnInstitution() throws Exception {
        int status = mvc.perform(MockMvcRequestBuilders.get("/institution").with(as("unbound-institution")))
                .andReturn().getResponse().getStatus();

        assertThat(status).isEqualTo(403);
    }

    private static RequestPostProcessor as(String username) {
        return user(username).roles("INSTITUTION");
    }
}
