package org.fundguard.enforcement.sanctions;

/** One row of the catalogue: a sanction of an article, its measure as written in the law. */
record SanctionRule(String article, SanctionKind kind, Condition condition, Obligation obligation, Measure measure,
        long min, long max, String basis) {

    enum Measure { NONE, FIXED_YUAN, LOSS_PERCENT, DAYS, MONTHS, YEARS }

    Bounds bounds(long lossFen) {
        return switch (measure) {
            case NONE -> Bounds.NONE;
            case FIXED_YUAN -> new Bounds(Math.multiplyExact(min, 100), Math.multiplyExact(max, 100), Unit.FEN);
            // exact in fen: loss × percent / 100, the minimum rounded up and the maximum down so both stay lawful
            case LOSS_PERCENT -> new Bounds(ceilDiv(Math.multiplyExact(lossFen, min), 100),
                    Math.floorDiv(Math.multiplyExact(lossFen, max), 100), Unit.FEN);
            case DAYS -> new Bounds(min, max, Unit.DAYS);
            case MONTHS -> new Bounds(min, max, Unit.MONTHS);
            case YEARS -> new Bounds(min, max, Unit.YEARS);
        };
    }

    private static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }
}
