package org.fundguard.engine.knowledge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fundguard.engine.knowledge.Coverage.Row;
import org.fundguard.engine.knowledge.KnowledgeImport.Outcome;

/** The coverage of an import as a terminal table, a Markdown table, JSON, or the list of points needing a person. */
public final class CoverageReport {
    private static final String[] HEADER = {"规则类 rule class", "template", "category", "points", "executable",
        "of which default", "of which auto", "need a person", "missing parameter", "superseded"};

    private final Coverage coverage;

    public CoverageReport(Coverage coverage) {
        this.coverage = coverage;
    }

    public String text() {
        List<String[]> lines = new ArrayList<>();
        lines.add(HEADER);
        coverage.rows().forEach(r -> lines.add(cells(r)));
        String[] total = cells(coverage.total());
        total[8] = ""; // listed below the table: it would widen every line
        lines.add(total);
        int[] width = new int[HEADER.length];
        for (String[] l : lines) {
            for (int i = 0; i < l.length; i++) {
                width[i] = Math.max(width[i], displayWidth(l[i]));
            }
        }
        StringBuilder sb = new StringBuilder("National knowledge points ").append(coverage.version()).append('\n');
        for (int li = 0; li < lines.size(); li++) {
            if (li == 1 || li == lines.size() - 1) {
                for (int i = 0; i < width.length; i++) {
                    sb.append("-".repeat(width[i])).append(i == width.length - 1 ? "\n" : "  ");
                }
            }
            String[] l = lines.get(li);
            for (int i = 0; i < l.length; i++) {
                boolean number = i >= 3 && i != 8;
                String pad = " ".repeat(width[i] - displayWidth(l[i]));
                sb.append(number ? pad + l[i] : l[i] + (i == l.length - 1 ? "" : pad)).append(i == l.length - 1 ? "\n" : "  ");
            }
        }
        sb.append("missing parameters: ").append(coverage.total().needsText().isEmpty() ? "none" : coverage.total().needsText()).append('\n');
        return sb.toString();
    }

    public String markdown() {
        StringBuilder sb = new StringBuilder("| ").append(String.join(" | ", HEADER)).append(" |\n|");
        for (int i = 0; i < HEADER.length; i++) {
            sb.append(i >= 3 && i != 8 ? "---:|" : "---|");
        }
        sb.append('\n');
        coverage.rows().forEach(r -> sb.append("| ").append(String.join(" | ", cells(r))).append(" |\n"));
        String[] t = cells(coverage.total());
        for (int i = 0; i < t.length; i++) {
            t[i] = t[i].isEmpty() ? "" : "**" + t[i] + "**";
        }
        sb.append("| ").append(String.join(" | ", t)).append(" |\n");
        return sb.toString();
    }

    public String json() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("version", coverage.version());
        root.put("classes", coverage.rows().stream().map(CoverageReport::jsonRow).toList());
        root.put("total", jsonRow(coverage.total()));
        root.put("need_a_person", coverage.needPerson().stream().map(o -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kp_id", o.point().kpId());
            m.put("rule_class", o.point().ruleClass());
            m.put("item_name", o.point().itemName());
            m.put("needs", o.needs());
            m.put("note", o.note());
            return m;
        }).toList());
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the coverage as JSON", e);
        }
    }

    /** One line per point that needs a person: id, class, item, what is missing, why, where, the published text. */
    public String needsTsv() {
        StringBuilder sb = new StringBuilder("kp_id\trule_class\titem_name\tneeds\tnote\tsource\tconstraint\n");
        for (Outcome o : coverage.needPerson()) {
            KnowledgePoint p = o.point();
            sb.append(p.kpId()).append('\t').append(p.ruleClass()).append('\t').append(flat(p.itemName())).append('\t')
                    .append(String.join(";", o.needs())).append('\t').append(flat(o.note())).append('\t')
                    .append(p.file()).append('#').append(p.position()).append('\t').append(flat(p.constraint())).append('\n');
        }
        return sb.toString();
    }

    private static Map<String, Object> jsonRow(Row r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rule_class", r.ruleClass());
        m.put("template", r.template());
        m.put("category", r.category() == null ? null : r.category().name());
        m.put("points", r.points());
        m.put("executable", r.executable());
        m.put("executable_with_default", r.viaDefault());
        m.put("executable_with_auto_icd", r.viaAuto());
        m.put("need_a_person", r.needPerson());
        m.put("missing_parameters", r.needs());
        m.put("superseded", r.superseded());
        return m;
    }

    private static String[] cells(Row r) {
        return new String[] {r.ruleClass(), r.template(), r.category() == null ? "" : r.category().name(),
            Integer.toString(r.points()), Integer.toString(r.executable()), Integer.toString(r.viaDefault()),
            Integer.toString(r.viaAuto()), Integer.toString(r.needPerson()), r.needsText(), Integer.toString(r.superseded())};
    }

    private static String flat(String s) {
        return s == null ? "" : s.replaceAll("[\\t\\r\\n]+", " ").trim();
    }

    /** Terminal columns: CJK and full-width characters take two. */
    static int displayWidth(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            boolean wide = (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                    || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                    || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
            w += wide ? 2 : 1;
        }
        return w;
    }
}
