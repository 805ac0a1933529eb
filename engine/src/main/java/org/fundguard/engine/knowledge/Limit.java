package org.fundguard.engine.knowledge;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the parser made of one point: template parameters (only the keys of prompts/templates.md),
 * details that describe the reading (basis, scope of a course, surgery group … carried in the
 * definition's note), what a person still has to supply, and how sure the values are.
 * {@code needs} non-empty means the definition is loaded disabled.
 */
record Limit(Map<String, String> parameters, Map<String, String> details, List<String> needs, Confidence confidence, String note) {

    /** How a value was obtained; the weakest one used describes the whole definition. */
    enum Confidence {
        /** read from the point's own constraint or detection text */
        PARSED,
        /** a class-wide value of knowledge-defaults.properties, not stated in the point */
        DEFAULT,
        /** indication text matched to ICD-10 names: a lower-confidence reading, results are 可疑 */
        AUTO;

        String code() {
            return name().toLowerCase();
        }
    }

    Limit {
        parameters = Map.copyOf(parameters);
        details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
        needs = List.copyOf(needs);
    }

    boolean executable() {
        return needs.isEmpty();
    }

    static Builder builder() {
        return new Builder();
    }

    static final class Builder {
        private final Map<String, String> parameters = new LinkedHashMap<>();
        private final Map<String, String> details = new LinkedHashMap<>();
        private final List<String> needs = new ArrayList<>();
        private Confidence confidence = Confidence.PARSED;
        private String note;

        Builder put(String key, Object value, Confidence how) {
            parameters.put(key, String.valueOf(value));
            if (how.ordinal() > confidence.ordinal()) {
                confidence = how;
            }
            return this;
        }

        /** A value that describes the reading (basis, scope of the source text), not a template parameter. */
        Builder describe(String key, String value) {
            if (value != null && !value.isBlank()) {
                details.put(key, value);
            }
            return this;
        }

        Builder need(String parameter, String why) {
            if (!needs.contains(parameter)) {
                needs.add(parameter);
            }
            if (why != null && !why.isBlank()) {
                note = note == null ? why : note + "; " + why;
            }
            return this;
        }

        Builder note(String why) {
            note = note == null ? why : note + "; " + why;
            return this;
        }

        Limit build() {
            return new Limit(parameters, details, needs, confidence, note);
        }
    }
}
