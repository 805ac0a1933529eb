package org.fundguard.platform.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;

class VisitRequestReaderTest {
    private static final String BODY = """
            {"stage":"PRE","client":{"name":"HIS","version":[1,2]},
             "visit":{"mdtrt_id":"V1","psn_no":"P1","fixmedins_code":"H1","med_type":"11",
                      "begntime":"2025-07-01 08:00:00","endtime":null,"dept_code":"D01","atddr_code":"D9",
                      "main_diag_code":"J06.9","other_diag_codes":"E11;I10","mdtrt_cert_type":"03","terminal_id":"T1"},
             "lines":[{"feedetl_sn":"F1","fee_ocur_time":"2025-07-01 08:05:00","med_list_codg":"C001",
                       "medins_list_codg":"M1","cnt":2,"pric":12.5,"det_item_fee_sumamt":"25.00",
                       "bilg_dr_codg":"D9","bilg_dept_codg":"D01","drug_trac_codg":"T1;T2","note":{"x":1}}],
             "settlement":{"setl_id":"S1","setl_time":"2025-07-01 09:00:00","medfee_sumamt":"25.00",
                           "fulamt_ownpay_amt":"0","hifp_pay":"20.00","acct_pay":"0","psn_cash_pay":"5.00",
                           "fund_pay_sumamt":"20.00"}}""";

    @Test
    void readsEveryFieldOfTheContractAndSkipsOthers() {
        VisitRequest r = read(BODY);

        assertThat(r.stage()).isEqualTo("PRE");
        assertThat(r.visit()).isEqualTo(new VisitRequest.Visit("V1", "P1", "H1", "11", "2025-07-01 08:00:00", null, "D01",
                "D9", "J06.9", "E11;I10", "03", "T1"));
        assertThat(r.lines()).containsExactly(new VisitRequest.Line("F1", "2025-07-01 08:05:00", "C001", "M1", "2", "12.5",
                "25.00", "D9", "D01", "T1;T2"));
        assertThat(r.settlement()).isEqualTo(new VisitRequest.Settlement("S1", "2025-07-01 09:00:00", "25.00", "0", "20.00",
                "0", "5.00", "20.00"));
    }

    @Test
    void takesNumbersAsTheirTextSoMoneyNeverPassesThroughADouble() {
        VisitRequest r = read("""
                {"visit":{"mdtrt_id":"V1"},"lines":[{"pric":0.1,"cnt":1E+1}]}""");

        assertThat(r.lines().get(0).price()).isEqualTo("0.1");
        assertThat(r.lines().get(0).cnt()).isEqualTo("1E+1");
    }

    @Test
    void namesTheFieldThatIsNotAText() {
        assertThatThrownBy(() -> read("""
                {"visit":{"mdtrt_id":"V1"},"lines":[{"feedetl_sn":"F1"},{"pric":{"yuan":1}}]}"""))
                .isInstanceOf(VisitMapping.BadVisit.class).hasMessage("lines[1].pric: not a text value");
        assertThatThrownBy(() -> read("{\"lines\":{}}")).isInstanceOf(VisitMapping.BadVisit.class)
                .hasMessage("lines: not a list of fee lines");
        assertThatThrownBy(() -> read("[1]")).isInstanceOf(VisitMapping.BadVisit.class).hasMessage("body: not a JSON object");
    }

    @Test
    void leavesABrokenDocumentToTheParsersError() {
        assertThatThrownBy(() -> read("{\"visit\":{\"mdtrt_id\":\"V1\"")).isInstanceOf(JacksonException.class);
    }

    @Test
    void readsTheContractsDateTimeAndRefusesOthers() {
        assertThat(VisitMapping.dateTime("2024-02-29 23:59:58")).isEqualTo(LocalDateTime.of(2024, 2, 29, 23, 59, 58));
        assertThat(VisitMapping.dateTime("2025-02-29 10:00:00")).isNull();
        assertThat(VisitMapping.dateTime("2025-07-01T10:00:00")).isNull();
        assertThat(VisitMapping.dateTime("2025-07-01 24:00:00")).isNull();
        assertThat(VisitMapping.dateTime("2025-7-01 10:00:00")).isNull();
        assertThat(VisitMapping.dateTime("2025-07-01 10:0a:00")).isNull();
    }

    private static VisitRequest read(String json) {
        return VisitRequestReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }
}
