package org.fundguard.core.dataset;

/**
 * One finding of validation, located so a person can open the file at the spot: file name, line
 * (header = line 1; for Parquet the row number; 0 for the file as a whole), field (null for the
 * row or file as a whole), the value as read (personal data masked; null when not about one value)
 * and the reason.
 */
public record Problem(String file, long line, String field, String value, String reason, Severity severity) {

    /** {@code fee_details.csv:17:pric: value '12.345': more than 2 decimals in a yuan amount}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(96).append(file);
        if (line > 0) {
            b.append(':').append(line);
        }
        if (field != null) {
            b.append(':').append(field);
        }
        b.append(": ");
        if (value != null) {
            b.append("value '").append(value).append("': ");
        }
        return b.append(reason).toString();
    }
}
