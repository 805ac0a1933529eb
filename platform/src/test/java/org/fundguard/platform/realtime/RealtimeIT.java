package org.fundguard.platform.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.fundguard.platform.PlatformIT;
import org.fundguard.platform.SmallRegion;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The real-time endpoint as an institution's HIS calls it: API key, one visit in, 3101-shaped hits out. */
@PlatformIT
class RealtimeIT {
    @Autowired
    MockMvc mvc;
    @Autowired
    RealtimeAudit realtime;
    @Autowired
    PgHistoryStore history;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbcTemplate;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    @TempDir
    Path dir;

    @BeforeEach
    void loadTheReference() {
        SmallRegion.writeTo(dir, "rt");
        assertThat(realtime.load(dir)).isTrue();
    }

    @Test
    void flagsAVisitOfADeadPersonAndALineAboveItsPriceCap() throws Exception {
        String body = visit("RT-V1", SmallRegion.DECEASED, "2024-03-20 10:00:00", "35.00", null);

        MockHttpServletResponse r = post(body, PlatformIT.API_KEY);

        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(200);
        assertThat(r.getContentAsString()).contains("\"passed\":false").contains("\"vola_bhvr_type\":\"DECEASED_CLAIM\"")
                .contains("\"vola_bhvr_type\":\"OVER_PRICE\"").contains("\"rx_id\":\"RT-V1-1\"")
                .contains("\"judge_result_detail_dtos\"");
    }

    @Test
    void passesAnOrdinaryVisit() throws Exception {
        MockHttpServletResponse r = post(visit("RT-V2", SmallRegion.OTHER, "2024-05-02 10:00:00", "18.00", null),
                PlatformIT.API_KEY);

        assertThat(r.getStatus()).isEqualTo(200);
        assertThat(r.getContentAsString()).contains("\"passed\":true").contains("\"result\":[]");
    }

    @Test
    void addsASettledVisitToThePersonsHistory() throws Exception {
        String settlement = """
                ,"settlement":{"setl_id":"RT-S3","setl_time":"2024-05-03 11:00:00","medfee_sumamt":"18.00",
                 "hifp_pay":"14.40","psn_cash_pay":"3.60","fund_pay_sumamt":"14.40"}""";

        post(visit("RT-V3", SmallRegion.INPATIENT, "2024-05-03 10:00:00", "18.00", settlement), PlatformIT.API_KEY);

        history.flush();
        assertThat(jdbc.sql("select count(*) from rt_claims where mdtrt_id = 'RT-V3'").query(Long.class).single()).isEqualTo(1);
        assertThat(history.claims(SmallRegion.INPATIENT, LocalDate.of(2024, 5, 1)))
                .anySatisfy(c -> {
                    assertThat(c.visit().mdtrtId()).isEqualTo("RT-V3");
                    assertThat(c.lines()).hasSize(1);
                    assertThat(c.settlements().get(0).fundPaySumFen()).isEqualTo(1440);
                });
    }

    @Test
    void keepsItsCacheWithinItsBoundOfFeeLinesAndReloadsEvictedPersonsFromTheTable() throws Exception {
        String[] persons = {SmallRegion.OTHER, SmallRegion.INPATIENT};
        for (int i = 0; i < persons.length; i++) {
            String settlement = ",\"settlement\":{\"setl_id\":\"RT-BS" + i + "\",\"setl_time\":\"2024-06-0" + (i + 1)
                    + " 11:00:00\",\"medfee_sumamt\":\"18.00\",\"hifp_pay\":\"14.40\",\"psn_cash_pay\":\"3.60\","
                    + "\"fund_pay_sumamt\":\"14.40\"}";
            post(visit("RT-B" + i, persons[i], "2024-06-0" + (i + 1) + " 10:00:00", "18.00", settlement), PlatformIT.API_KEY);
        }
        history.flush();
        // a store allowed one fee line: every person loaded pushes the others out
        PgHistoryStore small = new PgHistoryStore(jdbcTemplate, transactions, 1_000, 1);

        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < persons.length; i++) {
                String visit = "RT-B" + i;
                assertThat(small.claims(persons[i], LocalDate.of(2024, 6, 1)))
                        .as("person %s, round %d", persons[i], round).anySatisfy(c -> assertThat(c.visit().mdtrtId()).isEqualTo(visit));
                assertThat(small.cachedLines()).isLessThanOrEqualTo(1);
            }
        }
    }

    @Test
    void refusesACallWithoutAValidKey() throws Exception {
        String body = visit("RT-V4", SmallRegion.OTHER, "2024-05-02 10:00:00", "18.00", null);

        assertThat(post(body, null).getStatus()).isEqualTo(401);
        assertThat(post(body, "fgk_not_a_key").getStatus()).isEqualTo(401);
    }

    @Test
    void namesTheFieldOfABadVisit() throws Exception {
        MockHttpServletResponse r = post(visit("RT-V5", SmallRegion.OTHER, "2024-05-02 10:00:00", "18.001", null),
                PlatformIT.API_KEY);

        assertThat(r.getStatus()).isEqualTo(400);
        assertThat(r.getContentAsString()).contains("lines[0].pric");
    }

    @Test
    void refusesABodyThatIsNotJsonSayingWhere() throws Exception {
        MockHttpServletResponse r = post("{\"visit\":{\"mdtrt_id\":\"RT-V7\",", PlatformIT.API_KEY);

        assertThat(r.getStatus()).isEqualTo(400);
        assertThat(r.getContentAsString()).contains("body: not valid JSON at line 1").doesNotContain("Exception");
    }

    @Test
    void refusesAPersonOutsideTheReference() throws Exception {
        MockHttpServletResponse r = post(visit("RT-V6", "P9999", "2024-05-02 10:00:00", "18.00", null), PlatformIT.API_KEY);

        assertThat(r.getStatus()).isEqualTo(422);
        assertThat(r.getContentAsString()).contains("P9999");
    }

    private MockHttpServletResponse post(String body, String key) throws Exception {
        var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/realtime/audit")
                .contentType(MediaType.APPLICATION_JSON).content(body);
        if (key != null) {
            request.header("X-API-Key", key);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    /** One outpatient visit at 康宁医院 (level 2) with one 血常规 line (capped at 20.00 yuan). */
    private static String visit(String id, String psn, String time, String price, String settlement) {
        return """
                {"stage":"DURING",
                 "visit":{"mdtrt_id":"%s","psn_no":"%s","fixmedins_code":"%s","med_type":"11","begntime":"%s",
                          "endtime":"%s","dept_code":"D01","atddr_code":"D00000000001","main_diag_code":"J06.9",
                          "mdtrt_cert_type":"03","terminal_id":"T1"},
                 "lines":[{"feedetl_sn":"%s-1","fee_ocur_time":"%s","med_list_codg":"C002","cnt":"1","pric":"%s",
                           "det_item_fee_sumamt":"%s","bilg_dr_codg":"D00000000001","bilg_dept_codg":"D01"}]%s}"""
                .formatted(id, psn, SmallRegion.H_KANGNING, time, time, id, time, price, price,
                        settlement == null ? "" : settlement);
    }
}
