package org.fundguard.reporting.rewards;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fundguard.core.Money;
import org.fundguard.reporting.DataFileException;
import org.fundguard.reporting.DataLines;

/** The configured reward presets by name (presets.tsv and one .preset file each). */
public final class RewardPolicies {
    private static final Set<String> KEYS = Set.of("title", "source", "rate", "bands", "rate.insider", "rate.individual",
            "floor", "insider.bonus.percent", "cap");

    private final Map<String, RewardPolicy> byName;

    private RewardPolicies(Map<String, RewardPolicy> byName) {
        this.byName = byName;
    }

    public static RewardPolicies standard() {
        Map<String, RewardPolicy> policies = new LinkedHashMap<>();
        for (DataLines.Row row : DataLines.resource(RewardPolicies.class, "presets.tsv").table("name", "file")) {
            String name = row.required("name");
            if (policies.containsKey(name)) {
                throw row.error("name", "preset " + name + " is listed twice");
            }
            policies.put(name, parse(name, DataLines.resource(RewardPolicies.class, row.required("file"))));
        }
        return new RewardPolicies(policies);
    }

    public List<String> names() {
        return List.copyOf(byName.keySet());
    }

    public Optional<RewardPolicy> get(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public RewardPolicy require(String name) {
        return get(name).orElseThrow(() -> new IllegalArgumentException(
                "no reward preset '" + name + "'; presets: " + String.join(", ", names())));
    }

    /** One preset file: key=value lines, '#' comments (keys documented in national.preset). */
    public static RewardPolicy parse(String name, DataLines file) {
        Map<String, String> values = new HashMap<>();
        Map<String, DataLines.Line> where = new HashMap<>();
        for (DataLines.Line line : file.lines()) {
            int eq = line.text().indexOf('=');
            if (eq <= 0) {
                throw file.error(line, null, "expected key=value");
            }
            String key = line.text().substring(0, eq).strip();
            String value = line.text().substring(eq + 1).strip();
            if (!KEYS.contains(key) && !key.matches("(rate|floor)\\.grade\\.[1-9]")) {
                throw file.error(line, key, "unknown key");
            }
            if (values.put(key, value) != null) {
                throw file.error(line, key, "given twice");
            }
            where.put(key, line);
        }
        Parser p = new Parser(file, values, where);
        Map<Integer, Long> gradeBp = p.grades("rate.grade.");
        Map<Integer, Long> gradeFloor = p.grades("floor.grade.");
        List<RewardPolicy.Band> bands = new ArrayList<>();
        if (values.containsKey("rate")) {
            bands.add(new RewardPolicy.Band(RewardPolicy.UNBOUNDED, p.percent("rate")));
        }
        if (values.containsKey("bands")) {
            bands.addAll(p.bands("bands"));
        }
        int ways = (values.containsKey("rate") ? 1 : 0) + (values.containsKey("bands") ? 1 : 0) + (gradeBp.isEmpty() ? 0 : 1);
        if (ways != 1) {
            throw new DataFileException(file.source(), "give exactly one of rate, bands or rate.grade.N");
        }
        if (!gradeFloor.isEmpty() && !gradeBp.keySet().containsAll(gradeFloor.keySet())) {
            throw new DataFileException(file.source(), "floor.grade.N for a grade without rate.grade.N");
        }
        long floor = p.yuanOr("floor", 0);
        long cap = p.yuanOr("cap", 0);
        if (cap > 0 && (floor > cap || gradeFloor.values().stream().anyMatch(f -> f > cap))) {
            throw new DataFileException(file.source(), "a floor above the cap");
        }
        return new RewardPolicy(name, p.required("title"), p.required("source"), bands, gradeBp,
                p.percentOr("rate.insider", 0), p.percentOr("rate.individual", 0), floor, gradeFloor,
                p.percentOr("insider.bonus.percent", 0), cap);
    }

    private record Parser(DataLines file, Map<String, String> values, Map<String, DataLines.Line> where) {
        String required(String key) {
            String v = values.get(key);
            if (v == null || v.isEmpty()) {
                throw new DataFileException(file.source(), key + " is required");
            }
            return v;
        }

        long percent(String key) {
            return number(key, values.get(key), "a percentage like 2 or 2.5", 100_00);
        }

        long percentOr(String key, long otherwise) {
            return values.containsKey(key) ? percent(key) : otherwise;
        }

        long yuanOr(String key, long otherwise) {
            return values.containsKey(key) ? number(key, values.get(key), "an amount in yuan", Long.MAX_VALUE) : otherwise;
        }

        Map<Integer, Long> grades(String prefix) {
            Map<Integer, Long> out = new java.util.TreeMap<>();
            for (String key : values.keySet()) {
                if (key.startsWith(prefix)) {
                    int grade = Integer.parseInt(key.substring(prefix.length()));
                    out.put(grade, prefix.startsWith("rate")
                            ? percent(key) : number(key, values.get(key), "an amount in yuan", Long.MAX_VALUE));
                }
            }
            return out;
        }

        List<RewardPolicy.Band> bands(String key) {
            List<RewardPolicy.Band> out = new ArrayList<>();
            long previous = 0;
            String[] parts = values.get(key).split(",");
            for (int i = 0; i < parts.length; i++) {
                String[] bound = parts[i].strip().split(":");
                if (bound.length != 2) {
                    throw error(key, "band '" + parts[i].strip() + "' is not upTo:percent");
                }
                boolean last = i == parts.length - 1;
                long upTo;
                if (bound[0].strip().equals("*")) {
                    if (!last) {
                        throw error(key, "only the last band may be open (*)");
                    }
                    upTo = RewardPolicy.UNBOUNDED;
                } else {
                    upTo = number(key, bound[0], "an amount in yuan", Long.MAX_VALUE);
                    if (last) {
                        throw error(key, "the last band must be open (*:percent)");
                    }
                }
                if (upTo <= previous) {
                    throw error(key, "band bounds must increase");
                }
                out.add(new RewardPolicy.Band(upTo, number(key, bound[1], "a percentage", 100_00)));
                previous = upTo;
            }
            return out;
        }

        private long number(String key, String text, String what, long max) {
            long v;
            try {
                v = Money.parseFen(text.strip());
            } catch (NumberFormatException e) {
                throw error(key, "'" + text.strip() + "' is not " + what + ": " + e.getMessage());
            }
            if (v < 0 || v > max) {
                throw error(key, "'" + text.strip() + "' is out of range");
            }
            return v;
        }

        private DataFileException error(String key, String reason) {
            return file.error(where.get(key), key, reason);
        }
    }
}
