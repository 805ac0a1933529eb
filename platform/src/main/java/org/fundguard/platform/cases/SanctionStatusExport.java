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
import org.fundguard.enforcement.agreement.AgreementAction;
import org.fundguard.enforcement.agreement.AgreementEvent;
import org.fundguard.enforcement.agreement.AgreementInterval;
import org.fundguard.enforcement.agreement.AgreementTimeline;
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
    private final PractitionerQualifications qualifications;

    SanctionStatusExport(JdbcClient jdbc, PractitionerQualifications qualifications) {
        this.jdbc = jdbc;
        this.qualifications = qualifications;
    }

    /**
     * The whole history (detection decides per service date what was in force). Whatever a history records after
     * a termination changes nothing and is left out (decisions refuse it now; older records may hold it).
     */
    public List<SanctionStatus> rows() {
        record Subject(String institution, String dept) {
        }
        List<AgreementEvent> recorded = jdbc.sql("select subject_code, dept_code, status, effective_from, effective_to, basis "
                + "from sanction_status where subject_type in ('INSTITUTION', 'DEPARTMENT') order by effective_from, id")
                .query((rs, n) -> {
                    String institution = rs.getString(1);
                    String dept = rs.getString(2);
                    LocalDate from = rs.getObject(4, LocalDate.class);
                    LocalDate to = rs.getObject(5, LocalDate.class);
                    return "TERMINATED".equals(rs.getString(3))
                            ? new AgreementEvent(institution, dept, AgreementAction.TERMINATE, from, null, rs.getString(6))
                            : AgreementEvent.suspend(institution, dept, from, to, rs.getString(6));
                }).list();
        Map<Subject, List<AgreementEvent>> events = new LinkedHashMap<>();
        for (AgreementEvent e : AgreementTimeline.upToTermination(recorded)) {
            events.computeIfAbsent(new Subject(e.institutionCode(), e.deptCode()), k -> new ArrayList<>()).add(e);
        }
        List<AgreementInterval> intervals = new ArrayList<>();
        // the agreement is taken as active the day before its first recorded change (its signing date is not stored)
        events.forEach((s, list) -> intervals.addAll(AgreementTimeline.of(s.institution(), s.dept(), list.get(0).from().minusDays(1), list)));
        List<SanctionStatus> out = new ArrayList<>(SanctionStatuses.fromAgreements(intervals));
        out.addAll(SanctionStatuses.fromQualifications(qualifications.histories(null)));
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
