package org.fundguard.engine.knowledge;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.fundguard.engine.Thresholds;
import org.fundguard.engine.rules.RuleDefinition;

/**
 * Entry point of the national knowledge points (国家医保智能监管知识点): load the published points of
 * a directory as rule definitions the auditor can run, or import them with the outcome of every
 * point for the coverage report.
 */
public final class KnowledgePoints {
    private KnowledgePoints() {
    }

    /** Every point of {@code dir} as a definition (disabled where a person must supply a value). */
    public static List<RuleDefinition> load(Path dir) {
        return importFrom(dir, defaultIcdFile(dir), builtInDefaults()).definitions();
    }

    /**
     * @param icdNames the ICD-10 医保版 name table (ZD_INFO.dat) for reading indications, or null to
     *                 leave every indication to a person
     * @param defaults class-wide values the points do not state (see knowledge-defaults.properties)
     */
    public static KnowledgeImport importFrom(Path dir, Path icdNames, Thresholds defaults) {
        KnowledgePointFiles.Contents contents = KnowledgePointFiles.read(dir);
        IcdNames icd = icdNames == null ? null : IcdNames.read(icdNames, chapters(defaults.string("icd.auto.excluded_chapters")),
                defaults.integer("icd.auto.min_name_length"), vocabulary("icd.auto.before"), vocabulary("icd.auto.after"));
        return new KnowledgeImporter(RuleClasses.load(), new LimitParser(defaults, icd)).run(contents);
    }

    /** The values shipped with FundGuard; a region overrides them with its own properties file. */
    public static Thresholds builtInDefaults() {
        return LimitParser.builtInDefaults();
    }

    /** shared/data/icd-chs/ZD_INFO.dat beside shared/data/nhsa-knowledge-points, or null when absent. */
    public static Path defaultIcdFile(Path knowledgeDir) {
        Path parent = knowledgeDir.toAbsolutePath().normalize().getParent();
        Path f = parent == null ? null : parent.resolve("icd-chs").resolve("ZD_INFO.dat");
        return f != null && Files.isRegularFile(f) ? f : null;
    }

    /**
     * The {@code key=value} details an imported definition carries in its {@code note} parameter:
     * {@code confidence} (parsed / default / auto), {@code basis} (the words a value was read from),
     * {@code supersedes}, {@code superseded_by}, and reading details a template has no key for
     * ({@code age_max_days}, {@code unit} ...); the surgery group and the course basis, which the rules
     * act on, travel as the parameters {@code group} and {@code course_basis} and are listed here too.
     */
    public static Map<String, String> details(RuleDefinition d) {
        Map<String, String> m = new LinkedHashMap<>();
        String note = d.parameters().get("note");
        if (note != null) {
            for (String pair : note.split(Pattern.quote(KnowledgeImporter.NOTE_SEPARATOR))) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    m.put(pair.substring(0, eq), pair.substring(eq + 1));
                }
            }
        }
        String group = d.parameters().get("group");
        if (group != null) {
            m.put("surgery_group", group);
        }
        String courseBasis = d.parameters().get("course_basis");
        if (courseBasis != null) {
            m.put("course_basis", courseBasis);
        }
        return m;
    }

    private static String vocabulary(String key) {
        return Thresholds.fromResource(LimitParser.VOCABULARY).string(key);
    }

    private static Set<Character> chapters(String list) {
        Set<Character> s = new HashSet<>();
        for (String c : list.split(";")) {
            if (!c.isBlank()) {
                s.add(Character.toUpperCase(c.trim().charAt(0)));
            }
        }
        return s;
    }
}
