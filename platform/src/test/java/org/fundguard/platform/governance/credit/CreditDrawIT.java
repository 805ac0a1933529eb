package org.fundguard.platform.governance.credit;

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
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * A decided case (finding and sanctions) lowers an institution's credit while a verified clue without
 * a decision does not, each rating run is kept as history, and the grade in force moves the
 * institution into its stratum in the next year's draw.
 */
@PlatformIT
class CreditDrawIT {
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aDecidedFraudCaseDropsAnInstitutionToDAndIntoTheDStratumOfNextYearsDraw() throws Exception {
        GovernanceFixtures.importDirectory(mvc, "C", 20, 12);
        String fraud = GovernanceFixtures.targetCode("C", 3);   // grade C in the directory
        String clean = GovernanceFixtures.targetCode("C", 5);   // grade A in the directory
        // a decided fraud case: 条例 第四十条 15 points + 1 per 10,000 yuan capped at 20 = 35, a fine 15 and
        // the agreement terminated 45: 100 - 95 = 5 → D
        jdbc.sql("insert into clues (id, source_kind, source, category, fixmedins_code, amount_fen, status, created_by) "
                + "values ('CRED-1', 'RULE', 'r', 'FAKE_ADMISSION', ?, 30000000, 'CASE_OPENED', 'test')").param(fraud).update();
        CaseRows cases = new CaseRows(jdbc);
        long c = cases.caseOf("CRED-CASE-1", "CRED-1", fraud);
        long d = cases.decision(c, "2030-06-01", 30_000_000L, "第四十条");
        cases.sanction(d, c, "RETURN_LOSS", 30_000_000L);
        cases.sanction(d, c, "FINE", 60_000_000L);
        cases.sanction(d, c, "TERMINATE_AGREEMENT", 0);
        // a clue verified 成立 but not decided in a case is not a finding yet
        jdbc.sql("insert into clues (id, source_kind, source, category, fixmedins_code, amount_fen, confirmed_fen, status, "
                + "verified_at, created_by) values ('CRED-2', 'RULE', 'r', 'FAKE_ADMISSION', ?, 90000000, 90000000, "
                + "'CONFIRMED', '2030-03-01', 'test')").param(clean).update();

        JsonNode first = rate(2030, 2031);
        JsonNode ratings = GovernanceFixtures.json(mvc.perform(get("/api/v1/governance/credit?year=2030")
                .with(user("legal").roles("LEGAL"))).andReturn().getResponse().getContentAsString());
        assertThat(ratings.get("runId").asLong()).isEqualTo(first.get("runId").asLong());
        JsonNode fraudRating = find(ratings.get("ratings"), fraud);
        assertThat(fraudRating.get("score").asInt()).isEqualTo(5);
        assertThat(fraudRating.get("grade").asString()).isEqualTo("D");
        assertThat(fraudRating.get("deductions").asString()).contains("-35 ").contains("-15 ").contains("-45 ")
                .contains("cases:CRED-CASE-1");
        assertThat(find(ratings.get("ratings"), clean).get("grade").asString()).isEqualTo("A");

        rate(2030, 2031);
        String history = mvc.perform(get("/governance/credit?kind=INSTITUTION&subject=" + fraud)
                .with(user("director").roles("DIRECTOR"))).andReturn().getResponse().getContentAsString();
        // one row per run and year: two runs of 2030-2031, all D
        String historyTable = history.substring(history.indexOf("id=\"credit-history\""));
        historyTable = historyTable.substring(0, historyTable.indexOf("</table>"));
        assertThat(historyTable.split("<td>D</td>", -1).length - 1).isEqualTo(4);
        assertThat(historyTable).doesNotContain("<td>A</td>");

        // the draw of 2031 takes 2030's grades: the fraud institution is in stratum D, drawn at 100%
        String body = "{\"title\":\"credit\",\"year\":2031,\"seed\":\"credit-seed\","
                + "\"ratiosPermille\":{\"A\":0,\"B\":0,\"C\":0,\"D\":1000}}";
        JsonNode draw = GovernanceFixtures.json(mvc.perform(post("/api/v1/governance/draws")
                .with(user("director").roles("DIRECTOR")).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        JsonNode drawn = find(draw.get("targets"), fraud, "code");
        assertThat(drawn).isNotNull();
        assertThat(drawn.get("grade").asString()).isEqualTo("D");
        assertThat(find(draw.get("targets"), clean, "code")).isNull();
        long dInDirectory = jdbc.sql("select count(*) from draw_input_targets where draw_id = ? and credit_grade = 'D'")
                .param(draw.get("id").asLong()).query(Long.class).single();
        assertThat(draw.get("targets").size()).isEqualTo((int) dInDirectory);
    }

    private JsonNode rate(int first, int last) throws Exception {
        var r = mvc.perform(post("/api/v1/governance/credit/runs").with(user("analyst").roles("ANALYST")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"firstYear\":" + first + ",\"lastYear\":" + last + "}"))
                .andReturn().getResponse();
        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(200);
        return GovernanceFixtures.json(r.getContentAsString());
    }

    private static JsonNode find(JsonNode array, String id) {
        return find(array, id, "subjectId");
    }

    private static JsonNode find(JsonNode array, String id, String field) {
        for (JsonNode n : array) {
            if (n.get(field).asString().equals(id)) {
                return n;
            }
        }
        return null;
    }
}
