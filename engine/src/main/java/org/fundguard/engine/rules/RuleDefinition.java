package org.fundguard.engine.rules;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fundguard.core.Category;

/**
 * A rule instance as data (规则实例): which template (code) runs, with which parameters, over which
 * catalogue codes, when it is in force and what it is called. Templates are code; instances are
 * loaded from versioned files (or the platform's database), never compiled in.
 *
 * @param code              stable id, never reused
 * @param nationalRuleClass the national rule class name (e.g. 医疗服务项目重复收费), null when none
 * @param gzCode            national GZ rule code where one applies
 * @param template          the template that executes it (see the rules package)
 * @param window            time window the template counts over
 * @param windowDays        for {@link Window#N_DAYS}
 * @param appliesTo         catalogue codes it is restricted to; empty = every code the template selects
 * @param source            where it came from: "catalog", a knowledge point id (KP-...), a file name
 */
public record RuleDefinition(
        String code,
        String nameZh,
        String nameEn,
        Category category,
        String nationalRuleClass,
        String gzCode,
        ResultType resultType,
        Window window,
        int windowDays,
        Set<Stage> stages,
        String template,
        Map<String, String> parameters,
        List<String> appliesTo,
        boolean enabled,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        int version,
        String source) implements Serializable {

    public RuleDefinition {
        stages = Set.copyOf(stages);
        parameters = Map.copyOf(parameters);
        appliesTo = List.copyOf(appliesTo);
    }

    /** 明确违规 (definite) or 可疑 (suspicious), as in the national result types. */
    public enum ResultType { DEFINITE, SUSPICIOUS }

    public enum Window { VISIT, DAY, NATURAL_MONTH, YEAR, N_DAYS }

    /** 事前 before prescribing, 事中 before settlement, 事后 batch review. */
    public enum Stage { PRE, DURING, POST }

    public boolean inForceOn(LocalDate day) {
        return enabled && (effectiveFrom == null || !day.isBefore(effectiveFrom))
                && (effectiveTo == null || !day.isAfter(effectiveTo));
    }
}
