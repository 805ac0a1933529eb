package org.fundguard.platform.governance.credit;

import java.util.List;
import org.fundguard.governance.credit.ConfirmedFinding;
import org.fundguard.governance.credit.PractitionerPoints;
import org.fundguard.governance.credit.Sanction;

/**
 * Where the credit scheme's inputs come from. The seam between governance and case handling: today
 * {@link ClueVerificationRecords} reads confirmed clue verifications; once case decisions, sanctions
 * and practitioner points are in the database (issue 6) an implementation reading them replaces it.
 */
public interface CreditRecords {

    /** One line for the rating run's record: what the figures were taken from. */
    String source();

    List<ConfirmedFinding> findings();

    List<Sanction> sanctions();

    List<PractitionerPoints> points();
}
