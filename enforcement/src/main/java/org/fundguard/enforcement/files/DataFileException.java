package org.fundguard.enforcement.files;

/** A bad catalogue, discretion basis or points table, located as {@code file:line:field: reason}. */
public final class DataFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DataFileException(String file, long line, String field, String reason) {
        super(file + ":" + line + ":" + field + ": " + reason);
    }

    public DataFileException(String file, String reason) {
        super(file + ": " + reason);
    }
}
