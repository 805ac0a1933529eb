package org.fundguard.core;

import java.time.LocalDateTime;
import java.util.List;

/** fee_details.csv — 费用明细: one charged line. cnt is in {@link Quantity} units, money in fen. */
public record FeeDetail(
        String feedetlSn,            // feedetl_sn
        String mdtrtId,              // mdtrt_id
        String psnNo,                // psn_no
        String institutionCode,      // fixmedins_code
        LocalDateTime time,          // fee_ocur_time
        String listCode,             // med_list_codg
        String institutionListCode,  // medins_list_codg
        long cnt,                    // cnt (negative for a refund line)
        long priceFen,               // pric
        long amountFen,              // det_item_fee_sumamt
        String orderingPractitioner, // bilg_dr_codg
        String orderingDept,         // bilg_dept_codg
        List<String> traceCodes) implements java.io.Serializable {   // drug_trac_codg

    public FeeDetail {
        traceCodes = traceCodes == null ? List.of() : List.copyOf(traceCodes);
    }

    public boolean isRefund() {
        return cnt < 0;
    }
}
