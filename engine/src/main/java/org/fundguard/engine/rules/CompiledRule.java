package org.fundguard.engine.rules;

import org.fundguard.core.Category;

/** A rule instance ready to run: its definition, parsed parameters and the days it is in force. */
final class CompiledRule {
    final RuleDefinition def;
    final TemplateName template;
    final Params params;
    final String source;
    final String version;
    final Category category;
    final double score;
    private final long fromDay;
    private final long toDay;

    CompiledRule(RuleDefinition def, TemplateName template) {
        this.def = def;
        this.template = template;
        this.params = new Params(def);
        this.source = "RULE:" + def.code();
        this.version = Integer.toString(def.version());
        this.category = def.category();
        // 明确违规 findings rank above 可疑 ones within a category (national result types).
        this.score = def.resultType() == RuleDefinition.ResultType.SUSPICIOUS ? 0.6 : 0.9;
        this.fromDay = def.effectiveFrom() == null ? Long.MIN_VALUE : def.effectiveFrom().toEpochDay();
        this.toDay = def.effectiveTo() == null ? Long.MAX_VALUE : def.effectiveTo().toEpochDay();
    }

    /** Whether the instance is in force on an epoch day (enabled is checked once, at compile time). */
    boolean inForce(long epochDay) {
        return epochDay >= fromDay && epochDay <= toDay;
    }

    long fromDay() {
        return fromDay;
    }

    long toDay() {
        return toDay;
    }

    String code() {
        return def.code();
    }

    String nameZh() {
        return def.nameZh();
    }

    RuleException failure(String row, RuntimeException cause) {
        return new RuleException("rule " + def.code() + " (template " + def.template() + ") failed on " + row + ": "
                + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage()), cause);
    }
}
