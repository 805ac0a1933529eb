package org.fundguard.platform.governance.disclosure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The disclosures table, and the clue a disclosure may be prepared from. */
@Repository
class Disclosures {
    private final JdbcClient jdbc;

    Disclosures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(Disclosure d) {
        return jdbc.sql("""
                insert into disclosures (title, category, year, institution_code, institution_name, person_masked, summary,
                                         measures, amount_fen, source_ref, published_by)
                values (?,?,?,?,?,?,?,?,?,?,?) returning id""")
                .params(d.title(), d.category(), d.year(), d.institutionCode(), d.institutionName(), d.personMasked(),
                        d.summary(), d.measures(), d.amountFen(), d.sourceRef(), d.publishedBy())
                .query(Long.class).single();
    }

    boolean withdraw(long id) {
        return jdbc.sql("update disclosures set withdrawn = true where id = ? and not withdrawn").param(id).update() == 1;
    }

    /** Published (not withdrawn) ones, newest first, optionally of one category and one year. */
    List<Disclosure> published(String category, Integer year) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("select * from disclosures where not withdrawn");
        if (category != null && !category.isBlank()) {
            sql.append(" and category = ?");
            params.add(category);
        }
        if (year != null) {
            sql.append(" and year = ?");
            params.add(year);
        }
        sql.append(" order by published_at desc, id desc");
        return jdbc.sql(sql.toString()).params(params).query(Disclosures::disclosure).list();
    }

    List<Disclosure> all() {
        return jdbc.sql("select * from disclosures order by id desc").query(Disclosures::disclosure).list();
    }

    List<Integer> years() {
        return jdbc.sql("select distinct year from disclosures where not withdrawn order by year desc").query(Integer.class).list();
    }

    List<String> categories() {
        return jdbc.sql("select distinct category from disclosures where not withdrawn order by category").query(String.class).list();
    }

    /** What a director starts a disclosure from: a verified clue's category, institution, amount and explanation. */
    Optional<Map<String, Object>> clue(String id) {
        return jdbc.sql("""
                select c.id, c.category, c.fixmedins_code, c.status, coalesce(c.confirmed_fen, c.amount_fen) as fen,
                       c.explanation, c.verdict_reason, extract(year from coalesce(c.verified_at, c.created_at))::int as year,
                       coalesce(t.name, i.fixmedins_name) as institution_name
                from clues c
                left join gov_targets t on t.code = c.fixmedins_code
                left join institution_stats i on i.run_id = c.last_run_id and i.fixmedins_code = c.fixmedins_code
                where c.id = ?""").param(id).query().listOfRows().stream().findFirst();
    }

    private static Disclosure disclosure(ResultSet rs, int n) throws SQLException {
        return new Disclosure(rs.getLong("id"), rs.getString("title"), rs.getString("category"), rs.getInt("year"),
                rs.getString("institution_code"), rs.getString("institution_name"), rs.getString("person_masked"),
                rs.getString("summary"), rs.getString("measures"), rs.getLong("amount_fen"), rs.getString("source_ref"),
                rs.getString("published_by"), rs.getObject("published_at", OffsetDateTime.class), rs.getBoolean("withdrawn"));
    }
}
