package org.fundguard.synth;

import java.nio.file.Path;
import java.time.LocalDate;

/** What to generate: a region of {@code persons} insured persons over {@code months} from {@code start}. */
public record SynthOptions(Path out, int persons, int months, long seed, LocalDate start) {
    public SynthOptions {
        if (persons < 500) {
            throw new IllegalArgumentException("--persons must be at least 500 (got " + persons + ")");
        }
        if (months < 1 || months > 24) {
            throw new IllegalArgumentException("--months must be between 1 and 24 (got " + months + ")");
        }
        if (start.getDayOfMonth() != 1) {
            throw new IllegalArgumentException("--start must be the first day of a month (got " + start + ")");
        }
    }
}
