package org.fundguard.platform.realtime;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A visit posted for real-time audit, in the data contract's field names (visits.csv,
 * fee_details.csv, settlements.csv) so that an institution's HIS sends what it already exports.
 * Money in yuan and quantities as text, never binary floating point.
 */
record VisitRequest(String stage, Visit visit, List<Line> lines, Settlement settlement) {

    record Visit(
            @JsonProperty("mdtrt_id") String mdtrtId,
            @JsonProperty("psn_no") String psnNo,
            @JsonProperty("fixmedins_code") String institutionCode,
            @JsonProperty("med_type") String medType,
            @JsonProperty("begntime") String begin,
            @JsonProperty("endtime") String end,
            @JsonProperty("dept_code") String deptCode,
            @JsonProperty("atddr_code") String attendingCode,
            @JsonProperty("main_diag_code") String mainDiag,
            @JsonProperty("other_diag_codes") String otherDiags,
            @JsonProperty("mdtrt_cert_type") String certType,
            @JsonProperty("terminal_id") String terminalId) {
    }

    record Line(
            @JsonProperty("feedetl_sn") String feedetlSn,
            @JsonProperty("fee_ocur_time") String time,
            @JsonProperty("med_list_codg") String listCode,
            @JsonProperty("medins_list_codg") String institutionListCode,
            @JsonProperty("cnt") String cnt,
            @JsonProperty("pric") String price,
            @JsonProperty("det_item_fee_sumamt") String amount,
            @JsonProperty("bilg_dr_codg") String orderingPractitioner,
            @JsonProperty("bilg_dept_codg") String orderingDept,
            @JsonProperty("drug_trac_codg") String traceCodes) {
    }

    record Settlement(
            @JsonProperty("setl_id") String setlId,
            @JsonProperty("setl_time") String time,
            @JsonProperty("medfee_sumamt") String medfeeSum,
            @JsonProperty("fulamt_ownpay_amt") String fullOwnpay,
            @JsonProperty("hifp_pay") String hifpPay,
            @JsonProperty("acct_pay") String acctPay,
            @JsonProperty("psn_cash_pay") String cashPay,
            @JsonProperty("fund_pay_sumamt") String fundPaySum) {
    }
}
