package org.fundguard.engine.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The ICD-10 医保版 diagnosis names (ZD_INFO.dat: {@code code name} per line), used to turn indication
 * text into ICD-10 prefixes where the text names a disease that appears verbatim in the table. A name
 * maps to the three-character categories of every table entry whose name contains it, so "2型糖尿病"
 * also accepts the coded complications (E11.x) and pregnancy (O24) of that disease: a broader prefix
 * list means fewer legitimate uses flagged.
 */
final class IcdNames {
    /** Numbered items and list separators that split an indication text into separate indications. */
    private static final Pattern INDICATIONS = Pattern.compile("[；;、]|或|(?<![0-9.])[0-9]{1,2}[.、．](?![0-9])");

    private final Map<String, Set<String>> codesByName;
    private final Map<Character, List<String>> namesByFirstChar;
    private final Map<String, List<String>> prefixCache = new HashMap<>();
    private final String before;
    private final String after;

    private IcdNames(Map<String, Set<String>> codesByName, int minLength, String before, String after) {
        this.codesByName = codesByName;
        this.before = before;
        this.after = after;
        Map<Character, List<String>> idx = new HashMap<>();
        for (String name : codesByName.keySet()) {
            if (name.length() >= minLength) {
                idx.computeIfAbsent(name.charAt(0), c -> new ArrayList<>()).add(name);
            }
        }
        idx.values().forEach(l -> l.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder())));
        this.namesByFirstChar = idx;
    }

    static IcdNames read(Path file, Set<Character> excludedChapters, int minLength, String before, String after) {
        Map<String, Set<String>> codesByName = new LinkedHashMap<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank()) {
                    continue;
                }
                int sp = line.indexOf(' ');
                if (sp < 3 || sp == line.length() - 1) {
                    throw new KnowledgeFileException(file.getFileName() + ":" + no + ": expected 'code name', found: " + line);
                }
                String code = line.substring(0, sp);
                if (excludedChapters.contains(Character.toUpperCase(code.charAt(0)))) {
                    continue;
                }
                codesByName.computeIfAbsent(line.substring(sp + 1).trim(), n -> new TreeSet<>()).add(code);
            }
        } catch (IOException e) {
            throw new KnowledgeFileException(file + ": cannot read the ICD name table: " + e.getMessage(), e);
        }
        return new IcdNames(codesByName, minLength, before, after);
    }

    /**
     * The disease names found in an indication text and their prefixes. {@code complete} only when
     * every separate indication of the text names at least one disease of the table: a list with an
     * unmatched indication would flag the legitimate uses of that indication.
     */
    record Match(List<String> names, List<String> prefixes, boolean complete, int indications) {
    }

    Match match(String text) {
        List<String> segments = new ArrayList<>();
        for (String s : INDICATIONS.split(text)) {
            if (!strip(s).isEmpty()) {
                segments.add(s);
            }
        }
        Set<String> names = new TreeSet<>();
        boolean complete = !segments.isEmpty();
        for (String s : segments) {
            List<String> found = find(s);
            complete &= !found.isEmpty();
            names.addAll(found);
        }
        Set<String> prefixes = new TreeSet<>();
        for (String n : names) {
            prefixes.addAll(prefixes(n));
        }
        return new Match(List.copyOf(names), List.copyOf(prefixes), complete, segments.size());
    }

    /** Names of the table found in the text at a word boundary, without those inside a longer match. */
    List<String> find(String text) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            List<String> candidates = namesByFirstChar.get(text.charAt(i));
            if (candidates == null || (i > 0 && !boundary(text.charAt(i - 1), before))) {
                continue;
            }
            for (String n : candidates) {
                int end = i + n.length();
                if (text.startsWith(n, i) && (end == text.length() || boundary(text.charAt(end), after))) {
                    found.add(n);
                    break;
                }
            }
        }
        return found.stream().distinct().filter(n -> found.stream().noneMatch(m -> !m.equals(n) && m.contains(n))).toList();
    }

    private List<String> prefixes(String name) {
        return prefixCache.computeIfAbsent(name, n -> {
            Set<String> p = new TreeSet<>();
            codesByName.forEach((tableName, codes) -> {
                if (tableName.contains(n)) {
                    codes.forEach(c -> p.add(c.substring(0, 3)));
                }
            });
            return List.copyOf(p);
        });
    }

    private static boolean boundary(char c, String allowed) {
        return !isHan(c) || allowed.indexOf(c) >= 0;
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static String strip(String s) {
        return s.replaceAll("[\\s限：:。，,.()（）]", "");
    }
}
