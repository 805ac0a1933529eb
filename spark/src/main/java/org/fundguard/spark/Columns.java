package org.fundguard.spark;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.fundguard.core.Coded;
import org.fundguard.core.Money;
import org.fundguard.core.Quantity;
import org.fundguard.core.dataset.Table;

/**
 * Reads the contract fields of one table out of Spark rows, whatever the file gave them as: text
 * from CSV, or typed columns (decimal, date, timestamp, integer, boolean) from Parquet. Column
 * positions are resolved once per schema, not per row. A value that does not fit its field is an
 * error naming the table, the row's id, the field and the reason.
 */
final class Columns implements Serializable {
    /** Contract times are local to the region (data-contract.md): an instant column is read there. */
    static final ZoneId REGION_ZONE = ZoneId.of("Asia/Shanghai");

    private final Table table;
    private final int[] index;

    private Columns(Table table, int[] index) {
        this.table = table;
        this.index = index;
    }

    /** Positions of the contract columns in a schema; a missing column is an error naming the file. */
    static Columns of(Table table, StructType schema, String file) {
        List<String> names = table.columns();
        int[] index = new int[names.size()];
        List<String> missing = new ArrayList<>();
        List<String> have = List.of(schema.fieldNames());
        for (int i = 0; i < names.size(); i++) {
            index[i] = have.indexOf(names.get(i));
            if (index[i] < 0) {
                missing.add(names.get(i));
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidInputException(file + ": missing column(s) " + String.join(", ", missing));
        }
        return new Columns(table, index);
    }

    /** For rows built in contract column order (the nested lines and settlements of a claim row). */
    static Columns inContractOrder(Table table) {
        int[] index = new int[table.columns().size()];
        for (int i = 0; i < index.length; i++) {
            index[i] = i;
        }
        return new Columns(table, index);
    }

    Table table() {
        return table;
    }

    /** The column position of a contract field in the schema this was resolved against. */
    int position(int field) {
        return index[field];
    }

    String text(Row row, int field) {
        Object v = row.get(index[field]);
        if (v == null) {
            return null;
        }
        String s = v.toString();
        return s.isEmpty() ? null : s;
    }

    String required(Row row, int field) {
        String s = text(row, field);
        if (s == null) {
            throw bad(row, field, "is empty");
        }
        return s;
    }

    List<String> list(Row row, int field) {
        String s = text(row, field);
        if (s == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>(4);
        int from = 0;
        for (int i = s.indexOf(';'); i >= 0; i = s.indexOf(';', from)) {
            if (i > from) {
                out.add(s.substring(from, i));
            }
            from = i + 1;
        }
        if (from < s.length()) {
            out.add(s.substring(from));
        }
        return out;
    }

    <E extends Enum<E> & Coded> E code(Row row, int field, Class<E> type) {
        String s = text(row, field);
        if (s == null) {
            return null;
        }
        E e = Coded.byCode(type, s);
        if (e == null) {
            throw bad(row, field, "'" + s + "' is not a " + type.getSimpleName() + " code");
        }
        return e;
    }

    long fen(Row row, int field) {
        Long v = fenOrNull(row, field);
        if (v == null) {
            throw bad(row, field, "is empty");
        }
        return v;
    }

    Long fenOrNull(Row row, int field) {
        Object v = row.get(index[field]);
        if (v == null) {
            return null;
        }
        try {
            if (v instanceof BigDecimal d) {
                return d.movePointRight(2).longValueExact();
            }
            if (v instanceof Double || v instanceof Float) {
                throw bad(row, field, "is a binary floating-point column; amounts must be text or decimal");
            }
            String s = v.toString();
            return s.isEmpty() ? null : Money.parseFen(s);
        } catch (NumberFormatException | ArithmeticException e) {
            throw bad(row, field, "'" + v + "' is not a yuan amount with at most 2 decimals: " + e.getMessage());
        }
    }

    long quantity(Row row, int field) {
        Long v = quantityOrNull(row, field);
        if (v == null) {
            throw bad(row, field, "is empty");
        }
        return v;
    }

    Long quantityOrNull(Row row, int field) {
        Object v = row.get(index[field]);
        if (v == null) {
            return null;
        }
        try {
            if (v instanceof BigDecimal d) {
                return d.movePointRight(Quantity.DECIMALS).longValueExact();
            }
            if (v instanceof Integer || v instanceof Long) {
                return Quantity.of(((Number) v).longValue());
            }
            if (v instanceof Double || v instanceof Float) {
                throw bad(row, field, "is a binary floating-point column; quantities must be text or decimal");
            }
            String s = v.toString();
            return s.isEmpty() ? null : Quantity.parse(s);
        } catch (NumberFormatException | ArithmeticException e) {
            throw bad(row, field, "'" + v + "' is not a quantity with at most 4 decimals: " + e.getMessage());
        }
    }

    Integer integer(Row row, int field) {
        Object v = row.get(index[field]);
        if (v == null) {
            return null;
        }
        if (v instanceof Integer i) {
            return i;
        }
        if (v instanceof Long l) {
            return Math.toIntExact(l);
        }
        String s = v.toString();
        if (s.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(s);
        } catch (NumberFormatException e) {
            throw bad(row, field, "'" + s + "' is not a whole number");
        }
    }

    int count(Row row, int field) {
        Integer v = integer(row, field);
        return v == null ? 0 : v;
    }

    boolean flag(Row row, int field) {
        Object v = row.get(index[field]);
        if (v == null) {
            return false;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        String s = v.toString();
        return switch (s) {
            case "1", "true" -> true;
            case "0", "false", "" -> false;
            default -> throw bad(row, field, "'" + s + "' is not 0 or 1");
        };
    }

    LocalDate date(Row row, int field) {
        Object v = row.get(index[field]);
        if (v == null) {
            return null;
        }
        if (v instanceof LocalDate d) {
            return d;
        }
        if (v instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        String s = v.toString();
        if (s.isEmpty()) {
            return null;
        }
        LocalDate d = s.length() == 10 ? Times.date(s, 0) : null;
        if (d == null) {
            throw bad(row, field, "'" + s + "' is not a date yyyy-MM-dd");
        }
        return d;
    }

    LocalDateTime dateTime(Row row, int field) {
        Object v = row.get(index[field]);
        if (v == null) {
            return null;
        }
        if (v instanceof LocalDateTime t) {
            return t;
        }
        if (v instanceof Instant i) {
            return LocalDateTime.ofInstant(i, REGION_ZONE);
        }
        if (v instanceof java.sql.Timestamp t) {
            return LocalDateTime.ofInstant(t.toInstant(), REGION_ZONE);
        }
        String s = v.toString();
        if (s.isEmpty()) {
            return null;
        }
        LocalDateTime t = Times.dateTime(s);
        if (t == null) {
            throw bad(row, field, "'" + s + "' is not a date-time yyyy-MM-dd HH:mm:ss");
        }
        return t;
    }

    private InvalidInputException bad(Row row, int field, String reason) {
        Object id = row.get(index[0]);
        return new InvalidInputException(table.baseName() + " row " + table.columns().get(0) + "=" + id + ", field "
                + table.columns().get(field) + ": " + reason);
    }
}
