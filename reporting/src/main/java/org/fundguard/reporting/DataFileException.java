package org.fundguard.reporting;

/**
 * A data file of this module (taxonomy, reward presets, calendar, deadline rules) is wrong: the message
 * names the file, the line, the field and the reason, so an administrator can fix it without a stack trace.
 */
public final class DataFileException extends RuntimeException {
    public DataFileException(String source, int line, String field, String reason) {
        super(source + ":" + line + (field == null ? "" : " [" + field + "]") + ": " + reason);
    }

    public DataFileException(String source, String reason) {
        super(source + ": " + reason);
    }
}
