package org.fundguard.enforcement.points;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fundguard.core.Category;
import org.fundguard.enforcement.files.DataFile;
import org.fundguard.enforcement.files.DataFileException;

/** The conducts and their point bands, and the thresholds (points-conduct.csv, points-policy.csv). */
public final class PointsTable {
    private static final List<String> CONDUCT_COLUMNS = List.of("code", "band_min", "band_max", "description", "category", "basis");
    private static final List<String> POLICY_COLUMNS = List.of("key", "value", "basis");

    private final Map<String, Conduct> conducts;
    private final PointsPolicy policy;

    private PointsTable(Map<String, Conduct> conducts, PointsPolicy policy) {
        this.conducts = conducts;
        this.policy = policy;
    }

    public static PointsTable builtIn() {
        return parse(DataFile.resource(PointsTable.class, "points-conduct.csv", CONDUCT_COLUMNS),
                DataFile.resource(PointsTable.class, "points-policy.csv", POLICY_COLUMNS));
    }

    /** A province's table (its 实施细则) with the national thresholds, or its own policy file. */
    public static PointsTable read(Path conductFile, Path policyFile) {
        return parse(DataFile.read(conductFile, CONDUCT_COLUMNS), policyFile == null
                ? DataFile.resource(PointsTable.class, "points-policy.csv", POLICY_COLUMNS)
                : DataFile.read(policyFile, POLICY_COLUMNS));
    }

    private static PointsTable parse(List<DataFile.Row> conductRows, List<DataFile.Row> policyRows) {
        Map<String, Conduct> conducts = new LinkedHashMap<>();
        for (DataFile.Row r : conductRows) {
            int min = (int) r.number("band_min", 1, 12);
            int max = (int) r.number("band_max", 1, 12);
            if (max < min) {
                throw r.error("band_max", max + " below band_min " + min);
            }
            List<Category> categories = new ArrayList<>();
            for (String c : r.optional("category").split(";")) {
                if (!c.isBlank()) {
                    Category cat = Category.of(c.strip());
                    if (cat == null) {
                        throw r.error("category", "'" + c.strip() + "' is not a category of scenarios.md");
                    }
                    categories.add(cat);
                }
            }
            Conduct k = new Conduct(r.required("code"), min, max, r.required("description"), categories, r.required("basis"));
            if (conducts.putIfAbsent(k.code(), k) != null) {
                throw r.error("code", "conduct " + k.code() + " appears twice");
            }
        }
        Map<String, Integer> values = new HashMap<>();
        for (DataFile.Row r : policyRows) {
            r.required("basis"); // a threshold without its source is not accepted
            values.put(r.required("key"), (int) r.number("value", 1, 100));
        }
        String file = policyRows.isEmpty() ? "points policy" : policyRows.get(0).file();
        PointsPolicy policy;
        try {
            policy = new PointsPolicy(get(values, "suspend_at", file), get(values, "suspension_months_min", file),
                    get(values, "suspension_months_max", file), get(values, "terminate_at", file), get(values, "ban_years", file),
                    get(values, "ban_years_at_once", file));
        } catch (IllegalArgumentException e) {
            throw new DataFileException(file, e.getMessage());
        }
        return new PointsTable(Map.copyOf(conducts), policy);
    }

    private static int get(Map<String, Integer> values, String key, String file) {
        Integer v = values.get(key);
        if (v == null) {
            throw new DataFileException(file, "missing key " + key);
        }
        return v;
    }

    public List<Conduct> conducts() {
        return conducts.values().stream().sorted((a, b) -> a.code().compareTo(b.code())).toList();
    }

    public Optional<Conduct> conduct(String code) {
        return Optional.ofNullable(conducts.get(code));
    }

    public PointsPolicy policy() {
        return policy;
    }
}
