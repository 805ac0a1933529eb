package org.fundguard.platform.governance.draws;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fundguard.governance.credit.CreditGrade;
import org.fundguard.governance.inspections.Directory;
import org.fundguard.governance.inspections.Draw;
import org.fundguard.governance.inspections.DrawRatios;
import org.fundguard.governance.inspections.InspectionTarget;
import org.fundguard.governance.inspections.Inspector;
import org.fundguard.governance.inspections.Pairing;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The draws tables: each draw with the exact inputs it ran on and its result. */
@Repository
class Draws {
    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    Draws(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** The inputs of a stored draw, enough to run it again. */
    record Inputs(Directory directory, List<Pairing> previous, DrawRatios ratios, int inspectorsPerTarget, String seed) {
    }

    long insert(String title, int year, Inputs in, Draw d, String actor) {
        long id = jdbc.sql("""
                insert into draws (title, draw_year, seed, snapshot_sha256, inspectors_per_target, status, created_by)
                values (?,?,?,?,?,'DRAWN',?) returning id""")
                .params(title, year, d.seed(), d.snapshotSha256(), d.inspectorsPerTarget(), actor)
                .query(Long.class).single();
        template.batchUpdate("insert into draw_input_targets values (?,?,?,?,?,?,?,?,?)", in.directory().targets(), 1000,
                (ps, t) -> {
                    ps.setLong(1, id);
                    ps.setString(2, t.code());
                    ps.setString(3, t.name());
                    ps.setString(4, t.type());
                    ps.setString(5, nz(t.level()));
                    ps.setString(6, nz(t.region()));
                    ps.setString(7, nz(t.riskClass()));
                    ps.setString(8, t.creditGrade().name());
                    ps.setString(9, t.unit());
                });
        template.batchUpdate("insert into draw_input_inspectors values (?,?,?,?,?,?)", in.directory().inspectors(), 1000,
                (ps, i) -> {
                    ps.setLong(1, id);
                    ps.setString(2, i.id());
                    ps.setString(3, i.name());
                    ps.setString(4, i.qualification());
                    ps.setString(5, i.unit());
                    ps.setString(6, String.join(";", i.relations()));
                });
        template.batchUpdate("insert into draw_input_previous values (?,?,?) on conflict do nothing", in.previous(), 1000,
                (ps, p) -> {
                    ps.setLong(1, id);
                    ps.setString(2, p.targetCode());
                    ps.setString(3, p.inspectorId());
                });
        for (CreditGrade g : CreditGrade.values()) {
            jdbc.sql("insert into draw_input_ratios values (?,?,?)").params(id, g.name(), in.ratios().permille(g)).update();
        }
        for (Draw.Stratum s : d.strata()) {
            jdbc.sql("insert into draw_strata values (?,?,?,?,?)")
                    .params(id, s.grade().name(), s.population(), s.ratioPermille(), s.drawn()).update();
        }
        template.batchUpdate("insert into draw_assignments values (?,?,?)", d.pairings(), 1000, (ps, p) -> {
            ps.setLong(1, id);
            ps.setString(2, p.targetCode());
            ps.setString(3, p.inspectorId());
        });
        return id;
    }

    Inputs inputs(long id) {
        Header h = header(id).orElseThrow();
        List<InspectionTarget> targets = jdbc.sql("select * from draw_input_targets where draw_id = ? order by code")
                .param(id).query((rs, n) -> new InspectionTarget(rs.getString("code"), rs.getString("name"),
                        rs.getString("type"), rs.getString("level"), rs.getString("region"), rs.getString("risk_class"),
                        CreditGrade.valueOf(rs.getString("credit_grade")), rs.getString("unit")))
                .list();
        List<Inspector> inspectors = jdbc.sql("select * from draw_input_inspectors where draw_id = ? order by id")
                .param(id).query((rs, n) -> inspector(rs, "id")).list();
        List<Pairing> previous = jdbc.sql("select * from draw_input_previous where draw_id = ? order by target_code, inspector_id")
                .param(id).query((rs, n) -> new Pairing(rs.getString("target_code"), rs.getString("inspector_id"))).list();
        Map<CreditGrade, Integer> ratios = new EnumMap<>(CreditGrade.class);
        jdbc.sql("select credit_grade, ratio_permille from draw_input_ratios where draw_id = ?").param(id)
                .query((ResultSet rs) -> {
                    ratios.put(CreditGrade.valueOf(rs.getString(1)), rs.getInt(2));
                });
        return new Inputs(new Directory(targets, inspectors), previous, DrawRatios.of(ratios), h.inspectorsPerTarget, h.seed);
    }

    /** The stored result: (target, inspector) pairs in order. */
    List<Pairing> assignments(long id) {
        return jdbc.sql("select target_code, inspector_id from draw_assignments where draw_id = ? order by 1, 2").param(id)
                .query((rs, n) -> new Pairing(rs.getString(1), rs.getString(2))).list();
    }

    /** Pairings of the published draws of a year: the next year's draw may not repeat them. */
    List<Pairing> publishedPairings(int year) {
        return jdbc.sql("""
                select distinct a.target_code, a.inspector_id from draw_assignments a join draws d on d.id = a.draw_id
                where d.status = 'PUBLISHED' and d.draw_year = ? order by 1, 2""").param(year)
                .query((rs, n) -> new Pairing(rs.getString(1), rs.getString(2))).list();
    }

    private record Header(long id, String title, int year, String seed, String snapshot, int inspectorsPerTarget,
            String status, String createdBy, OffsetDateTime createdAt, String publishedBy, OffsetDateTime publishedAt) {
    }

    private Optional<Header> header(long id) {
        return jdbc.sql("select * from draws where id = ?").param(id).query(Draws::header).optional();
    }

    private static Header header(ResultSet rs, int n) throws SQLException {
        return new Header(rs.getLong("id"), rs.getString("title"), rs.getInt("draw_year"), rs.getString("seed"),
                rs.getString("snapshot_sha256"), rs.getInt("inspectors_per_target"), rs.getString("status"),
                rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class), rs.getString("published_by"),
                rs.getObject("published_at", OffsetDateTime.class));
    }

    Optional<DrawRecord> find(long id) {
        return header(id).map(this::record);
    }

    List<DrawRecord> list(boolean publishedOnly) {
        return jdbc.sql("select * from draws" + (publishedOnly ? " where status = 'PUBLISHED'" : "") + " order by id desc")
                .query(Draws::header).list().stream().map(this::summary).toList();
    }

    /** A list row: header and strata, targets left out. */
    private DrawRecord summary(Header h) {
        return new DrawRecord(h.id, h.title, h.year, h.seed, h.snapshot, h.inspectorsPerTarget, h.status, h.createdBy,
                h.createdAt, h.publishedBy, h.publishedAt, strata(h.id), List.of());
    }

    private List<Draw.Stratum> strata(long id) {
        return jdbc.sql("select * from draw_strata where draw_id = ? order by credit_grade").param(id)
                .query((rs, n) -> new Draw.Stratum(CreditGrade.valueOf(rs.getString("credit_grade")), rs.getInt("population"),
                        rs.getInt("ratio_permille"), rs.getInt("drawn")))
                .list();
    }

    private DrawRecord record(Header h) {
        Map<String, List<Inspector>> teams = new LinkedHashMap<>();
        jdbc.sql("""
                select a.target_code, i.* from draw_assignments a
                join draw_input_inspectors i on i.draw_id = a.draw_id and i.id = a.inspector_id
                where a.draw_id = ? order by a.target_code, i.id""").param(h.id)
                .query((ResultSet rs) -> {
                    teams.computeIfAbsent(rs.getString("target_code"), k -> new ArrayList<>()).add(inspector(rs, "id"));
                });
        List<DrawRecord.Target> targets = jdbc.sql("""
                select t.code, t.name, t.credit_grade, t.region, o.outcome, o.detail
                from draw_input_targets t left join draw_outcomes o on o.draw_id = t.draw_id and o.target_code = t.code
                where t.draw_id = ? and t.code in (select target_code from draw_assignments where draw_id = ?)
                order by t.code""").params(h.id, h.id)
                .query((rs, n) -> new DrawRecord.Target(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        teams.getOrDefault(rs.getString(1), List.of()), rs.getString(5), rs.getString(6)))
                .list();
        return new DrawRecord(h.id, h.title, h.year, h.seed, h.snapshot, h.inspectorsPerTarget, h.status, h.createdBy,
                h.createdAt, h.publishedBy, h.publishedAt, strata(h.id), targets);
    }

    boolean publish(long id, String actor) {
        return jdbc.sql("update draws set status = 'PUBLISHED', published_by = ?, published_at = now() where id = ? and status = 'DRAWN'")
                .params(actor, id).update() == 1;
    }

    boolean drawn(long id, String targetCode) {
        return jdbc.sql("select count(*) from draw_assignments where draw_id = ? and target_code = ?").params(id, targetCode)
                .query(Long.class).single() > 0;
    }

    void recordOutcome(long id, String targetCode, String outcome, String detail, String actor) {
        jdbc.sql("""
                insert into draw_outcomes (draw_id, target_code, outcome, detail, recorded_by) values (?,?,?,?,?)
                on conflict (draw_id, target_code) do update set outcome = excluded.outcome, detail = excluded.detail,
                    recorded_by = excluded.recorded_by, recorded_at = now()""")
                .params(id, targetCode, outcome, detail, actor).update();
    }

    private static Inspector inspector(ResultSet rs, String idColumn) throws SQLException {
        java.util.TreeSet<String> relations = new java.util.TreeSet<>();
        for (String r : rs.getString("relations").split(";")) {
            if (!r.isEmpty()) {
                relations.add(r);
            }
        }
        return new Inspector(rs.getString(idColumn), rs.getString("name"), rs.getString("qualification"),
                rs.getString("unit"), relations);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
