package org.fundguard.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Checks of command-line arguments; a failure is a usage error (exit 2) with a one-line reason. */
final class Usage {
    private Usage() {
    }

    static final class UsageError extends RuntimeException {
        UsageError(String message) {
            super(message);
        }
    }

    static void requireDirectory(Path dir, String what) {
        if (dir == null || !Files.isDirectory(dir)) {
            throw new UsageError(what + ": not a directory: " + dir);
        }
    }

    static void requireFile(Path file, String what) {
        if (file == null || !Files.isRegularFile(file)) {
            throw new UsageError(what + ": no such file: " + file);
        }
    }
}
