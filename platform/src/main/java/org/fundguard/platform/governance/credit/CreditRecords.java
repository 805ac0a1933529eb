package org.fundguard.platform.governance.credit;

import java.util.List;
import org.fundguard.governance.credit.ConfirmedFinding;
import org.fundguard.governance.credit.PractitionerPoints;
import org.fundguard.governance.credit.Sanction;

/**
 * Where the credit scheme's inputs come from: the seam between governance and case handling, read
 * by {@link CaseCreditRecords} from the case tables (decisions, sanctions, practitioner points).
 */
public interface CreditRecords {

    /** One line for the rating run's record: what the figures were taken from. */
    String source();

    List<ConfirmedFinding> findings();

    List<Sanction> sanctions();

    List<PractitionerPoints> points();
}
