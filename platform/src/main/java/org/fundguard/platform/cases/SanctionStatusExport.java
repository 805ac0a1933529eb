package org.fundguard.platform.cases;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fundguard.core.SanctionStatus;
import org.fundguard.core.dataset.CsvTableWriter;
import org.fundguard.core.dataset.Rows;
import org.fundguard.core.dataset.Table;
import org.fundguard.enforcement.agreement.AgreementEvent;
import org.fundguard.enforcement.agreement.AgreementInterval;
import org.fundguard.enforcement.agreement.AgreementTimeline;
import org.fundguard.enforcement.points.PaymentQualification;
import org.fundguard.enforcement.points.PointEntry;
import org.fundguard.enforcement.points.PointsTable;
import org.fundguard.enforcement.status.SanctionStatuses;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The suspensions and terminations decided in cases, as the data set's {@code sanction_status.csv}: the
 * institutions' and departments' agreement timelines, and every practitioner's payment qualification from
 * all the points given in any case (valid across institutions). Put into a data set directory, the next
 * screening turns services after the date into leads (docs/enforcement.md).
 */
@Service
public class SanctionStatusExport {
    private final JdbcClient jdbc;
    private final PaymentQualification qualification = new PaymentQualification(PointsTable.builtIn());

    SanctionStatusExport(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The whole history (detection decides per service date what was in force). */
    public List<SanctionStatus> rows() {
        record Subject(String institution, String dept) {
        }
        Map<Subject, List<AgreementEvent>> events = new LinkedHashMap<>();
        Map<Subject, LocalDate> since = new LinkedHashMap<>();
        jdbc.sql("select subject_code, dept_code, status, effective_from, effective_to, basis from sanction_status "
                + "where subject_type in ('INSTITUTION', 'DEPARTMENT') order by effective_from, id").query(rs -> {
                    Subject s = new Subject(rs.getString(1), rs.getString(2));
                    LocalDate from = rs.getObject(4, LocalDate.class);
                    AgreementEvent e = "TERMINATED".equals(rs.getString(3))
                            ? AgreementEvent.terminate(s.institution(), from, rs.getString(6))
                            : AgreementEvent.suspend(s.institution(), s.dept(), from, rs.getObject(5, LocalDate.class), rs.getString(6));
                    events.computeIfAbsent(s, k -> new ArrayList<>()).add(e);
                    since.merge(s, from, (a, b) -> a.isBefore(b) ? a : b);
                });
        List<AgreementInterval> intervals = new ArrayList<>();
        events.forEach((s, list) -> intervals.addAll(AgreementTimeline.of(s.institution(), s.dept(), since.get(s).minusDays(1), list)));
        List<SanctionStatus> out = new ArrayList<>(SanctionStatuses.fromAgreements(intervals));
        List<PointEntry> entries = jdbc.sql("""
                select p.prac_code, p.decided_on, p.conduct, p.points, c.case_no, p.suspension_months
                from practitioner_points p join cases c on c.id = p.case_id order by p.decided_on, p.id""")
                .query((rs, n) -> new PointEntry(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getString(3), rs.getInt(4),
                        rs.getString(5), rs.getInt(6))).list();
        out.addAll(SanctionStatuses.fromQualifications(qualification.histories(entries).values()));
        return out;
    }

    /** sanction_status.csv as text (the download). */
    public String csv() {
        StringWriter w = new StringWriter();
        w.append(String.join(",", Table.SANCTION_STATUS.columns())).append('\n');
        for (SanctionStatus s : rows()) {
            String[] cells = Rows.of(s);
            for (int i = 0; i < cells.length; i++) {
                w.append(i == 0 ? "" : ",").append(quote(cells[i]));
            }
            w.append('\n');
        }
        return w.toString();
    }

    /**
     * Writes sanction_status.csv into a data set directory; returns the number of rows. Institutions and
     * departments are those of the data set's institutions.csv (the file may not name others); practitioners
     * all (their qualification follows them to every region).
     */
    public long writeTo(Path dataSetDir) {
        Set<String> institutions = institutionCodes(dataSetDir.resolve(Table.INSTITUTIONS.csvFileName()));
        try (CsvTableWriter out = CsvTableWriter.in(dataSetDir, Table.SANCTION_STATUS)) {
            for (SanctionStatus s : rows()) {
                if (s.subjectType() == SanctionStatus.Subject.PRACTITIONER || institutions.contains(s.subjectCode())) {
                    out.write(Rows.of(s));
                }
            }
            return out.rows();
        }
    }

    private static Set<String> institutionCodes(Path file) {
        Set<String> codes = new HashSet<>();
        if (!Files.exists(file)) {
            return codes;
        }
        try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(file)) {
            int col = -1;
            for (CsvRecord r : csv) {
                if (col < 0) {
                    col = r.getFields().indexOf("fixmedins_code");
                    if (col < 0) {
                        throw new IllegalStateException(file + ": no fixmedins_code column");
                    }
                } else if (r.getFieldCount() > col) {
                    codes.add(r.getField(col));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return codes;
    }

    private static String quote(String s) {
        if (s == null) {
            return "";
        }
        return s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
