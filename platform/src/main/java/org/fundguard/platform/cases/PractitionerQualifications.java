package org.fundguard.platform.cases;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.fundguard.enforcement.points.PaymentQualification;
import org.fundguard.enforcement.points.PointEntry;
import org.fundguard.enforcement.points.PointsTable;
import org.fundguard.enforcement.points.QualificationHistory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every practitioner's payment qualification (医保支付资格) from all the points given in any case, keyed by the
 * practitioner (valid across institutions). The export and the statistics read the same histories.
 */
@Component
class PractitionerQualifications {
    private final JdbcClient jdbc;
    private final PaymentQualification qualification = new PaymentQualification(PointsTable.builtIn());

    PractitionerQualifications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Histories from the points decided up to {@code until} (inclusive); the whole record when null. */
    Collection<QualificationHistory> histories(LocalDate until) {
        List<PointEntry> entries = jdbc.sql("""
                select p.prac_code, p.decided_on, p.conduct, p.points, c.case_no, p.suspension_months
                from practitioner_points p join cases c on c.id = p.case_id
                where p.decided_on <= coalesce(?::date, 'infinity'::date) order by p.decided_on, p.id""")
                .param(until)
                .query((rs, n) -> new PointEntry(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getString(3), rs.getInt(4),
                        rs.getString(5), rs.getInt(6))).list();
        try {
            return qualification.histories(entries).values();
        } catch (IllegalArgumentException e) {
            // points recorded under a points table that has since changed (a province's 实施细则 replacing the bands)
            throw CaseRefusal.conflict("cases.refused.storedPoints", e.getMessage());
        }
    }
}
