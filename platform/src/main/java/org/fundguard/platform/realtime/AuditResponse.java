package org.fundguard.platform.realtime;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.fundguard.core.Money;
import org.fundguard.engine.rules.AuditResult;
import org.fundguard.engine.rules.RuleHit;

/**
 * The answer in the shape of the national 3101/3102 result (明细审核事前/事中分析服务): one entry per
 * violation with its fee lines, amounts as yuan text.
 */
record AuditResponse(
        @JsonProperty("mdtrt_id") String mdtrtId,
        @JsonProperty("psn_no") String psnNo,
        @JsonProperty("stage") String stage,
        @JsonProperty("passed") boolean passed,
        @JsonProperty("result") List<Hit> result) {

    record Hit(
            @JsonProperty("jr_id") String jrId,
            @JsonProperty("rule_id") String ruleId,
            @JsonProperty("rule_name") String ruleName,
            @JsonProperty("vola_cont") String volaCont,
            @JsonProperty("patn_id") String patnId,
            @JsonProperty("mdtrt_id") String mdtrtId,
            @JsonProperty("judge_result_detail_dtos") List<Detail> details,
            @JsonProperty("vola_amt") String volaAmt,
            @JsonProperty("vola_amt_stas") String volaAmtStas,
            @JsonProperty("sev_deg") String sevDeg,
            @JsonProperty("vola_evid") String volaEvid,
            @JsonProperty("vola_bhvr_type") String volaBhvrType) {
    }

    record Detail(
            @JsonProperty("jr_id") String jrId,
            @JsonProperty("patn_id") String patnId,
            @JsonProperty("mdtrt_id") String mdtrtId,
            @JsonProperty("rx_id") String rxId,
            @JsonProperty("vola_item_type") String volaItemType,
            @JsonProperty("vola_amt") String volaAmt) {
    }

    static AuditResponse of(AuditResult r) {
        List<Hit> hits = new java.util.ArrayList<>(r.hits().size());
        for (RuleHit h : r.hits()) {
            List<Detail> details = new java.util.ArrayList<>(h.details().size());
            for (RuleHit.Detail d : h.details()) {
                details.add(new Detail(d.jrId(), d.patnId(), d.mdtrtId(), d.rxId(), d.volaItemType(),
                        Money.format(d.volaAmtFen())));
            }
            hits.add(new Hit(h.jrId(), h.ruleId(), h.ruleName(), h.volaCont(), h.patnId(), h.mdtrtId(), details,
                    Money.format(h.volaAmtFen()), h.volaAmtStas(), h.sevDeg(), h.volaEvid(), h.volaBhvrType()));
        }
        return new AuditResponse(r.mdtrtId(), r.psnNo(), r.stage().name(), r.passed(), hits);
    }
}
