package org.fundguard.platform.dashboard;

import java.util.List;
import org.fundguard.core.Category;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The figures of the dashboard, each one query over the clues (merged duplicates left out). */
@Repository
class Dashboard {
    private final JdbcClient jdbc;

    Dashboard(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record CategoryStatus(String category, String label, String status, long clues) {
    }

    record Amounts(long clues, long open, long atStakeFen, long confirmedFen, long confirmedClues) {
    }

    record Institution(String code, String name, long clues, long atStakeFen, long confirmedFen) {
    }

    record Month(String month, long clues, long atStakeFen, long confirmedFen) {
    }

    record Figures(List<CategoryStatus> byCategoryAndStatus, Amounts amounts, List<Institution> topInstitutions,
            List<Month> months) {
    }

    Figures figures() {
        List<CategoryStatus> byCategory = jdbc.sql("""
                select category, status, count(*) from clues where status <> 'MERGED'
                group by category, status order by category, status""")
                .query((rs, n) -> {
                    Category c = Category.of(rs.getString(1));
                    return new CategoryStatus(rs.getString(1), c == null ? rs.getString(1) : c.label(), rs.getString(2),
                            rs.getLong(3));
                }).list();
        Amounts amounts = jdbc.sql("""
                select count(*), count(*) filter (where status in ('NEW', 'ASSIGNED')),
                       coalesce(sum(amount_fen) filter (where status not in ('NOT_ESTABLISHED', 'FALSE_POSITIVE')), 0),
                       coalesce(sum(confirmed_fen) filter (where status in ('CONFIRMED', 'CASE_OPENED')), 0),
                       count(*) filter (where status in ('CONFIRMED', 'CASE_OPENED'))
                from clues where status <> 'MERGED'""")
                .query((rs, n) -> new Amounts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)))
                .single();
        // risk = money still at stake or confirmed; a cleared clue no longer counts against an institution
        List<Institution> top = jdbc.sql("""
                select c.fixmedins_code, max(i.fixmedins_name), count(*),
                       coalesce(sum(c.amount_fen) filter (where c.status not in ('NOT_ESTABLISHED', 'FALSE_POSITIVE')), 0) as stake,
                       coalesce(sum(c.confirmed_fen), 0)
                from clues c left join institution_stats i on i.run_id = c.last_run_id and i.fixmedins_code = c.fixmedins_code
                where c.status <> 'MERGED' and c.fixmedins_code is not null
                group by c.fixmedins_code order by stake desc limit 10""")
                .query((rs, n) -> new Institution(rs.getString(1), rs.getString(2) == null ? rs.getString(1) : rs.getString(2),
                        rs.getLong(3), rs.getLong(4), rs.getLong(5)))
                .list();
        List<Month> months = jdbc.sql("""
                select to_char(coalesce(occurred_on, created_at::date), 'YYYY-MM') as m, count(*),
                       coalesce(sum(amount_fen), 0), coalesce(sum(confirmed_fen), 0)
                from clues where status <> 'MERGED' group by m order by m""")
                .query((rs, n) -> new Month(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4))).list();
        return new Figures(byCategory, amounts, top, months);
    }
}
