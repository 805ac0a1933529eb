package org.fundguard.platform.runs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.fundguard.core.Category;
import org.fundguard.core.Lead;
import org.fundguard.core.SubjectType;
import org.fundguard.core.dataset.Table;
import org.fundguard.platform.evidence.CsvTable;
import org.fundguard.platform.evidence.EvidenceException;

/** Reads a contract leads.csv, strictly: a bad row stops the import naming line, field and reason. */
final class LeadsFile {
    private LeadsFile() {
    }

    static List<Lead> read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new EvidenceException(file + ": no such file");
        }
        List<Lead> leads = new ArrayList<>();
        CsvTable.forEach(file, List.of("lead_id", "category", "source", "subject_type", "subject_id", "score", "amount"),
                r -> {
                    String categoryCode = r.required("category");
                    Category category = Category.of(categoryCode);
                    if (category == null) {
                        throw r.bad("category", "'" + categoryCode + "' is not a category of scenarios.md");
                    }
                    String source = r.required("source");
                    if (!source.startsWith("RULE:") && !source.startsWith("MODEL:")) {
                        throw r.bad("source", "'" + source + "' is neither RULE:<code> nor MODEL:<code>");
                    }
                    String subjectTypeCode = r.required("subject_type");
                    SubjectType subjectType = SubjectType.of(subjectTypeCode);
                    if (subjectType == null) {
                        throw r.bad("subject_type", "'" + subjectTypeCode + "' is not a subject type");
                    }
                    double score;
                    try {
                        score = Double.parseDouble(r.required("score"));
                    } catch (NumberFormatException e) {
                        throw r.bad("score", "not a number");
                    }
                    if (!(score >= 0 && score <= 1)) {
                        throw r.bad("score", score + " is outside 0..1");
                    }
                    String evidence = r.get("evidence");
                    List<String> refs = evidence == null ? List.of()
                            : Arrays.stream(evidence.split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
                    leads.add(new Lead(r.required("lead_id"), category, source, subjectType, r.required("subject_id"),
                            r.get("fixmedins_code"), r.get("psn_no"), score, r.fen("amount"), refs,
                            r.get("explanation") == null ? "" : r.get("explanation")));
                });
        return leads;
    }

    static String fileName() {
        return Table.LEADS.csvFileName();
    }
}
