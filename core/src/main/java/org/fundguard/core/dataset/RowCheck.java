package org.fundguard.core.dataset;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.fundguard.core.Coded;
import org.fundguard.core.Masking;

/**
 * Reads the fields of the current row of one table by contract column, turning each into its type
 * and recording a located {@link Problem} for each field that does not fit. A row with any error is
 * rejected; a value that failed comes back as null / 0 so parsing goes on and every problem of the
 * row is reported, not only the first.
 */
final class RowCheck {
    private final Table table;
    private final String file;
    private final int[] source; // contract column → field of the row, -1 when the file lacks it
    private final boolean[] sensitive;
    private final ProblemLog log;
    private final FieldText text;
    private final StringBuilder reasons = new StringBuilder();
    private final String[] lastValues;
    private RowBuffer row;
    private char[] a;
    private boolean rejected;
    private long warnings;
    private int errors;
    private KeyIndex keyIndex;
    private int keyEntry;

    RowCheck(Table table, String file, int[] source, ProblemLog log, FieldText text) {
        this.table = table;
        this.file = file;
        this.source = source;
        this.log = log;
        this.text = text;
        this.sensitive = new boolean[table.columns().size()];
        this.lastValues = new String[table.columns().size()];
        for (int c = 0; c < sensitive.length; c++) {
            String name = table.columns().get(c);
            sensitive[c] = name.equals("certno") || name.equals("psn_name") || name.equals("prac_name")
                    || name.equals("phone");
        }
    }

    void start(RowBuffer row) {
        this.row = row;
        this.a = row.chars();
        this.rejected = false;
        this.warnings = 0;
        this.errors = 0;
        this.reasons.setLength(0);
        this.keyIndex = null;
        this.keyEntry = -1;
    }

    /** Marks the row's own key rejected when the row is, so rows referring to it can say so. */
    void finish() {
        if (rejected && keyIndex != null && keyEntry >= 0) {
            keyIndex.reject(keyEntry);
        }
    }

    String file() {
        return file;
    }

    long line() {
        return row.line();
    }

    boolean rejected() {
        return rejected;
    }

    long warnings() {
        return warnings;
    }

    /** Errors found in the current row so far. */
    int errors() {
        return errors;
    }

    String reasons() {
        return reasons.toString();
    }

    RowBuffer row() {
        return row;
    }

    /** The entry of the key this row registered with {@link #key}, or -1. */
    int keyEntry() {
        return keyEntry;
    }

    // ---- problems

    void error(int c, String reason) {
        problem(c, valueOf(c), reason, Severity.ERROR);
    }

    void rowError(String reason) {
        problem(-1, null, reason, Severity.ERROR);
    }

    void warning(int c, String reason) {
        problem(c, valueOf(c), reason, Severity.WARNING);
    }

    void warning(int c, String value, String reason) {
        problem(c, value, reason, Severity.WARNING);
    }

    private void problem(int c, String value, String reason, Severity severity) {
        String field = c < 0 ? null : table.columns().get(c);
        log.add(new Problem(file, row.line(), field, value, reason, severity));
        if (severity == Severity.ERROR) {
            rejected = true;
            errors++;
            if (reasons.length() > 0) {
                reasons.append("; ");
            }
            if (field != null) {
                reasons.append(field).append(": ");
            }
            reasons.append(reason);
        } else {
            warnings++;
        }
    }

    private String valueOf(int c) {
        if (isEmpty(c)) {
            return null;
        }
        String v = row.text(source[c]);
        if (!sensitive[c]) {
            return v;
        }
        return switch (table.columns().get(c)) {
            case "certno" -> Masking.certno(v);
            case "phone" -> Masking.phone(v);
            default -> Masking.name(v);
        };
    }

    // ---- fields

    boolean isEmpty(int c) {
        int s = source[c];
        return s < 0 || s >= row.fieldCount() || row.length(s) == 0;
    }

    private int off(int c) {
        return row.start(source[c]);
    }

    private int len(int c) {
        return row.length(source[c]);
    }

    /** The field as text, null when empty. */
    String text(int c) {
        return isEmpty(c) ? null : new String(a, off(c), len(c));
    }

    String required(int c) {
        if (isEmpty(c)) {
            error(c, "required field is empty");
            return null;
        }
        return new String(a, off(c), len(c));
    }

    /** Interned, remembering each column's last value: a visit's lines repeat doctor and department. */
    String interned(int c, Interner in) {
        if (isEmpty(c)) {
            return null;
        }
        int off = off(c);
        int len = len(c);
        String last = lastValues[c];
        if (last != null && last.length() == len && sameFromEnd(last, a, off, len)) {
            return last;
        }
        String v = in.intern(a, off, len);
        lastValues[c] = v;
        return v;
    }

    private static boolean sameFromEnd(String s, char[] a, int off, int len) {
        for (int i = len - 1; i >= 0; i--) {
            if (s.charAt(i) != a[off + i]) {
                return false;
            }
        }
        return true;
    }

    String requiredInterned(int c, Interner in) {
        if (isEmpty(c)) {
            error(c, "required field is empty");
            return null;
        }
        return in.intern(a, off(c), len(c));
    }

    LocalDate date(int c, boolean required) {
        if (isEmpty(c)) {
            if (required) {
                error(c, "required date is empty");
            }
            return null;
        }
        LocalDate d = text.date(a, off(c), len(c));
        if (d == null) {
            error(c, FieldText.dateProblem());
        }
        return d;
    }

    LocalDateTime dateTime(int c, boolean required) {
        if (isEmpty(c)) {
            if (required) {
                error(c, "required date-time is empty");
            }
            return null;
        }
        LocalDateTime t = text.dateTime(a, off(c), len(c));
        if (t == null) {
            error(c, FieldText.dateTimeProblem());
        }
        return t;
    }

    /** A required amount in fen (0 when it failed). */
    long money(int c) {
        Long v = moneyOrNull(c, true);
        return v == null ? 0 : v;
    }

    Long moneyOrNull(int c) {
        return moneyOrNull(c, false);
    }

    private Long moneyOrNull(int c, boolean required) {
        if (isEmpty(c)) {
            if (required) {
                error(c, "required amount is empty");
            }
            return null;
        }
        long v = FieldText.fen(a, off(c), len(c));
        if (v == FieldText.INVALID) {
            error(c, FieldText.fenProblem(row.text(source[c])));
            return null;
        }
        return v;
    }

    long quantity(int c) {
        Long v = quantityOrNull(c, true);
        return v == null ? 0 : v;
    }

    Long quantityOrNull(int c) {
        return quantityOrNull(c, false);
    }

    private Long quantityOrNull(int c, boolean required) {
        if (isEmpty(c)) {
            if (required) {
                error(c, "required quantity is empty");
            }
            return null;
        }
        long v = FieldText.quantity(a, off(c), len(c));
        if (v == FieldText.INVALID) {
            error(c, FieldText.quantityProblem(row.text(source[c])));
            return null;
        }
        return v;
    }

    int count(int c) {
        Integer v = countOrNull(c, true);
        return v == null ? 0 : v;
    }

    Integer countOrNull(int c) {
        return countOrNull(c, false);
    }

    private Integer countOrNull(int c, boolean required) {
        if (isEmpty(c)) {
            if (required) {
                error(c, "required number is empty");
            }
            return null;
        }
        int v = FieldText.count(a, off(c), len(c));
        if (v < 0) {
            error(c, "not a whole number of at most 9 digits");
            return null;
        }
        return v;
    }

    /** A required 0/1 flag. */
    boolean flag(int c) {
        if (isEmpty(c)) {
            error(c, "required flag is empty (0 or 1)");
            return false;
        }
        if (len(c) == 1 && (a[off(c)] == '0' || a[off(c)] == '1')) {
            return a[off(c)] == '1';
        }
        error(c, "not a flag (0 or 1)");
        return false;
    }

    <E extends Enum<E> & Coded> E code(int c, Dictionary<E> dictionary, boolean required) {
        if (isEmpty(c)) {
            if (required) {
                error(c, "required code is empty");
            }
            return null;
        }
        E e = dictionary.find(a, off(c), len(c));
        if (e == null) {
            error(c, "unknown code; expected one of " + dictionary.allowed());
        }
        return e;
    }

    /** A ';'-separated list; empty field = empty list; empty items are dropped. */
    List<String> list(int c, Interner in) {
        if (isEmpty(c)) {
            return List.of();
        }
        int start = off(c);
        int end = start + len(c);
        List<String> out = new ArrayList<>(4);
        int from = start;
        for (int i = start; i <= end; i++) {
            if (i == end || a[i] == ';') {
                if (i > from) {
                    out.add(in == null ? new String(a, from, i - from) : in.intern(a, from, i - from));
                }
                from = i + 1;
            }
        }
        return out;
    }

    // ---- keys and references

    /** Registers the row's key (required); a key seen before is a duplicate-key error. */
    String key(int c, KeyIndex index) {
        String k = required(c);
        if (k != null) {
            int e = index.shareable() ? index.add(k, row.line()) : index.add(a, off(c), len(c), row.line());
            registered(index, e, c, null, k);
        }
        return k;
    }

    /** Registers a composite key; {@code what} names it in the duplicate message. */
    void key(KeyIndex index, String k, int c, String what) {
        registered(index, index.add(k, row.line()), c, what, k);
    }

    private void registered(KeyIndex index, int e, int c, String what, String k) {
        if (e < 0) {
            String name = what != null ? what : table.columns().get(c) + " " + k;
            problem(c, null, "duplicate key " + name + " (first at line " + index.line(-e - 1) + ")",
                    Severity.ERROR);
        } else {
            keyIndex = index;
            keyEntry = e;
        }
    }

    /**
     * Looks up a required reference to another table's row; -1 (with an error) when it is absent or
     * that row was rejected.
     */
    int reference(int c, KeyIndex target, String what) {
        if (isEmpty(c)) {
            error(c, "required field is empty");
            return -1;
        }
        int e = target.find(a, off(c), len(c));
        if (e < 0) {
            error(c, "unknown " + what + ": not in " + target.file());
            return -1;
        }
        if (target.rejected(e)) {
            error(c, what + " " + target.key(e) + " was rejected (" + target.file() + ":" + target.line(e) + ")");
            return -1;
        }
        return e;
    }

    /** Like {@link #reference} for an optional field whose absence is fine: -2 when empty. */
    int optionalReference(int c, KeyIndex target, String what) {
        return isEmpty(c) ? -2 : reference(c, target, what);
    }
}
