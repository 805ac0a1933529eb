package org.fundguard.platform.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fundguard.platform.PlatformIT;
import org.fundguard.reporting.confidentiality.KeyRing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@code bin/fundguard demo} starts the platform with a region to screen; the reports feature then files two demo
 * reports through the public path. Its own context (the start property), closed after the class; the region named
 * does not exist, so the screening only logs a warning.
 */
@PlatformIT
@TestPropertySource(properties = "fundguard.screen-on-start=target/no-region-for-the-report-demo")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class ReportDemoIT {
    private static final String DEMO_NAME = "演示举报人";
    private static final String DEMO_PHONE = "13800000000";
    private static final Pattern PRINTED = Pattern.compile("查询码 ([2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}) / 密码 (\\S+)");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ReportService service;
    @Autowired
    ReportDemo demo;
    @Autowired
    KeyRing keys;
    @Autowired
    MockMvc mvc;

    record Row(String id, boolean anonymous, String sealed, String keyId, String status) {
    }

    private List<Row> rows() {
        return jdbc.sql("select id, anonymous, identity_sealed, identity_key, status from reports order by seq")
                .query((rs, n) -> new Row(rs.getString(1), rs.getBoolean(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .list();
    }

    @Test
    void filesAnAnonymousAndANamedDemoReportWhoseIdentityIsSealed() {
        List<Row> rows = rows();

        assertThat(rows).hasSize(2);
        assertThat(rows).extracting(Row::status).containsOnly("RECEIVED");
        Row anonymous = rows.get(0);
        Row named = rows.get(1);
        assertThat(anonymous.anonymous()).isTrue();
        assertThat(anonymous.sealed()).isNull();
        assertThat(named.anonymous()).isFalse();
        assertThat(named.keyId()).isEqualTo(keys.activeId());
        assertThat(named.sealed()).startsWith("v1." + keys.activeId() + ".").doesNotContain(DEMO_NAME).doesNotContain(DEMO_PHONE);
        assertThat(jdbc.sql("select count(*) from reports where description like ? or subject like ?")
                .params("%" + DEMO_PHONE + "%", "%" + DEMO_NAME + "%").query(Long.class).single()).isZero();

        var identity = service.reveal(named.id(), "核对演示数据的加密", "privacy");

        assertThat(identity.name()).isEqualTo(DEMO_NAME);
        assertThat(identity.phone()).isEqualTo(DEMO_PHONE);
    }

    @Test
    void printsAQueryCodeAndPasswordThatOpenTheAnonymousDemoReport(CapturedOutput output) throws Exception {
        Matcher m = PRINTED.matcher(output.getOut());
        assertThat(m.find()).as("the demo start prints the query code and password").isTrue();

        String page = mvc.perform(post("/report/status").param("queryCode", m.group(1)).param("password", m.group(2))
                .with(csrf()).with(r -> {
                    r.setRemoteAddr("10.3.0.1");
                    return r;
                })).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("已收到，待受理").contains("某社区卫生服务中心");
    }

    @Test
    void aRestartFilesNoFurtherDemoReports() throws Exception {
        long before = rows().size();

        demo.run(null);

        assertThat(rows()).hasSize((int) before);
    }
}
