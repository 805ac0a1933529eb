package org.fundguard.formats;

import static org.apache.parquet.schema.LogicalTypeAnnotation.dateType;
import static org.apache.parquet.schema.LogicalTypeAnnotation.decimalType;
import static org.apache.parquet.schema.LogicalTypeAnnotation.stringType;
import static org.apache.parquet.schema.LogicalTypeAnnotation.timestampType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimeUnit;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;
import org.fundguard.core.dataset.Table;

/**
 * The Parquet column types of the contract tables (docs/adr/0002-parquet.md): dates as DATE,
 * date-times as local TIMESTAMP(MILLIS) (no time zone: the contract's times are local to the
 * region), money as DECIMAL(18,2), quantities as DECIMAL(18,4), counts as INT32, the lead score as
 * DOUBLE, everything else (ids, dictionary codes, flags, ';' lists) as UTF-8 strings. Every column
 * is OPTIONAL: an empty contract field is a null.
 */
final class ParquetSchemas {
    enum Kind { STRING, DATE, DATE_TIME, MONEY, QUANTITY, INT, DOUBLE }

    private static final Set<String> DATES = Set.of("cert_begin", "cert_end", "brdy", "death_date", "inv_date");
    private static final Set<String> DATE_TIMES = Set.of("begntime", "endtime", "fee_ocur_time", "setl_time",
            "purc_time");
    private static final Set<String> MONEY = Set.of("price_cap", "price_cap_lv2", "price_cap_lv1", "pric",
            "det_item_fee_sumamt", "medfee_sumamt", "fulamt_ownpay_amt", "hifp_pay", "acct_pay", "psn_cash_pay",
            "fund_pay_sumamt", "purc_pric", "fund_loss", "amount");
    private static final Set<String> QUANTITIES = Set.of("cnt", "purc_cnt", "inv_cnt", "max_units_day",
            "units_per_day_dose");
    private static final Set<String> INTS = Set.of("beds", "dialysis_machines", "lmt_age_min", "lmt_age_max",
            "max_days_supply");
    private static final Map<Table, String> SCORE = Map.of(Table.LEADS, "score");

    private ParquetSchemas() {
    }

    static Kind kind(Table table, String column) {
        if (DATES.contains(column)) {
            return Kind.DATE;
        }
        if (DATE_TIMES.contains(column)) {
            return Kind.DATE_TIME;
        }
        if (MONEY.contains(column)) {
            return Kind.MONEY;
        }
        if (QUANTITIES.contains(column)) {
            return Kind.QUANTITY;
        }
        if (INTS.contains(column)) {
            return Kind.INT;
        }
        if (column.equals(SCORE.get(table))) {
            return Kind.DOUBLE;
        }
        return Kind.STRING;
    }

    static MessageType of(Table table) {
        List<Type> fields = new ArrayList<>();
        for (String c : table.columns()) {
            fields.add(switch (kind(table, c)) {
                case STRING -> Types.optional(PrimitiveTypeName.BINARY).as(stringType()).named(c);
                case DATE -> Types.optional(PrimitiveTypeName.INT32).as(dateType()).named(c);
                case DATE_TIME -> Types.optional(PrimitiveTypeName.INT64).as(timestampType(false, TimeUnit.MILLIS))
                        .named(c);
                case MONEY -> Types.optional(PrimitiveTypeName.INT64).as(decimalType(2, 18)).named(c);
                case QUANTITY -> Types.optional(PrimitiveTypeName.INT64).as(decimalType(4, 18)).named(c);
                case INT -> Types.optional(PrimitiveTypeName.INT32).named(c);
                case DOUBLE -> Types.optional(PrimitiveTypeName.DOUBLE).named(c);
            });
        }
        return new MessageType(table.baseName(), fields);
    }
}
