package org.fundguard.engine.rules;

/**
 * One rule instance bound to one catalogue code: runs on every counted line of that code. Checks that
 * need the whole person (a pair's partner anywhere in the day) register the line and decide in
 * {@link #resolve}, after every line of the person has been seen.
 */
abstract class LineCheck {
    final CompiledRule rule;

    LineCheck(CompiledRule rule) {
        this.rule = rule;
    }

    abstract void check(PersonAudit a, int line);

    void resolve(PersonAudit a, int line) {
    }
}
