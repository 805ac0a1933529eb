package org.fundguard.engine.models;

import java.io.Serializable;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each pharmacist was recorded, in half-hour slots: for every pharmacist and institution, the
 * slots in which a visit they attended or reviewed began (or lasted) or a line they ordered was
 * charged. A pharmacist recorded at another institution in the very slot of a sale is not reviewing
 * that sale.
 */
public final class PharmacistAbsentStatistics implements Serializable {
    private final Map<String, Map<String, SlotSet>> presence = new HashMap<>();

    void add(String pharmacist, String institution, long slot) {
        presence.computeIfAbsent(pharmacist, k -> new HashMap<>()).computeIfAbsent(institution, k -> new SlotSet())
                .add(slot);
    }

    PharmacistAbsentStatistics mergeFrom(PharmacistAbsentStatistics other) {
        other.presence.forEach((p, byInst) -> byInst.forEach((inst, slots) -> presence
                .computeIfAbsent(p, k -> new HashMap<>()).computeIfAbsent(inst, k -> new SlotSet()).addAll(slots)));
        return this;
    }

    /** Every institution where the pharmacist was recorded; empty when never. */
    Map<String, SlotSet> institutionsOf(String pharmacist) {
        return presence.getOrDefault(pharmacist, Map.of());
    }

    /** A set of slot numbers held as bits from a base slot, re-based when an earlier slot arrives. */
    static final class SlotSet implements Serializable {
        private static final long REBASE_MARGIN = 30 * 48;
        private long base = Long.MIN_VALUE;
        private BitSet bits = new BitSet();

        void add(long slot) {
            if (base == Long.MIN_VALUE) {
                base = slot;
            } else if (slot < base) {
                // re-base a month earlier than needed, so claims arriving out of order rarely re-base twice
                long newBase = slot - REBASE_MARGIN;
                BitSet moved = new BitSet();
                int shift = (int) (base - newBase);
                bits.stream().forEach(i -> moved.set(i + shift));
                bits = moved;
                base = newBase;
            }
            bits.set((int) (slot - base));
        }

        void addAll(SlotSet other) {
            if (other.base == Long.MIN_VALUE) {
                return;
            }
            other.bits.stream().forEach(i -> add(other.base + i));
        }

        /** Mean hours a day from the first to the end of the last recorded slot, over days with any. */
        double meanDailySpanHours(long slotsPerDay, double hoursPerSlot) {
            Map<Long, long[]> days = new HashMap<>();
            bits.stream().forEach(i -> {
                long slot = base + i;
                long[] d = days.computeIfAbsent(Math.floorDiv(slot, slotsPerDay), k -> new long[] {slot, slot});
                d[0] = Math.min(d[0], slot);
                d[1] = Math.max(d[1], slot);
            });
            if (days.isEmpty()) {
                return 0;
            }
            double sum = 0;
            for (long[] d : days.values()) {
                sum += (d[1] - d[0] + 1) * hoursPerSlot;
            }
            return sum / days.size();
        }

        /**
         * Present in the slot, or between two recorded slots at most {@code maxGap} slots apart: a
         * pharmacist who reviewed at 10:05 and at 11:20 was at that counter in between.
         */
        boolean bracketed(long slot, int maxGap) {
            if (base == Long.MIN_VALUE || slot < base || slot - base >= Integer.MAX_VALUE) {
                return false;
            }
            int i = (int) (slot - base);
            if (bits.get(i)) {
                return true;
            }
            int before = bits.previousSetBit(i);
            int after = bits.nextSetBit(i);
            return before >= 0 && after >= 0 && after - before <= maxGap;
        }
    }
}
