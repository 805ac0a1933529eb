package org.fundguard.enforcement.sanctions;

import org.fundguard.core.Money;

/**
 * A closed range [min, max] of fen or of a term. Fines derived from a loss are rounded inward (the
 * minimum up, the maximum down) so that every value inside is lawful.
 */
public record Bounds(long min, long max, Unit unit) {
    public static final Bounds NONE = new Bounds(0, 0, Unit.NONE);

    public Bounds {
        if (min < 0 || max < min) {
            throw new IllegalArgumentException("bounds must satisfy 0 <= min <= max: " + min + ".." + max);
        }
        if (unit == null) {
            throw new IllegalArgumentException("bounds need a unit");
        }
    }

    public boolean contains(long value) {
        return value >= min && value <= max;
    }

    public boolean isFixed() {
        return min == max;
    }

    /** The range in Chinese: "10000.00元至50000.00元", "6个月至12个月", "5年". */
    public String describe() {
        return switch (unit) {
            case NONE -> "";
            case FEN -> isFixed() ? Money.format(min) + "元" : Money.format(min) + "元至" + Money.format(max) + "元";
            default -> isFixed() ? min + unit.label() : min + unit.label() + "至" + max + unit.label();
        };
    }

    /** One value in this range's unit, in Chinese. */
    public String describe(long value) {
        return unit == Unit.FEN ? Money.format(value) + "元" : value + unit.label();
    }
}
