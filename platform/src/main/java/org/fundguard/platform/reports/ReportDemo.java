package org.fundguard.platform.reports;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code bin/fundguard demo}: when the platform starts with a region to screen and holds no report yet, two
 * reports are filed through the public path (challenge answered, identity sealed) so that the register, the
 * query page and the privacy officer's reveal have something to show. The identity is invented.
 */
@Component
@Order(3)
@ConditionalOnWebApplication
class ReportDemo implements ApplicationRunner {
    private final ReportService service;
    private final JdbcClient jdbc;
    private final String screenOnStart;
    private final org.springframework.core.env.Environment environment;

    ReportDemo(ReportService service, JdbcClient jdbc, @Value("${fundguard.screen-on-start:}") String screenOnStart,
            org.springframework.core.env.Environment environment) {
        this.service = service;
        this.jdbc = jdbc;
        this.screenOnStart = screenOnStart;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (screenOnStart == null || screenOnStart.isBlank()
                || jdbc.sql("select count(*) from reports").query(Long.class).single() > 0) {
            return;
        }
        ReportService.Receipt anonymous = file(false, "MEDICAL_INSTITUTION", "MI-10", "某社区卫生服务中心",
                "血常规、尿常规检查按高于医保限价的标准收费，收费票据与医保结算单金额不一致，持续约半年。", "12000");
        file(true, "RETAIL_PHARMACY", service.taxonomy().behavioursOf(service.taxonomy().actor("RETAIL_PHARMACY").orElseThrow())
                .get(0).id(), "某大药房连锁门店", "药店用参保人的医保卡刷取生活用品和保健品，按药品名目结算，店员称很多人都这样刷。", "3000");
        System.out.println("示例举报 demo report: 查询码 " + anonymous.queryCode() + " / 密码 " + anonymous.password()
                + " (http://localhost:" + environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"))
                + "/report/status)");
    }

    private ReportService.Receipt file(boolean named, String actor, String behaviour, String subject, String text, String amount) {
        Challenge.Question q = service.newChallenge();
        return service.submit(new Submission(actor, List.of(behaviour), subject, text, "", "", amount, named,
                named ? "演示举报人" : null, null, named ? "13800000000" : null, null, named, true, true, null, null,
                q.token(), String.valueOf(q.a() + q.b()), List.of()));
    }
}
