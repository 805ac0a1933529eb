package org.fundguard.engine.rules;

/** A rule about whole visits (or settlements) of a person, run once per visit after the line pass. */
abstract class VisitCheck {
    final CompiledRule rule;

    VisitCheck(CompiledRule rule) {
        this.rule = rule;
    }

    abstract void check(PersonAudit a, VisitFacts v);

    /** How many days of history before a visit the check looks at (real-time history queries). */
    abstract int lookbackDays();
}
