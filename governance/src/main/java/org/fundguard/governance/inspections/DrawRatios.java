package org.fundguard.governance.inspections;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.fundguard.governance.credit.CreditGrade;
import org.fundguard.governance.files.CsvInput;
import org.fundguard.governance.files.InputFileException;

/**
 * The share of each stratum (a credit grade) to draw, in per mille, read from a CSV file
 * {@code credit_grade,ratio_permille,origin} (default: {@code draw-ratios.csv} beside this class).
 * Per mille keeps the arithmetic exact: the count drawn is ceil(n × ratio / 1000), at least one per
 * non-empty stratum, at most n.
 */
public final class DrawRatios {
    static final String DEFAULT_RESOURCE = "draw-ratios.csv";
    private static final List<String> COLUMNS = List.of("credit_grade", "ratio_permille", "origin");

    private final Map<CreditGrade, Integer> permille;

    private DrawRatios(Map<CreditGrade, Integer> permille) {
        this.permille = Map.copyOf(permille);
    }

    public static DrawRatios of(Map<CreditGrade, Integer> permille) {
        for (CreditGrade g : CreditGrade.values()) {
            Integer p = permille.get(g);
            if (p == null || p < 0 || p > 1000) {
                throw new IllegalArgumentException("ratio for grade " + g + " must be 0..1000 per mille, got " + p);
            }
        }
        return new DrawRatios(permille);
    }

    public static DrawRatios defaults() {
        try (InputStream in = DrawRatios.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
            }
            String name = "classpath:" + DEFAULT_RESOURCE;
            return parse(name, CsvInput.read(name, new InputStreamReader(in, StandardCharsets.UTF_8), COLUMNS));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static DrawRatios read(Path file) {
        return parse(file.toString(), CsvInput.read(file, COLUMNS));
    }

    private static DrawRatios parse(String name, List<CsvInput.Row> rows) {
        Map<CreditGrade, Integer> permille = new EnumMap<>(CreditGrade.class);
        for (CsvInput.Row row : rows) {
            CreditGrade g = row.oneOf("credit_grade", CreditGrade::of, "A, B, C, D");
            if (permille.containsKey(g)) {
                throw row.error("credit_grade", "grade " + g + " appears twice");
            }
            row.required("origin"); // a ratio without its origin is not accepted
            permille.put(g, row.integer("ratio_permille", 0, 1000));
        }
        for (CreditGrade g : CreditGrade.values()) {
            if (!permille.containsKey(g)) {
                throw new InputFileException(name, "no ratio for credit grade " + g);
            }
        }
        return new DrawRatios(permille);
    }

    public int permille(CreditGrade grade) {
        return permille.get(grade);
    }

    /** How many of a stratum of {@code n} are drawn: ceil(n × ratio / 1000), at least 1 when n > 0 and the ratio > 0. */
    public int drawCount(CreditGrade grade, int n) {
        int p = permille(grade);
        if (n == 0 || p == 0) {
            return 0;
        }
        long k = ((long) n * p + 999) / 1000;
        return (int) Math.max(1, Math.min(n, k));
    }
}
