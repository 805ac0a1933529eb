package org.fundguard.enforcement.sanctions;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fundguard.enforcement.files.DataFile;
import org.fundguard.enforcement.files.DataFileException;

/**
 * A province's discretion basis (行政处罚裁量基准, 《行政处罚法》第三十四条): named levels that cut
 * each lawful range into sub-ranges. Data: {@code province,kind,level,label,from_permille,to_permille,basis},
 * kind {@code *} for every sanction, a kind name to cut that sanction differently.
 */
public final class DiscretionBasis {
    static final String RESOURCE = "discretion-bases.csv";
    private static final List<String> COLUMNS = List.of("province", "kind", "level", "label", "from_permille", "to_permille", "basis");

    private final String province;
    private final List<DiscretionLevel> levels;
    private final Map<SanctionKind, Map<String, DiscretionLevel>> byKind;

    private DiscretionBasis(String province, List<DiscretionLevel> levels, Map<SanctionKind, Map<String, DiscretionLevel>> byKind) {
        this.province = province;
        this.levels = List.copyOf(levels);
        this.byKind = byKind;
    }

    /** A built-in basis: "default" (从轻/一般/从重) or "sample-4" (轻微/一般/较重/严重). */
    public static DiscretionBasis builtIn(String province) {
        return parse(DataFile.resource(DiscretionBasis.class, RESOURCE, COLUMNS), province);
    }

    public static List<String> builtInProvinces() {
        Set<String> p = new LinkedHashSet<>();
        for (DataFile.Row r : DataFile.resource(DiscretionBasis.class, RESOURCE, COLUMNS)) {
            p.add(r.required("province"));
        }
        return List.copyOf(p);
    }

    /** A province's basis from a file of the same shape. */
    public static DiscretionBasis read(Path file, String province) {
        return parse(DataFile.read(file, COLUMNS), province);
    }

    private static DiscretionBasis parse(List<DataFile.Row> rows, String province) {
        Map<String, DiscretionLevel> general = new LinkedHashMap<>();
        Map<SanctionKind, Map<String, DiscretionLevel>> byKind = new EnumMap<>(SanctionKind.class);
        List<DataFile.Row> specific = new ArrayList<>();
        String file = rows.isEmpty() ? "discretion basis" : rows.get(0).file();
        for (DataFile.Row r : rows) {
            if (!r.required("province").equals(province)) {
                continue;
            }
            DiscretionLevel level = level(r);
            if ("*".equals(r.required("kind"))) {
                if (general.putIfAbsent(level.code(), level) != null) {
                    throw r.error("level", "level " + level.code() + " appears twice for province " + province);
                }
            } else {
                specific.add(r);
            }
        }
        if (general.isEmpty()) {
            throw new DataFileException(file, "no discretion levels for province '" + province + "' (kind *)");
        }
        for (DataFile.Row r : specific) {
            SanctionKind kind = r.oneOf("kind", SanctionKind::of, "* or a sanction kind");
            DiscretionLevel level = level(r);
            if (!general.containsKey(level.code())) {
                throw r.error("level", "level " + level.code() + " is not one of the province's levels " + general.keySet());
            }
            if (byKind.computeIfAbsent(kind, k -> new LinkedHashMap<>()).putIfAbsent(level.code(), level) != null) {
                throw r.error("level", "level " + level.code() + " appears twice for " + kind);
            }
        }
        return new DiscretionBasis(province, new ArrayList<>(general.values()), byKind);
    }

    private static DiscretionLevel level(DataFile.Row r) {
        int from = (int) r.number("from_permille", 0, 1000);
        int to = (int) r.number("to_permille", 0, 1000);
        if (to < from) {
            throw r.error("to_permille", to + " below from_permille " + from);
        }
        return new DiscretionLevel(r.required("level"), r.required("label"), from, to, r.required("basis"));
    }

    public String province() {
        return province;
    }

    /** The levels, mildest first. */
    public List<DiscretionLevel> levels() {
        return levels;
    }

    public Optional<DiscretionLevel> level(String code) {
        return levels.stream().filter(l -> l.code().equals(code)).findFirst();
    }

    /** The part of a sanction's lawful range the level allows. */
    public Bounds subRange(SanctionRange sanction, String levelCode) {
        DiscretionLevel general = level(levelCode)
                .orElseThrow(() -> new IllegalArgumentException("未知裁量等级: " + levelCode));
        DiscretionLevel special = byKind.getOrDefault(sanction.kind(), Map.of()).get(levelCode);
        return (special == null ? general : special).within(sanction.bounds());
    }
}
