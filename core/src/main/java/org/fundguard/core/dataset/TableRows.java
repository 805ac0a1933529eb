package org.fundguard.core.dataset;

import java.util.Set;

/**
 * How the rows of one table become records: which columns a file may lack, and the parse that
 * checks each field and the row's references to tables read before it.
 */
abstract class TableRows<T> {
    final Table table;
    private final Set<String> optionalColumns;

    TableRows(Table table, String... optionalColumns) {
        this.table = table;
        this.optionalColumns = Set.of(optionalColumns);
        for (String c : optionalColumns) {
            col(table, c);
        }
    }

    /** A required column's absence makes the whole table unreadable; an optional one reads as empty. */
    boolean columnRequired(int column) {
        return !optionalColumns.contains(table.columns().get(column));
    }

    /** The record, or null / a partial record when {@code r} rejected the row. */
    abstract T parse(RowCheck r);

    /** The column holding the row's own key, so even an unparseable row can be named as rejected. */
    int keyColumn() {
        return -1;
    }

    static int col(Table t, String name) {
        int i = t.columns().indexOf(name);
        if (i < 0) {
            throw new IllegalStateException(t + " has no column " + name);
        }
        return i;
    }
}
