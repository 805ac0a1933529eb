package org.fundguard.platform.governance.credit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fundguard.governance.credit.ConfirmedFinding;
import org.fundguard.governance.credit.CreditRating;
import org.fundguard.governance.credit.CreditRatings;
import org.fundguard.governance.credit.CreditScheme;
import org.fundguard.governance.credit.PractitionerPoints;
import org.fundguard.governance.credit.Sanction;
import org.fundguard.governance.credit.Subject;
import org.fundguard.platform.auditlog.AuditLog;
import org.fundguard.platform.governance.GovernanceException;
import org.fundguard.platform.governance.directory.TargetDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A rating run: the governance module's scheme over the records in force, every institution of the
 * directory rated (so that clean ones get their A), stored as one run with a row per subject and year.
 */
@Service
class CreditRatingService {
    /** Years rated in one run at most: the scheme's window is 1-3 years; ten leaves room for history. */
    private static final int MAX_YEARS = 10;

    private final CreditRecords records;
    private final CreditRatingStore store;
    private final TargetDirectory targets;
    private final AuditLog auditLog;
    private final CreditScheme scheme;

    CreditRatingService(CreditRecords records, CreditRatingStore store, TargetDirectory targets, AuditLog auditLog,
            @Value("${fundguard.governance.credit-scheme:}") String schemeFile) {
        this.records = records;
        this.store = store;
        this.targets = targets;
        this.auditLog = auditLog;
        // the agency's own weights when configured (same CSV format, every value with its origin)
        this.scheme = schemeFile.isBlank() ? CreditScheme.defaults() : CreditScheme.read(Path.of(schemeFile));
    }

    @Transactional
    long rate(int firstYear, int lastYear, String actor) {
        if (lastYear < firstYear || lastYear - firstYear >= MAX_YEARS) {
            throw GovernanceException.invalid("评价年度须为 1-" + MAX_YEARS + " 个连续年度 (years " + firstYear + "-" + lastYear + ")");
        }
        List<ConfirmedFinding> findings = records.findings();
        List<Sanction> sanctions = records.sanctions();
        List<PractitionerPoints> points = records.points();
        List<Subject> everyone = targets.targets().stream().map(t -> Subject.institution(t.code())).toList();
        CreditRatings ratings = CreditRatings.rate(scheme, firstYear, lastYear, everyone, findings, sanctions, points);
        List<CreditRating> rows = new ArrayList<>();
        for (Subject s : ratings.subjects()) {
            rows.addAll(ratings.history(s).values());
        }
        long id = store.saveRun(firstYear, lastYear, findings.size(), sanctions.size(), points.size(), records.source(),
                actor, rows);
        auditLog.append(actor, "CREDIT_RATED", "credit-run:" + id, ratings.subjects().size() + " subjects, years "
                + firstYear + "-" + lastYear + ", " + findings.size() + " findings, " + sanctions.size() + " sanctions, "
                + points.size() + " point records");
        return id;
    }
}
