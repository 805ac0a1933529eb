package org.fundguard.platform.clues;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of a clue. The allowed moves are here and nowhere else: a clue is verified only once it
 * has an investigator, only a confirmed clue becomes a case, and a closed clue stays closed.
 */
public enum ClueStatus {
    NEW, ASSIGNED, CONFIRMED, NOT_ESTABLISHED, FALSE_POSITIVE, MERGED, CASE_OPENED;

    private Set<ClueStatus> next() {
        return switch (this) {
            case NEW -> EnumSet.of(ASSIGNED, MERGED);
            case ASSIGNED -> EnumSet.of(ASSIGNED, CONFIRMED, NOT_ESTABLISHED, FALSE_POSITIVE, MERGED);
            case CONFIRMED -> EnumSet.of(CASE_OPENED);
            case NOT_ESTABLISHED, FALSE_POSITIVE, MERGED, CASE_OPENED -> EnumSet.noneOf(ClueStatus.class);
        };
    }

    public boolean canMoveTo(ClueStatus target) {
        return next().contains(target);
    }

    public boolean open() {
        return this == NEW || this == ASSIGNED;
    }

    /** Verified by an investigator, whatever the outcome. */
    public boolean verified() {
        return this == CONFIRMED || this == NOT_ESTABLISHED || this == FALSE_POSITIVE || this == CASE_OPENED;
    }
}
