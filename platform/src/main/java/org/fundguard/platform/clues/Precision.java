package org.fundguard.platform.clues;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * How often each rule and model is right, from the investigators' verdicts: precision = confirmed /
 * verified. 不成立 and 误报 both count against it; 误报 is shown apart because it points at the
 * detector rather than at the facts.
 */
@Repository
public class Precision {
    private final JdbcClient jdbc;

    Precision(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Row(String sourceKind, String source, long clues, long open, long confirmed, long notEstablished,
            long falsePositive, long confirmedFen) {

        public long verified() {
            return confirmed + notEstablished + falsePositive;
        }

        /** Confirmed share of the verified clues; null while none is verified. */
        public BigDecimal precision() {
            return verified() == 0 ? null
                    : BigDecimal.valueOf(confirmed).divide(BigDecimal.valueOf(verified()), 3, RoundingMode.HALF_UP);
        }
    }

    public List<Row> bySource() {
        return jdbc.sql("""
                select source_kind, source, count(*) as clues,
                       count(*) filter (where status in ('NEW', 'ASSIGNED')) as open,
                       count(*) filter (where status in ('CONFIRMED', 'CASE_OPENED')) as confirmed,
                       count(*) filter (where status = 'NOT_ESTABLISHED') as not_established,
                       count(*) filter (where status = 'FALSE_POSITIVE') as false_positive,
                       coalesce(sum(confirmed_fen) filter (where status in ('CONFIRMED', 'CASE_OPENED')), 0) as confirmed_fen
                from clues where source_kind in ('RULE', 'MODEL') and status <> 'MERGED'
                group by source_kind, source order by source_kind, source""")
                .query((rs, n) -> new Row(rs.getString("source_kind"), rs.getString("source"), rs.getLong("clues"),
                        rs.getLong("open"), rs.getLong("confirmed"), rs.getLong("not_established"),
                        rs.getLong("false_positive"), rs.getLong("confirmed_fen")))
                .list();
    }
}
