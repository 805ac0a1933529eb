package org.fundguard.governance.inspections;

/**
 * A draw refused because a drawn target cannot get enough inspectors once conflicts and last year's
 * pairings are excluded. The draw is not partially published: the directory must be fixed first
 * (more inspectors, or a pool from another region).
 */
public final class AvoidanceException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String targetCode;

    AvoidanceException(String targetCode, String message) {
        super(message);
        this.targetCode = targetCode;
    }

    public String targetCode() {
        return targetCode;
    }
}
