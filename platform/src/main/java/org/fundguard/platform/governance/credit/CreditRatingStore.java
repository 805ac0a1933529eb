package org.fundguard.platform.governance.credit;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fundguard.governance.credit.CreditGrade;
import org.fundguard.governance.credit.CreditRating;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rating runs and their ratings; the latest run is the one in force. */
@Repository
public class CreditRatingStore {
    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    CreditRatingStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    record Run(long id, int firstYear, int lastYear, int findings, int sanctions, int points, String source,
            String createdBy, OffsetDateTime createdAt) {
    }

    record Rating(long runId, String subjectKind, String subjectId, int year, int score, String grade, String deductions,
            OffsetDateTime ratedAt) {
    }

    long saveRun(int firstYear, int lastYear, int findings, int sanctions, int points, String source, String actor,
            List<CreditRating> ratings) {
        long id = jdbc.sql("""
                insert into credit_runs (first_year, last_year, findings, sanctions, points, source, created_by)
                values (?,?,?,?,?,?,?) returning id""")
                .params(firstYear, lastYear, findings, sanctions, points, source, actor).query(Long.class).single();
        template.batchUpdate("insert into credit_ratings values (?,?,?,?,?,?,?)", ratings, 1000, (ps, r) -> {
            ps.setLong(1, id);
            ps.setString(2, r.subject().kind().name());
            ps.setString(3, r.subject().id());
            ps.setInt(4, r.year());
            ps.setInt(5, r.score());
            ps.setString(6, r.grade().name());
            StringBuilder d = new StringBuilder();
            for (CreditRating.Deduction x : r.deductions()) {
                if (d.length() > 0) {
                    d.append('\n');
                }
                d.append('-').append(x.points()).append(' ').append(x.reason()).append(" [").append(x.evidence()).append(']');
            }
            ps.setString(7, d.toString());
        });
        return id;
    }

    Optional<Run> latestRun() {
        return jdbc.sql("select * from credit_runs order by id desc limit 1").query(CreditRatingStore::run).optional();
    }

    List<Run> runs() {
        return jdbc.sql("select * from credit_runs order by id desc").query(CreditRatingStore::run).list();
    }

    /** The ratings of a run for one year, worst grade first. */
    List<Rating> ratings(long runId, int year) {
        return jdbc.sql("""
                select r.*, c.created_at from credit_ratings r join credit_runs c on c.id = r.run_id
                where r.run_id = ? and r.year = ? order by r.grade desc, r.score, r.subject_kind, r.subject_id""")
                .params(runId, year).query(CreditRatingStore::rating).list();
    }

    /** A subject's ratings over all runs: one row per run and year, newest run first. */
    List<Rating> history(String kind, String id) {
        return jdbc.sql("""
                select r.*, c.created_at from credit_ratings r join credit_runs c on c.id = r.run_id
                where r.subject_kind = ? and r.subject_id = ? order by r.run_id desc, r.year desc""")
                .params(kind, id).query(CreditRatingStore::rating).list();
    }

    Map<String, Long> gradeCounts(long runId, int year) {
        Map<String, Long> out = new HashMap<>();
        jdbc.sql("select grade, count(*) from credit_ratings where run_id = ? and year = ? and subject_kind = 'INSTITUTION' group by grade")
                .params(runId, year).query((java.sql.ResultSet rs) -> {
                    out.put(rs.getString(1), rs.getLong(2));
                });
        return out;
    }

    /**
     * Institutions' grades for the draw of {@code drawYear} from the run in force: the rating of the
     * latest year before the draw year (a draw is made on last year's record). Institutions the run
     * did not rate for such a year are absent, and keep their directory grade.
     */
    public Map<String, CreditGrade> institutionGradesForDraw(int drawYear) {
        Map<String, CreditGrade> out = new HashMap<>();
        jdbc.sql("""
                select distinct on (subject_id) subject_id, grade from credit_ratings
                where run_id = (select max(id) from credit_runs) and subject_kind = 'INSTITUTION' and year < ?
                order by subject_id, year desc""").param(drawYear)
                .query((java.sql.ResultSet rs) -> {
                    out.put(rs.getString(1), CreditGrade.valueOf(rs.getString(2)));
                });
        return out;
    }

    private static Run run(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Run(rs.getLong("id"), rs.getInt("first_year"), rs.getInt("last_year"), rs.getInt("findings"),
                rs.getInt("sanctions"), rs.getInt("points"), rs.getString("source"), rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class));
    }

    private static Rating rating(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Rating(rs.getLong("run_id"), rs.getString("subject_kind"), rs.getString("subject_id"), rs.getInt("year"),
                rs.getInt("score"), rs.getString("grade"), rs.getString("deductions"),
                rs.getObject("created_at", OffsetDateTime.class));
    }
}
