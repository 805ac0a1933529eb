package org.fundguard.engine.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A library of rule instances (规则库) loaded from versioned rule files. Codes are unique: a later
 * file's rule with the same code replaces the earlier one (a region's override of a built-in rule).
 */
public final class RuleSet {
    /** The built-in library: catalogue-driven instances and behavioural rules. */
    public static final String BUILT_IN = "/org/fundguard/engine/rules/rules-v1.json";

    private final String origin;
    private final List<RuleDefinition> rules;
    private final Map<String, RuleDefinition> byCode;

    private RuleSet(String origin, List<RuleDefinition> rules) {
        this.origin = origin;
        Map<String, RuleDefinition> m = new LinkedHashMap<>();
        for (RuleDefinition r : rules) {
            m.put(r.code(), r);
        }
        this.byCode = m;
        this.rules = List.copyOf(m.values());
    }

    public static RuleSet of(String origin, List<RuleDefinition> rules) {
        Map<String, Integer> seen = new HashMap<>();
        for (RuleDefinition r : rules) {
            if (seen.put(r.code(), 1) != null) {
                throw new RuleException(origin + ": rule code " + r.code() + " is defined twice");
            }
        }
        return new RuleSet(origin, rules);
    }

    public static RuleSet builtIn() {
        return fromResource(BUILT_IN);
    }

    public static RuleSet fromResource(String resource) {
        try (InputStream in = RuleSet.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new RuleException("rule file not found on the classpath: " + resource);
            }
            return of(resource, RuleFiles.read(resource, in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    public static RuleSet fromFile(Path file) {
        return of(file.toString(), RuleFiles.read(file));
    }

    /** Writes the rules in the rule-file format. */
    public void writeTo(Path file, String title) {
        RuleFiles.write(file, title, rules);
    }

    /** This library with the other's rules added; same code = the other's rule replaces this one's. */
    public RuleSet plus(RuleSet other) {
        List<RuleDefinition> all = new ArrayList<>(rules);
        all.addAll(other.rules);
        return new RuleSet(origin + " + " + other.origin, all);
    }

    public RuleSet plus(List<RuleDefinition> more) {
        List<RuleDefinition> all = new ArrayList<>(rules);
        all.addAll(more);
        return new RuleSet(origin + " + " + more.size() + " rules", all);
    }

    public Optional<RuleDefinition> rule(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public RuleDefinition require(String code) {
        RuleDefinition r = byCode.get(code);
        if (r == null) {
            throw new RuleException("no rule with code " + code + " in " + origin);
        }
        return r;
    }

    /** Only the given rule (enabled, for a back-test), nothing else. */
    public RuleSet only(String code) {
        RuleDefinition r = require(code);
        return new RuleSet(origin + " [" + code + "]", List.of(withEnabled(r, true)));
    }

    /** Only the rules of these categories (all when the collection is empty). */
    public RuleSet onlyCategories(java.util.Collection<org.fundguard.core.Category> categories) {
        if (categories.isEmpty()) {
            return this;
        }
        return new RuleSet(origin + " " + categories, rules.stream().filter(r -> categories.contains(r.category())).toList());
    }

    /** The same library with some parameters of one rule replaced (back-tests, what-if). */
    public RuleSet withParameters(String code, Map<String, String> overrides) {
        RuleDefinition r = require(code);
        Map<String, String> p = new LinkedHashMap<>(r.parameters());
        overrides.forEach((k, v) -> {
            if (v == null || v.isEmpty()) {
                p.remove(k);
            } else {
                p.put(k, v);
            }
        });
        RuleDefinition changed = new RuleDefinition(r.code(), r.nameZh(), r.nameEn(), r.category(), r.nationalRuleClass(),
                r.gzCode(), r.resultType(), r.window(), r.windowDays(), r.stages(), r.template(), p, r.appliesTo(),
                r.enabled(), r.effectiveFrom(), r.effectiveTo(), r.version(), r.source());
        List<RuleDefinition> all = new ArrayList<>(rules);
        all.replaceAll(x -> x.code().equals(code) ? changed : x);
        return new RuleSet(origin + " (" + code + " " + overrides + ")", all);
    }

    static RuleDefinition withEnabled(RuleDefinition r, boolean enabled) {
        return new RuleDefinition(r.code(), r.nameZh(), r.nameEn(), r.category(), r.nationalRuleClass(), r.gzCode(),
                r.resultType(), r.window(), r.windowDays(), r.stages(), r.template(), r.parameters(), r.appliesTo(),
                enabled, r.effectiveFrom(), r.effectiveTo(), r.version(), r.source());
    }

    public List<RuleDefinition> rules() {
        return rules;
    }

    public int size() {
        return rules.size();
    }

    public String origin() {
        return origin;
    }
}
