package org.fundguard.enforcement.sanctions;

/** What a sanction's bounds count: money in fen, a term, or nothing (约谈, 移送). */
public enum Unit {
    NONE(""),
    FEN("元"),
    DAYS("日"),
    MONTHS("个月"),
    YEARS("年");

    private final String label;

    Unit(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
