package org.fundguard.platform.governance.disclosure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fundguard.platform.governance.PersonalData;
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

    /**
     * What the board shows: the director's disclosures and the cases published at the end of case
     * handling (case_publications), neither withdrawn.
     */
    private static final String BOARD = """
            select id, title, category, year, institution_code, institution_name, person_masked, summary, measures,
                   amount_fen, source_ref, published_by, published_at, withdrawn, 'DIRECTOR' as origin
            from disclosures where not withdrawn
            union all
            select c.id, p.title, coalesce(k.category, ''),
                   coalesce((select extract(year from max(d.decided_on))::int from case_decisions d where d.case_id = c.id),
                            extract(year from p.published_at)::int),
                   c.fixmedins_code, coalesce(t.name, c.fixmedins_code), '', p.summary,
                   coalesce((select string_agg(s.label, '；' order by s.id) from case_sanctions s where s.case_id = c.id), ''),
                   coalesce((select sum(d.loss_fen) from case_decisions d where d.case_id = c.id), c.amount_fen),
                   'cases:' || c.case_no, p.published_by, p.published_at, false, 'CASE'
            from case_publications p join cases c on c.id = p.case_id
            left join clues k on k.id = c.clue_id
            left join gov_targets t on t.code = c.fixmedins_code
            where p.withdrawn_at is null
            """;

    /** Published (not withdrawn) ones, newest first, optionally of one category and one year. */
    List<Disclosure> published(String category, Integer year) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("select * from (" + BOARD + ") b where true");
        if (category != null && !category.isBlank()) {
            sql.append(" and category = ?");
            params.add(category);
        }
        if (year != null) {
            sql.append(" and year = ?");
            params.add(year);
        }
        sql.append(" order by published_at desc, id desc");
        return jdbc.sql(sql.toString()).params(params).query(Disclosures::disclosure).list().stream()
                .map(Disclosures::masked).toList();
    }

    /** The director's own disclosures, withdrawn ones too (the management page). */
    List<Disclosure> all() {
        return jdbc.sql("select *, 'DIRECTOR' as origin from disclosures order by id desc").query(Disclosures::disclosure).list();
    }

    List<Integer> years() {
        return jdbc.sql("select distinct year from (" + BOARD + ") b order by year desc").query(Integer.class).list();
    }

    List<String> categories() {
        return jdbc.sql("select distinct category from (" + BOARD + ") b where category <> '' order by category")
                .query(String.class).list();
    }

    /** Case publications are written by the cases feature: masked again here, as everything the board shows. */
    private static Disclosure masked(Disclosure d) {
        if (!"CASE".equals(d.origin())) {
            return d;
        }
        return new Disclosure(d.id(), PersonalData.scrub(d.title()), d.category(), d.year(), d.institutionCode(),
                d.institutionName(), d.personMasked(), PersonalData.scrub(d.summary()), d.measures(), d.amountFen(),
                d.sourceRef(), d.publishedBy(), d.publishedAt(), d.withdrawn(), d.origin());
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
                rs.getString("published_by"), rs.getObject("published_at", OffsetDateTime.class), rs.getBoolean("withdrawn"),
                rs.getString("origin"));
    }
}
