package org.fundguard.platform.governance.directory;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.fundguard.governance.inspections.Inspector;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** 执法检查人员/专家名录库, with the declared relations the avoidance checks read. */
@Repository
public class InspectorDirectory {
    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    InspectorDirectory(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    record Row(Inspector inspector, boolean active) {
    }

    /** The inspectors a draw may send: active ones only. */
    public List<Inspector> active() {
        return jdbc.sql("select * from gov_inspectors where active order by id").query((rs, n) -> inspector(rs)).list();
    }

    List<Row> rows() {
        return jdbc.sql("select * from gov_inspectors order by id")
                .query((rs, n) -> new Row(inspector(rs), rs.getBoolean("active"))).list();
    }

    Optional<Row> find(String id) {
        return jdbc.sql("select * from gov_inspectors where id = ?").param(id)
                .query((rs, n) -> new Row(inspector(rs), rs.getBoolean("active"))).optional();
    }

    public long count() {
        return jdbc.sql("select count(*) from gov_inspectors").query(Long.class).single();
    }

    int saveAll(List<Inspector> inspectors, boolean active, String actor) {
        int[][] counts = template.batchUpdate("""
                insert into gov_inspectors (id, name, qualification, unit, relations, active, updated_by) values (?,?,?,?,?,?,?)
                on conflict (id) do update set name = excluded.name, qualification = excluded.qualification,
                    unit = excluded.unit, relations = excluded.relations, active = excluded.active,
                    updated_by = excluded.updated_by, updated_at = now()""", inspectors, 500, (ps, i) -> {
                    ps.setString(1, i.id());
                    ps.setString(2, i.name());
                    ps.setString(3, i.qualification());
                    ps.setString(4, i.unit());
                    ps.setString(5, String.join(";", i.relations()));
                    ps.setBoolean(6, active);
                    ps.setString(7, actor);
                });
        int written = 0;
        for (int[] batch : counts) {
            for (int c : batch) {
                written += Math.max(0, c);
            }
        }
        return written;
    }

    static TreeSet<String> relations(String text) {
        TreeSet<String> out = new TreeSet<>();
        if (text != null) {
            for (String r : text.split("[;；,，\\s]+")) {
                if (!r.isBlank()) {
                    out.add(r.strip());
                }
            }
        }
        return out;
    }

    private static Inspector inspector(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Inspector(rs.getString("id"), rs.getString("name"), rs.getString("qualification"), rs.getString("unit"),
                relations(rs.getString("relations")));
    }
}
