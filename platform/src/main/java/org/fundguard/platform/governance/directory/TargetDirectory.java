package org.fundguard.platform.governance.directory;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.fundguard.governance.credit.CreditGrade;
import org.fundguard.governance.inspections.InspectionTarget;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** 检查对象名录库: the designated institutions a routine inspection may be drawn from. */
@Repository
public class TargetDirectory {
    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    TargetDirectory(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** A row as the directory pages show it: the draw's target plus where it came from. */
    public record Row(InspectionTarget target, String origin, String updatedBy, OffsetDateTime updatedAt) {
    }

    public List<InspectionTarget> targets() {
        return jdbc.sql("select * from gov_targets order by code").query((rs, n) -> target(rs)).list();
    }

    List<Row> rows(String filter) {
        String like = filter == null || filter.isBlank() ? "%" : "%" + filter.strip() + "%";
        return jdbc.sql("select * from gov_targets where code like ? or name like ? or region like ? order by code")
                .params(like, like, like)
                .query((rs, n) -> new Row(target(rs), rs.getString("origin"), rs.getString("updated_by"),
                        rs.getObject("updated_at", OffsetDateTime.class)))
                .list();
    }

    Optional<InspectionTarget> find(String code) {
        return jdbc.sql("select * from gov_targets where code = ?").param(code).query((rs, n) -> target(rs)).optional();
    }

    public long count() {
        return jdbc.sql("select count(*) from gov_targets").query(Long.class).single();
    }

    /** Adds or replaces one target. */
    void save(InspectionTarget t, String origin, String actor) {
        saveAll(List.of(t), origin, actor, true);
    }

    /**
     * Writes targets in one batch. {@code replace} decides whether an existing code is overwritten
     * (an import or an edit) or kept (seeding from a data run never overrides what a person entered).
     *
     * @return how many rows were written
     */
    int saveAll(List<InspectionTarget> targets, String origin, String actor, boolean replace) {
        String sql = """
                insert into gov_targets (code, name, type, level, region, risk_class, credit_grade, unit, origin, updated_by)
                values (?,?,?,?,?,?,?,?,?,?)
                """ + (replace ? """
                on conflict (code) do update set name = excluded.name, type = excluded.type, level = excluded.level,
                    region = excluded.region, risk_class = excluded.risk_class, credit_grade = excluded.credit_grade,
                    unit = excluded.unit, origin = excluded.origin, updated_by = excluded.updated_by, updated_at = now()
                """ : "on conflict (code) do nothing");
        int[][] counts = template.batchUpdate(sql, targets, 500, (ps, t) -> {
            ps.setString(1, t.code());
            ps.setString(2, t.name());
            ps.setString(3, t.type());
            ps.setString(4, t.level() == null ? "" : t.level());
            ps.setString(5, t.region());
            ps.setString(6, t.riskClass() == null ? "" : t.riskClass());
            ps.setString(7, t.creditGrade().name());
            ps.setString(8, t.unit());
            ps.setString(9, origin);
            ps.setString(10, actor);
        });
        int written = 0;
        for (int[] batch : counts) {
            for (int c : batch) {
                written += Math.max(0, c);
            }
        }
        return written;
    }

    private static InspectionTarget target(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new InspectionTarget(rs.getString("code"), rs.getString("name"), rs.getString("type"), rs.getString("level"),
                rs.getString("region"), rs.getString("risk_class"), CreditGrade.valueOf(rs.getString("credit_grade")),
                rs.getString("unit"));
    }
}
