package org.fundguard.core;

import java.time.LocalDateTime;

/** settlements.csv — 结算. Money in fen. */
public record Settlement(
        String setlId,            // setl_id
        String mdtrtId,           // mdtrt_id
        String psnNo,             // psn_no
        String institutionCode,   // fixmedins_code
        LocalDateTime time,       // setl_time
        long medfeeSumFen,        // medfee_sumamt
        long fullOwnpayFen,       // fulamt_ownpay_amt
        long hifpPayFen,          // hifp_pay
        long acctPayFen,          // acct_pay
        long cashPayFen,          // psn_cash_pay
        long fundPaySumFen,       // fund_pay_sumamt
        boolean reversed) implements java.io.Serializable {       // refd_setl_flag
}
