package org.fundguard.core.dataset;

import java.nio.file.Path;

/**
 * How to load a data set: the validation mode, where lenient mode puts rejected rows (null = a
 * {@code quarantine} directory inside the data set directory) and how many problems the report
 * lists (all are counted).
 */
public record LoadOptions(ValidationMode mode, Path quarantineDir, int maxProblems) {
    public static final int DEFAULT_MAX_PROBLEMS = 200;

    public LoadOptions {
        if (mode == null) {
            throw new IllegalArgumentException("mode is required");
        }
        if (maxProblems < 0) {
            throw new IllegalArgumentException("maxProblems must not be negative");
        }
    }

    public static LoadOptions strict() {
        return new LoadOptions(ValidationMode.STRICT, null, DEFAULT_MAX_PROBLEMS);
    }

    public static LoadOptions lenient(Path quarantineDir) {
        return new LoadOptions(ValidationMode.LENIENT, quarantineDir, DEFAULT_MAX_PROBLEMS);
    }

    public static LoadOptions of(ValidationMode mode) {
        return new LoadOptions(mode, null, DEFAULT_MAX_PROBLEMS);
    }

    public LoadOptions withMaxProblems(int max) {
        return new LoadOptions(mode, quarantineDir, max);
    }

    Path quarantineIn(Path dataSetDir) {
        return quarantineDir != null ? quarantineDir : dataSetDir.resolve("quarantine");
    }
}
