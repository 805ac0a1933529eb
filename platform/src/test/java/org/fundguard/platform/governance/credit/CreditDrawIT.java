package org.fundguard.platform.governance.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import org.fundguard.platform.PlatformIT;
import org.fundguard.platform.governance.GovernanceFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * Confirmed verifications lower an institution's credit, each rating run is kept as history, and the
 * grade in force moves the institution into its stratum in the next year's draw.
 */
@PlatformIT
class CreditDrawIT {
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void twoConfirmedFraudFindingsDropAnInstitutionToDAndIntoTheDStratumOfNextYearsDraw() throws Exception {
        GovernanceFixtures.importDirectory(mvc, "C", 20, 12);
        String fraud = GovernanceFixtures.targetCode("C", 3);   // grade C in the directory
        String clean = GovernanceFixtures.targetCode("C", 5);   // grade A in the directory
        // 条例 第四十条 fraud weighs 15 points, plus 1 per 10,000 yuan capped at 20: 35 each, 100 - 70 = 30 → D
        confirmedClue("CRED-1", fraud, "FAKE_ADMISSION", 30_000_000L, "2030-06-01 10:00");
        confirmedClue("CRED-2", fraud, "FAKE_ADMISSION", 25_000_000L, "2030-09-01 10:00");
        // a clue not confirmed is a lead, never a finding
        jdbc.sql("insert into clues (id, source_kind, source, category, fixmedins_code, amount_fen, status, created_by) "
                + "values ('CRED-3', 'RULE', 'r', 'FAKE_ADMISSION', ?, 90000000, 'NEW', 'test')").param(clean).update();

        JsonNode first = rate(2030, 2031);
        JsonNode ratings = GovernanceFixtures.json(mvc.perform(get("/api/v1/governance/credit?year=2030")
                .with(user("legal").roles("LEGAL"))).andReturn().getResponse().getContentAsString());
        assertThat(ratings.get("runId").asLong()).isEqualTo(first.get("runId").asLong());
        JsonNode fraudRating = find(ratings.get("ratings"), fraud);
        assertThat(fraudRating.get("score").asInt()).isEqualTo(30);
        assertThat(fraudRating.get("grade").asString()).isEqualTo("D");
        assertThat(fraudRating.get("deductions").asString()).contains("clues:CRED-1").contains("clues:CRED-2");
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

    private void confirmedClue(String id, String institution, String category, long confirmedFen, String verifiedAt) {
        jdbc.sql("""
                insert into clues (id, source_kind, source, category, subject_type, subject_id, fixmedins_code, amount_fen,
                                   confirmed_fen, status, verified_at, verified_by, created_by)
                values (?, 'RULE', 'r', ?, 'VISIT', ?, ?, ?, ?, 'CONFIRMED', cast(? as timestamptz), 'investigator', 'test')""")
                .params(id, category, "V-" + id, institution, confirmedFen, confirmedFen, verifiedAt).update();
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
