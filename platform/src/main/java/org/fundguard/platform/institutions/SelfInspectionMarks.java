package org.fundguard.platform.institutions;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * What the lead page shows about self-inspections ("自查未发现"): the clue page includes
 * fragments/lead-institutions, which asks this bean by name, so that the clues feature needs no
 * dependency on this one.
 */
@Component("selfInspectionMarks")
public class SelfInspectionMarks {
    private final SelfInspectionService inspections;

    SelfInspectionMarks(SelfInspectionService inspections) {
        this.inspections = inspections;
    }

    public List<Gap> of(String clueId) {
        return inspections.gapsOfClue(clueId);
    }
}
