package org.fundguard.governance.credit;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.fundguard.core.Category;
import org.fundguard.governance.files.CsvInput;
import org.fundguard.governance.files.InputFileException;

/**
 * The weights of the credit score, read from a CSV file {@code item,value,origin} (the default is
 * {@code credit-scheme.csv} beside this class). A score starts at {@code base_score} and loses points
 * per confirmed finding (a fixed part plus a part per 10,000 yuan, capped), per sanction and per
 * practitioner point; the grade is the best one whose minimum the score reaches.
 */
public final class CreditScheme {
    static final String DEFAULT_RESOURCE = "credit-scheme.csv";

    final int baseScore;
    final int findingPoints;
    final Map<Category, Integer> findingPointsByCategory;
    final int pointsPer10000Yuan;
    final int amountPointsCap;
    final Map<SanctionKind, Integer> sanctionPoints;
    final int practitionerPointWeight;
    final Map<CreditGrade, Integer> gradeMinimum;
    final int windowYears;
    final CreditGrade unratedGrade;

    private CreditScheme(Builder b) {
        this.baseScore = b.baseScore;
        this.findingPoints = b.findingPoints;
        this.findingPointsByCategory = Map.copyOf(b.byCategory);
        this.pointsPer10000Yuan = b.per10000;
        this.amountPointsCap = b.cap;
        this.sanctionPoints = Map.copyOf(b.sanctions);
        this.practitionerPointWeight = b.pointWeight;
        this.gradeMinimum = Map.copyOf(b.gradeMin);
        this.windowYears = b.window;
        this.unratedGrade = b.unrated;
    }

    public static CreditScheme defaults() {
        try (InputStream in = CreditScheme.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
            }
            return read("classpath:" + DEFAULT_RESOURCE, new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static CreditScheme read(Path file) {
        return parse(file.toString(), CsvInput.read(file, COLUMNS));
    }

    static CreditScheme read(String name, Reader reader) {
        return parse(name, CsvInput.read(name, reader, COLUMNS));
    }

    private static final List<String> COLUMNS = List.of("item", "value", "origin");

    private static CreditScheme parse(String name, List<CsvInput.Row> rows) {
        Builder b = new Builder();
        List<String> seen = new ArrayList<>();
        for (CsvInput.Row row : rows) {
            String item = row.required("item");
            if (seen.contains(item)) {
                throw row.error("item", "'" + item + "' appears twice");
            }
            seen.add(item);
            row.required("origin"); // every weight says where it comes from
            String key = item;
            String arg = null;
            int colon = item.indexOf(':');
            if (colon >= 0) {
                key = item.substring(0, colon);
                arg = item.substring(colon + 1);
            }
            switch (key) {
                case "base_score" -> b.baseScore = row.integer("value", 1, 100_000);
                case "finding_points" -> {
                    if (arg == null) {
                        b.findingPoints = row.integer("value", 0, 100_000);
                    } else {
                        Category c = Category.of(arg);
                        if (c == null) {
                            throw row.error("item", "'" + arg + "' is not a category of scenarios.md");
                        }
                        b.byCategory.put(c, row.integer("value", 0, 100_000));
                    }
                }
                case "finding_points_per_10000_yuan" -> b.per10000 = row.integer("value", 0, 100_000);
                case "finding_amount_points_cap" -> b.cap = row.integer("value", 0, 100_000);
                case "sanction_points" -> {
                    SanctionKind k = arg == null ? null : SanctionKind.of(arg);
                    if (k == null) {
                        throw row.error("item", "sanction_points needs a kind, one of " + List.of(SanctionKind.values()));
                    }
                    b.sanctions.put(k, row.integer("value", 0, 100_000));
                }
                case "practitioner_point_weight" -> b.pointWeight = row.integer("value", 0, 100_000);
                case "grade_minimum" -> {
                    CreditGrade g = arg == null ? null : CreditGrade.of(arg);
                    if (g == null || g == CreditGrade.D) {
                        throw row.error("item", "grade_minimum needs A, B or C (D is every score below C's minimum)");
                    }
                    b.gradeMin.put(g, row.integer("value", 0, 100_000));
                }
                case "window_years" -> b.window = row.integer("value", 1, 50);
                case "unrated_grade" -> b.unrated = row.oneOf("value", CreditGrade::of, "A, B, C, D");
                default -> throw row.error("item", "unknown item '" + item + "'");
            }
        }
        for (SanctionKind k : SanctionKind.values()) {
            if (!b.sanctions.containsKey(k)) {
                throw new InputFileException(name, "missing item sanction_points:" + k);
            }
        }
        for (CreditGrade g : List.of(CreditGrade.A, CreditGrade.B, CreditGrade.C)) {
            if (!b.gradeMin.containsKey(g)) {
                throw new InputFileException(name, "missing item grade_minimum:" + g);
            }
        }
        if (!(b.gradeMin.get(CreditGrade.A) > b.gradeMin.get(CreditGrade.B)
                && b.gradeMin.get(CreditGrade.B) > b.gradeMin.get(CreditGrade.C))) {
            throw new InputFileException(name, "grade minimums must fall from A to C, got " + b.gradeMin);
        }
        if (b.baseScore < 0 || b.findingPoints < 0 || b.per10000 < 0 || b.cap < 0 || b.pointWeight < 0
                || b.window < 1 || b.unrated == null) {
            throw new InputFileException(name, "missing one of base_score, finding_points, finding_points_per_10000_yuan, "
                    + "finding_amount_points_cap, practitioner_point_weight, window_years, unrated_grade");
        }
        return new CreditScheme(b);
    }

    int findingPoints(ConfirmedFinding f) {
        int fixed = findingPointsByCategory.getOrDefault(f.category(), findingPoints);
        // whole 10,000-yuan steps (1,000,000 fen), so 9,999 yuan costs no amount points
        long steps = f.amountFen() / 1_000_000L;
        long amountPoints = Math.min((long) amountPointsCap, steps * pointsPer10000Yuan);
        return fixed + (int) amountPoints;
    }

    CreditGrade grade(int score) {
        for (CreditGrade g : List.of(CreditGrade.A, CreditGrade.B, CreditGrade.C)) {
            if (score >= gradeMinimum.get(g)) {
                return g;
            }
        }
        return CreditGrade.D;
    }

    public int windowYears() {
        return windowYears;
    }

    public CreditGrade unratedGrade() {
        return unratedGrade;
    }

    private static final class Builder {
        int baseScore = -1;
        int findingPoints = -1;
        final Map<Category, Integer> byCategory = new EnumMap<>(Category.class);
        int per10000 = -1;
        int cap = -1;
        final Map<SanctionKind, Integer> sanctions = new EnumMap<>(SanctionKind.class);
        int pointWeight = -1;
        final Map<CreditGrade, Integer> gradeMin = new EnumMap<>(CreditGrade.class);
        int window = 0;
        CreditGrade unrated;
    }
}
