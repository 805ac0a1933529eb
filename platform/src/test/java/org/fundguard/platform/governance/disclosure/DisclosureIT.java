package org.fundguard.platform.governance.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import org.fundguard.platform.PlatformIT;
import org.fundguard.platform.governance.CaseRows;
import org.fundguard.platform.governance.GovernanceFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/** The 曝光台: what a director publishes is public, masked, filterable by category and year, and can be withdrawn. */
@PlatformIT
class DisclosureIT {
    static final String NAME = "王建国";
    static final String CERTNO = "370102198001011234";
    static final String PHONE = "13912345678";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void publishesATypicalCaseWithThePersonsDataMaskedEverywhere() throws Exception {
        publish("某诊所冒名就医案", "IDENTITY_MISUSE", 2023, "济南某诊所",
                "参保人" + NAME + "（身份证" + CERTNO + "，电话" + PHONE + "）的医保卡被诊所冒用。", "12345.67");

        String page = mvc.perform(get("/open/disclosures")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("某诊所冒名就医案").contains("济南某诊所").contains("王**").contains("370102********1234")
                .contains("139****5678").contains("12345.67");
        String api = mvc.perform(get("/api/v1/open/disclosures")).andReturn().getResponse().getContentAsString();
        String stored = String.join("|", jdbc.sql("select title || summary || person_masked || measures from disclosures")
                .query(String.class).list());
        for (String text : new String[] {page, api, stored}) {
            assertThat(text).doesNotContain(CERTNO).doesNotContain(PHONE).doesNotContain(NAME);
        }
    }

    @Test
    void filtersTheBoardByCategoryAndYear() throws Exception {
        publish("挂床住院案 2022", "BED_HANGING", 2022, "甲医院", "挂床住院 30 人次。", "100");
        publish("挂床住院案 2021", "BED_HANGING", 2021, "乙医院", "挂床住院 12 人次。", "100");
        publish("串换项目案 2022", "ITEM_SWAP", 2022, "丙药店", "串换药品。", "100");

        JsonNode bed2022 = list("?category=BED_HANGING&year=2022");
        assertThat(titles(bed2022)).containsExactly("挂床住院案 2022");
        assertThat(titles(list("?year=2022"))).contains("挂床住院案 2022", "串换项目案 2022").doesNotContain("挂床住院案 2021");
        assertThat(titles(list("?category=BED_HANGING"))).contains("挂床住院案 2022", "挂床住院案 2021")
                .doesNotContain("串换项目案 2022");
        String page = mvc.perform(get("/open/disclosures?category=ITEM_SWAP&year=2022")).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("串换项目案 2022").doesNotContain("挂床住院案");
    }

    @Test
    void aWithdrawnCaseLeavesTheBoardAndTheWithdrawalIsLogged() throws Exception {
        publish("撤回测试案", "DUPLICATE_CHARGE", 2020, "丁医院", "重复收费。", "1");
        long id = jdbc.sql("select id from disclosures where title = '撤回测试案'").query(Long.class).single();
        assertThat(titles(list("?year=2020"))).contains("撤回测试案");

        mvc.perform(post("/governance/disclosures/" + id + "/withdraw").param("reason", "复议撤销原处理决定")
                .with(user("director").roles("DIRECTOR")).with(csrf()));

        assertThat(titles(list("?year=2020"))).doesNotContain("撤回测试案");
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'DISCLOSURE_WITHDRAWN' and target = ?")
                .param("disclosure:" + id).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aDirectorPreparesADisclosureFromAVerifiedClue() throws Exception {
        jdbc.sql("""
                insert into clues (id, source_kind, source, category, fixmedins_code, amount_fen, confirmed_fen, status,
                                   explanation, verdict_reason, verified_at, created_by)
                values ('DISC-CLUE', 'RULE', 'r', 'OVER_PRICE', 'H-DISC', 5000, 4200, 'CONFIRMED',
                        '血常规超收15.00元，联系人电话13800001111', '票据核实', now(), 'test')""").update();

        String form = mvc.perform(get("/governance/disclosures?clue=DISC-CLUE").with(user("director").roles("DIRECTOR")))
                .andReturn().getResponse().getContentAsString();

        assertThat(form).contains("H-DISC").contains("42.00").contains("血常规超收15.00元").contains("clues:DISC-CLUE")
                .contains("138****1111").doesNotContain("13800001111");
    }

    @Test
    void aCasePublishedAtTheEndOfCaseHandlingAppearsOnTheBoardMasked() throws Exception {
        jdbc.sql("insert into clues (id, source_kind, source, category, fixmedins_code, amount_fen, status, created_by) "
                + "values ('DISC-CASE-CLUE', 'RULE', 'r', 'CARD_HARVEST', 'H-DISC-CASE', 1, 'CASE_OPENED', 'test')").update();
        CaseRows cases = new CaseRows(jdbc);
        long c = cases.caseOf("DISC-CASE-1", "DISC-CASE-CLUE", "H-DISC-CASE");
        long d = cases.decision(c, "2017-05-02", 8_800_000L, "第四十条");
        cases.sanction(d, c, "TERMINATE_AGREEMENT", 0);
        cases.publication(c, "聚敛医保卡案", "涉案人员身份证" + CERTNO + "已移送。", "2017-06-01 10:00");

        JsonNode board = list("?category=CARD_HARVEST&year=2017");

        assertThat(titles(board)).containsExactly("聚敛医保卡案");
        JsonNode item = board.get(0);
        assertThat(item.get("origin").asString()).isEqualTo("CASE");
        assertThat(item.get("amountFen").asLong()).isEqualTo(8_800_000L);
        assertThat(item.get("measures").asString()).isEqualTo("TERMINATE_AGREEMENT");
        assertThat(item.get("summary").asString()).contains("370102********1234").doesNotContain(CERTNO);
        assertThat(item.get("sourceRef").asString()).isEqualTo("cases:DISC-CASE-1");
    }

    private void publish(String title, String category, int year, String institution, String summary, String amount)
            throws Exception {
        int status = mvc.perform(post("/governance/disclosures").with(user("director").roles("DIRECTOR")).with(csrf())
                .param("title", title).param("category", category).param("year", Integer.toString(year))
                .param("institutionName", institution).param("personName", NAME).param("personCertno", CERTNO)
                .param("summary", summary).param("measures", "追回全部违规费用，罚款").param("amount", amount))
                .andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(302);
    }

    private JsonNode list(String query) throws Exception {
        return GovernanceFixtures.json(mvc.perform(get("/api/v1/open/disclosures" + query)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    private static java.util.List<String> titles(JsonNode array) {
        java.util.List<String> out = new java.util.ArrayList<>();
        array.forEach(n -> out.add(n.get("title").asString()));
        return out;
    }
}
