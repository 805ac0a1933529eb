package org.fundguard.cli;

import java.util.Locale;

/** Progress lines on standard error, so standard output stays for results. */
final class Progress {
    private Progress() {
    }

    static void stage(String stage, String what) {
        System.err.printf(Locale.ROOT, "[%s] %s%n", stage, what);
    }

    static void done(String stage, long nanos, String what) {
        System.err.printf(Locale.ROOT, "[%s] %.2f s, %s%n", stage, nanos / 1e9, what);
    }
}
