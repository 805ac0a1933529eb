package org.fundguard.platform.evidence;

import java.sql.Timestamp;
import java.sql.Date;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Evidence rows per run: written once when a run loads, read by the lead detail page. */
@Repository
public class EvidenceStore {
    private static final int BATCH = 1000;
    private final JdbcTemplate jdbc;
    private final JdbcClient client;

    EvidenceStore(JdbcTemplate jdbc, JdbcClient client) {
        this.jdbc = jdbc;
        this.client = client;
    }

    public void save(long runId, Evidence e) {
        jdbc.batchUpdate("insert into evidence_persons values (?,?,?,?,?,?,?,?,?) on conflict do nothing", e.persons(), BATCH,
                (ps, p) -> {
                    ps.setLong(1, runId);
                    ps.setString(2, p.psnNo());
                    ps.setString(3, p.certnoMasked());
                    ps.setString(4, p.nameMasked());
                    ps.setString(5, p.phoneMasked());
                    ps.setString(6, p.gend());
                    ps.setObject(7, p.birthDate() == null ? null : Date.valueOf(p.birthDate()));
                    ps.setString(8, p.insuplcAdmdvs());
                    ps.setObject(9, p.deathDate() == null ? null : Date.valueOf(p.deathDate()));
                });
        jdbc.batchUpdate("insert into evidence_visits values (?,?,?,?,?,?,?,?,?,?) on conflict do nothing", e.visits(), BATCH,
                (ps, v) -> {
                    ps.setLong(1, runId);
                    ps.setString(2, v.mdtrtId());
                    ps.setString(3, v.psnNo());
                    ps.setString(4, v.institutionCode());
                    ps.setString(5, v.medType());
                    ps.setTimestamp(6, Timestamp.valueOf(v.begin()));
                    ps.setTimestamp(7, Timestamp.valueOf(v.end()));
                    ps.setString(8, v.mainDiag());
                    ps.setLong(9, v.medfeeFen());
                    ps.setLong(10, v.fundPayFen());
                });
        jdbc.batchUpdate("insert into evidence_fee_lines values (?,?,?,?,?,?,?,?,?,?) on conflict do nothing", e.feeLines(),
                BATCH, (ps, l) -> {
                    ps.setLong(1, runId);
                    ps.setString(2, l.feedetlSn());
                    ps.setString(3, l.mdtrtId());
                    ps.setTimestamp(4, Timestamp.valueOf(l.time()));
                    ps.setString(5, l.listCode());
                    ps.setString(6, l.itemName());
                    ps.setBigDecimal(7, l.cnt());
                    ps.setLong(8, l.priceFen());
                    ps.setLong(9, l.amountFen());
                    ps.setString(10, l.orderingPractitioner());
                });
        jdbc.batchUpdate("insert into institution_stats values (?,?,?,?,?,?,?,?,?) on conflict do nothing", e.institutions(),
                BATCH, (ps, i) -> {
                    ps.setLong(1, runId);
                    ps.setString(2, i.code());
                    ps.setString(3, i.name());
                    ps.setString(4, i.type());
                    ps.setString(5, i.level());
                    ps.setLong(6, i.visits());
                    ps.setLong(7, i.persons());
                    ps.setLong(8, i.medfeeFen());
                    ps.setLong(9, i.fundPayFen());
                });
    }

    public Optional<Evidence.PersonRow> person(long runId, String psnNo) {
        return client.sql("select * from evidence_persons where run_id = ? and psn_no = ?").params(runId, psnNo)
                .query((rs, n) -> new Evidence.PersonRow(rs.getString("psn_no"), rs.getString("certno_masked"),
                        rs.getString("name_masked"), rs.getString("phone_masked"), rs.getString("gend"),
                        rs.getObject("brdy", java.time.LocalDate.class), rs.getString("insuplc_admdvs"),
                        rs.getObject("death_date", java.time.LocalDate.class)))
                .optional();
    }

    /** Every visit of the person in the run's data, oldest first. */
    public List<Evidence.VisitRow> timeline(long runId, String psnNo) {
        return client.sql("select * from evidence_visits where run_id = ? and psn_no = ? order by begntime, mdtrt_id")
                .params(runId, psnNo).query((rs, n) -> visit(rs)).list();
    }

    public List<Evidence.VisitRow> visits(long runId, Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return client.sql("select * from evidence_visits where run_id = ? and mdtrt_id = any(?) order by begntime")
                .params(runId, ids.toArray(String[]::new)).query((rs, n) -> visit(rs)).list();
    }

    /** The lines named, then the lines of the visits named, in charge-time order. */
    public List<Evidence.FeeLineRow> feeLines(long runId, Collection<String> lineIds, Collection<String> visitIds, int limit) {
        return client.sql("""
                select * from evidence_fee_lines where run_id = ? and (feedetl_sn = any(?) or mdtrt_id = any(?))
                order by fee_ocur_time, feedetl_sn limit ?""")
                .params(runId, lineIds.toArray(String[]::new), visitIds.toArray(String[]::new), limit)
                .query((rs, n) -> new Evidence.FeeLineRow(rs.getString("feedetl_sn"), rs.getString("mdtrt_id"),
                        rs.getTimestamp("fee_ocur_time").toLocalDateTime(), rs.getString("med_list_codg"),
                        rs.getString("item_name"), rs.getBigDecimal("cnt"), rs.getLong("pric_fen"),
                        rs.getLong("amount_fen"), rs.getString("bilg_dr_codg")))
                .list();
    }

    public Optional<Evidence.InstitutionRow> institution(long runId, String code) {
        return client.sql("select * from institution_stats where run_id = ? and fixmedins_code = ?").params(runId, code)
                .query((rs, n) -> institution(rs)).optional();
    }

    /** Institutions of the same type and level (the peers a supervisor compares against), by fee per visit. */
    public List<Evidence.InstitutionRow> peers(long runId, String code, int limit) {
        return client.sql("""
                select p.* from institution_stats p join institution_stats i
                  on i.run_id = p.run_id and i.fixmedins_code = ? and p.fixmedins_type = i.fixmedins_type and p.hosp_lv = i.hosp_lv
                where p.run_id = ? and p.visits > 0
                order by p.medfee_fen::numeric / p.visits desc limit ?""")
                .params(code, runId, limit).query((rs, n) -> institution(rs)).list();
    }

    private static Evidence.VisitRow visit(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Evidence.VisitRow(rs.getString("mdtrt_id"), rs.getString("psn_no"), rs.getString("fixmedins_code"),
                rs.getString("med_type"), rs.getTimestamp("begntime").toLocalDateTime(),
                rs.getTimestamp("endtime").toLocalDateTime(), rs.getString("main_diag_code"), rs.getLong("medfee_fen"),
                rs.getLong("fund_pay_fen"));
    }

    private static Evidence.InstitutionRow institution(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Evidence.InstitutionRow(rs.getString("fixmedins_code"), rs.getString("fixmedins_name"),
                rs.getString("fixmedins_type"), rs.getString("hosp_lv"), rs.getLong("visits"), rs.getLong("persons"),
                rs.getLong("medfee_fen"), rs.getLong("fund_pay_fen"));
    }
}
