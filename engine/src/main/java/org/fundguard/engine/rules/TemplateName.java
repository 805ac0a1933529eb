package org.fundguard.engine.rules;

import java.util.Set;

/**
 * The rule templates (code) that rule instances (data) name, with the parameter keys each accepts.
 * The contract with the knowledge-point importer is /work/prompts/templates.md; keys outside a
 * template's list are refused so that a typo never silently disables a limit.
 */
enum TemplateName {
    PRICE_CAP("discount_percent", "group"),
    MAX_UNITS_PER_DAY("max_units", "flag"),
    PERIOD_FREQUENCY("max_count", "period", "days", "unit"),
    EXCLUSIVE_PAIR("code_a", "code_b", "codes_a", "codes_b", "scope"),
    BUNDLED_COMPONENT("code_a", "code_b", "codes_a", "codes_b", "scope"),
    DAYS_SUPPLY("max_days", "chronic_max_days", "course_basis"),
    GENDER_LIMIT("gender"),
    AGE_LIMIT("age_min", "age_max"),
    HOSPITAL_LEVEL_LIMIT("min_level"),
    MED_TYPE_LIMIT("med_type"),
    INDICATION_LIMIT("diag_prefixes"),
    INSURANCE_TYPE_LIMIT("allowed"),
    NOT_PAYABLE("alone"),
    INTERNET_HOSPITAL_LIMIT("forbidden", "internet_dept_codes"),
    DECEASED(),
    TRACE_CODE_REUSE(),
    DOUBLE_SETTLEMENT("window_days"),
    READMISSION("days", "exempt_diag_prefixes", "diag_match", "emergency_hours"),
    PRACTITIONER_QUALIFICATION("overlap_minutes"),
    IMPOSSIBLE_TRAVEL("max_minutes", "admdvs_digits"),
    CHARGE_OUTSIDE_STAY("tolerance_hours");

    /**
     * Keys every template accepts: {@code needs} (what a person must supply before the instance can
     * be enabled), {@code list_types} (restricts a catalogue-wide instance to some list_type codes),
     * {@code note} (free text).
     */
    static final Set<String> COMMON = Set.of("needs", "list_types", "note");

    private final Set<String> keys;

    TemplateName(String... keys) {
        this.keys = Set.of(keys);
    }

    boolean accepts(String key) {
        return keys.contains(key) || COMMON.contains(key);
    }

    Set<String> keys() {
        return keys;
    }

    static TemplateName of(String name) {
        for (TemplateName t : values()) {
            if (t.name().equals(name)) {
                return t;
            }
        }
        return null;
    }
}
