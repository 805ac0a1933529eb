package org.fundguard.engine.rules;

import java.util.List;

/**
 * One violation found in real time, shaped like a result of the national 3101/3102 interface
 * (明细审核事前/事中分析服务): field names in comments. Amounts in fen.
 *
 * @param jrId          jr_id 违规标识 (stable: the lead id of the finding)
 * @param ruleId        rule_id 规则ID
 * @param ruleName      rule_name 规则名称
 * @param volaCont      vola_cont 违规内容 (the one-sentence explanation with its figures)
 * @param patnId        patn_id 参保人ID (psn_no)
 * @param mdtrtId       mdtrt_id 就诊ID
 * @param details       judge_result_detail_dtos 违规明细 (one per fee line concerned)
 * @param volaAmtFen    vola_amt 违规金额
 * @param volaAmtStas   vola_amt_stas 违规金额计算状态: "1" computed
 * @param sevDeg        sev_deg 严重程度: "1" 明确违规, "2" 可疑
 * @param volaEvid      vola_evid 违规依据 (national rule class and code, or the rule's name)
 * @param volaBhvrType  vola_bhvr_type 违规行为分类 (the category code of scenarios.md)
 * @param fundShareFen  the fund's part of the amount
 * @param evidence      row ids supporting it
 */
public record RuleHit(String jrId, String ruleId, String ruleName, String volaCont, String patnId, String mdtrtId,
        List<Detail> details, long volaAmtFen, String volaAmtStas, String sevDeg, String volaEvid, String volaBhvrType,
        long fundShareFen, List<String> evidence) {

    public RuleHit {
        details = List.copyOf(details);
        evidence = List.copyOf(evidence);
    }

    /**
     * One fee line of a violation (judge_result_detail_dtos).
     *
     * @param rxId         rx_id: the fee line (feedetl_sn)
     * @param volaItemType vola_item_type: the line's list_type (101 drug, 102 herbal, 201 service, 301 consumable)
     */
    public record Detail(String jrId, String patnId, String mdtrtId, String rxId, String volaItemType, long volaAmtFen) {
    }
}
