package org.fundguard.engine.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fundguard.core.Quantity;

/** Typed access to a rule instance's parameters; every error names the rule and the key. */
final class Params {
    private final RuleDefinition rule;
    private final Map<String, String> values;

    Params(RuleDefinition rule) {
        this.rule = rule;
        this.values = rule.parameters();
    }

    boolean has(String key) {
        String v = values.get(key);
        return v != null && !v.isBlank();
    }

    String text(String key) {
        String v = values.get(key);
        return v == null || v.isBlank() ? null : v.trim();
    }

    String required(String key) {
        String v = text(key);
        if (v == null) {
            throw error("parameter '" + key + "' is required");
        }
        return v;
    }

    Integer integer(String key) {
        String v = text(key);
        if (v == null) {
            return null;
        }
        try {
            return Integer.valueOf(v);
        } catch (NumberFormatException e) {
            throw error("parameter '" + key + "' is not a whole number: '" + v + "'");
        }
    }

    int integer(String key, int fallback) {
        Integer v = integer(key);
        return v == null ? fallback : v;
    }

    /** A count or amount of units (may be fractional) as {@link Quantity} units. */
    Long quantity(String key) {
        String v = text(key);
        if (v == null) {
            return null;
        }
        try {
            long q = Quantity.parse(v);
            if (q < 0) {
                throw error("parameter '" + key + "' must not be negative: '" + v + "'");
            }
            return q;
        } catch (NumberFormatException e) {
            throw error("parameter '" + key + "' is not a quantity: '" + v + "' (" + e.getMessage() + ")");
        }
    }

    boolean flag(String key, boolean fallback) {
        String v = text(key);
        if (v == null) {
            return fallback;
        }
        return switch (v.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw error("parameter '" + key + "' is not true/false: '" + v + "'");
        };
    }

    /** A {@code ;}-separated list (commas are tolerated), blanks dropped. */
    List<String> list(String key) {
        String v = text(key);
        if (v == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String s : v.split("[;,]")) {
            String t = s.trim();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return List.copyOf(out);
    }

    <E extends Enum<E>> E choice(String key, Class<E> type, E fallback) {
        String v = text(key);
        if (v == null) {
            if (fallback == null) {
                throw error("parameter '" + key + "' is required");
            }
            return fallback;
        }
        try {
            return Enum.valueOf(type, v.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw error("parameter '" + key + "' must be one of " + java.util.Arrays.toString(type.getEnumConstants())
                    + ": '" + v + "'");
        }
    }

    RuleException error(String message) {
        return new RuleException("rule " + rule.code() + " (template " + rule.template() + "): " + message);
    }
}
