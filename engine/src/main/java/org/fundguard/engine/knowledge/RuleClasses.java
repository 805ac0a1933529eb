package org.fundguard.engine.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fundguard.core.Category;
import org.fundguard.engine.rules.RuleDefinition.ResultType;
import org.fundguard.engine.rules.RuleDefinition.Window;

/**
 * The national rule classes and what runs them here (rule-classes.tsv): template, category, result
 * type and counting window. A point of a class missing from the table stops the import: a new class
 * must be mapped by a person before its points can be loaded.
 */
final class RuleClasses {
    static final String RESOURCE = "/org/fundguard/engine/knowledge/rule-classes.tsv";

    record RuleClass(String name, String template, Category category, ResultType resultType, Window window, String nameEn) {
    }

    private final Map<String, RuleClass> byName;

    private RuleClasses(Map<String, RuleClass> byName) {
        this.byName = byName;
    }

    static RuleClasses load() {
        try (InputStream in = RuleClasses.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("rule class table not found on the classpath: " + RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, RuleClass> m = new LinkedHashMap<>();
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                String where = RESOURCE + ":" + no;
                if (f.length != 6) {
                    throw new IllegalStateException(where + ": expected 6 tab-separated fields, found " + f.length);
                }
                Category category = Category.of(f[2]);
                if (category == null) {
                    throw new IllegalStateException(where + ": unknown category " + f[2]);
                }
                try {
                    m.put(f[0], new RuleClass(f[0], f[1], category, ResultType.valueOf(f[3]), Window.valueOf(f[4]), f[5]));
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(where + ": " + e.getMessage());
                }
            }
            return new RuleClasses(m);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    RuleClass of(KnowledgePoint p) {
        RuleClass c = byName.get(p.ruleClass());
        if (c == null) {
            throw new KnowledgeFileException(p.where() + " rule_class: '" + p.ruleClass()
                    + "' has no template yet; map it in " + RESOURCE);
        }
        return c;
    }

    Collection<RuleClass> all() {
        return byName.values();
    }
}
