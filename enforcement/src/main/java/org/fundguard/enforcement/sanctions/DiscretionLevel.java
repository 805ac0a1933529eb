package org.fundguard.enforcement.sanctions;

/**
 * A level of a discretion basis (裁量基准), e.g. 从轻/一般/从重: the part of every lawful range it
 * may use, as per mille of the span from the minimum (0 = the minimum, 1000 = the maximum).
 */
public record DiscretionLevel(String code, String label, int fromPermille, int toPermille, String basis) {
    public DiscretionLevel {
        if (fromPermille < 0 || toPermille > 1000 || toPermille < fromPermille) {
            throw new IllegalArgumentException("level " + code + ": per mille must satisfy 0 <= from <= to <= 1000");
        }
    }

    /** The part of {@code lawful} this level allows; a fixed range or one without a quantity is returned whole. */
    public Bounds within(Bounds lawful) {
        if (lawful.unit() == Unit.NONE || lawful.isFixed()) {
            return lawful;
        }
        long span = lawful.max() - lawful.min();
        long lo = lawful.min() + ceilDiv(Math.multiplyExact(span, fromPermille), 1000);
        long hi = lawful.min() + Math.floorDiv(Math.multiplyExact(span, toPermille), 1000);
        return new Bounds(lo, Math.max(lo, hi), lawful.unit());
    }

    private static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }
}
