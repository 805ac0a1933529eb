package org.fundguard.governance.files;

/** Bad governance input, located as {@code file:line:field: reason} so a user can fix the row. */
public final class InputFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InputFileException(String file, long line, String field, String reason) {
        super(file + ":" + line + (field == null ? "" : ":" + field) + ": " + reason);
    }

    public InputFileException(String file, String reason) {
        super(file + ": " + reason);
    }
}
