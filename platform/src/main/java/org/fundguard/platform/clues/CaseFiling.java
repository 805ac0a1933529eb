package org.fundguard.platform.clues;

import java.util.Optional;

/**
 * Where a confirmed clue goes to become a case (立案). Declared here and implemented by the cases feature,
 * so that clues → cases runs one way (the cases feature walks clues; clues only hand them over).
 */
public interface CaseFiling {

    /** Opens a case on the clue and returns its number. */
    String open(String clueId, String title, String actor);

    /** The number of the case opened on the clue, if any. */
    Optional<String> caseNoOf(String clueId);
}
