package org.fundguard.platform.clues;

import de.siegmar.fastcsv.writer.CsvWriter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.fundguard.core.Money;
import org.fundguard.platform.auditlog.AuditLog;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The inbox as CSV, with the filter of the page. Persons appear by number and masked name only; the
 * export itself is an audited action.
 */
@Controller
class ClueExport {
    private static final int MAX_ROWS = 100_000;
    private final ClueService clues;
    private final AuditLog auditLog;

    ClueExport(ClueService clues, AuditLog auditLog) {
        this.clues = clues;
        this.auditLog = auditLog;
    }

    @GetMapping("/leads/export.csv")
    void export(@ModelAttribute InboxFilter filter, Authentication auth, HttpServletResponse response) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"clues.csv\"");
        int rows = 0;
        // a BOM so that spreadsheet programs read the Chinese text as UTF-8
        response.getOutputStream().write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        Writer w = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        try (CsvWriter csv = CsvWriter.builder().build(w)) {
            csv.writeRecord("id", "source_kind", "source", "category", "subject_type", "subject_id", "fixmedins_code",
                    "fixmedins_name", "psn_no", "person", "score", "amount", "status", "assignee", "confirmed_amount",
                    "occurred_on", "explanation");
            InboxFilter page = filter;
            for (int p = 0; rows < MAX_ROWS; p++) {
                page = new InboxFilter(filter.category(), filter.institution(), filter.status(), filter.sourceKind(),
                        filter.minAmount(), filter.minScore(), filter.from(), filter.to(), filter.assignee(),
                        filter.sort(), filter.dir(), p);
                Clues.Page result = clues.search(page);
                for (Clue c : result.clues()) {
                    csv.writeRecord(c.id(), c.sourceKind().name(), c.source(), c.category(), nz(c.subjectType()),
                            nz(c.subjectId()), nz(c.institutionCode()), nz(c.institutionName()), nz(c.psnNo()),
                            nz(c.personMasked()), c.score() == null ? "" : c.score().toPlainString(),
                            Money.format(c.amountFen()), c.status().name(), nz(c.assignee()), c.confirmedAmount(),
                            c.date().toString(), nz(c.explanation()));
                    rows++;
                }
                if (p + 1 >= result.pages()) {
                    break;
                }
            }
        }
        auditLog.append(auth.getName(), "CLUES_EXPORTED", "clues", rows + " rows");
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
