package org.fundguard.engine.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.fundguard.core.Category;
import org.fundguard.engine.knowledge.KnowledgeImport.Outcome;

/**
 * How much of the national knowledge can run here, per rule class: points, executable (and how many
 * of those rest on a class default or an automatic ICD reading), points that need a person (and for
 * which parameter), and points replaced by a later one.
 */
public record Coverage(String version, List<Row> rows, Row total, List<Outcome> needPerson) {

    public Coverage {
        rows = List.copyOf(rows);
        needPerson = List.copyOf(needPerson);
    }

    /**
     * @param viaDefault executable points whose limit uses a class-wide default (confidence=default)
     * @param viaAuto    executable points whose indication was matched to ICD-10 names (confidence=auto)
     * @param needs      per missing parameter, how many points need it
     */
    public record Row(String ruleClass, String template, Category category, int points, int executable, int viaDefault,
                      int viaAuto, int needPerson, Map<String, Integer> needs, int superseded) {
        public Row {
            needs = Map.copyOf(needs);
        }

        /** "diag_prefixes×423, first_line_codes×110" */
        public String needsText() {
            StringBuilder sb = new StringBuilder();
            new TreeMap<>(needs).forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ", ").append(k).append('×').append(v));
            return sb.toString();
        }
    }

    static Coverage of(KnowledgeImport imp) {
        Map<String, List<Outcome>> byClass = new LinkedHashMap<>();
        for (Outcome o : imp.outcomes()) {
            byClass.computeIfAbsent(o.point().ruleClass(), c -> new ArrayList<>()).add(o);
        }
        List<Row> rows = new ArrayList<>();
        byClass.forEach((cls, list) -> rows.add(row(cls, list.get(0).definition().template(), list.get(0).definition().category(), list)));
        Row total = row("合计 total", "", null, imp.outcomes());
        List<Outcome> need = imp.outcomes().stream().filter(o -> !o.executable()).toList();
        return new Coverage(imp.version(), rows, total, need);
    }

    private static Row row(String cls, String template, Category category, List<Outcome> list) {
        int exec = 0;
        int viaDefault = 0;
        int viaAuto = 0;
        int superseded = 0;
        Map<String, Integer> needs = new LinkedHashMap<>();
        for (Outcome o : list) {
            if (o.executable()) {
                exec++;
                viaDefault += "default".equals(o.confidence()) ? 1 : 0;
                viaAuto += "auto".equals(o.confidence()) ? 1 : 0;
            } else {
                o.needs().forEach(n -> needs.merge(n, 1, Integer::sum));
            }
            superseded += o.supersededBy() != null ? 1 : 0;
        }
        return new Row(cls, template, category, list.size(), exec, viaDefault, viaAuto, list.size() - exec, needs, superseded);
    }
}
