package org.fundguard.engine.rules;

/**
 * One rule instance bound to one catalogue code: runs on every counted line of that code. Checks that
 * need the whole person (a pair's partner anywhere in the day) register the line and decide in
 * {@link #resolve}, after every line of the person has been seen.
 */
abstract class LineCheck {
    final CompiledRule rule;
    /** The rule's days in force, copied here so the hot loop reads one object. */
    final long fromDay;
    final long toDay;

    LineCheck(CompiledRule rule) {
        this.rule = rule;
        this.fromDay = rule.fromDay();
        this.toDay = rule.toDay();
    }

    final boolean inForce(long epochDay) {
        return epochDay >= fromDay && epochDay <= toDay;
    }

    abstract void check(PersonAudit a, int line);

    /** Only reports (no running state): lines of visits that are not reported are never resolved. */
    void resolve(PersonAudit a, int line) {
    }
}
