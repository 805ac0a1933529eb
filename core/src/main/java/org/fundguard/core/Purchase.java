package org.fundguard.core;

import java.time.LocalDateTime;

/** purchases.csv — 进销存 purchases (interface 3503). cnt in {@link Quantity} units. */
public record Purchase(
        String purcId,           // purc_id
        String institutionCode,  // fixmedins_code
        String listCode,         // med_list_codg
        LocalDateTime time,      // purc_time
        long cnt,                // purc_cnt
        long priceFen,           // purc_pric
        String supplier,         // spler_name
        String lot) implements java.io.Serializable {            // manu_lotnum
}
