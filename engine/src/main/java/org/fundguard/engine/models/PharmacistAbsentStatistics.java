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

    /** An institution other than {@code here} where the pharmacist was recorded in the slot, or null. */
    String elsewhere(String pharmacist, String here, long slot) {
        Map<String, SlotSet> byInst = presence.get(pharmacist);
        if (byInst == null) {
            return null;
        }
        String found = null;
        for (Map.Entry<String, SlotSet> e : byInst.entrySet()) {
            if (!e.getKey().equals(here) && e.getValue().contains(slot)
                    && (found == null || e.getKey().compareTo(found) < 0)) {
                found = e.getKey();
            }
        }
        return found;
    }

    /** Slots in which the pharmacist was recorded at the institution. */
    int slotsAt(String pharmacist, String institution) {
        Map<String, SlotSet> byInst = presence.get(pharmacist);
        SlotSet s = byInst == null ? null : byInst.get(institution);
        return s == null ? 0 : s.bits.cardinality();
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

        boolean contains(long slot) {
            return base != Long.MIN_VALUE && slot >= base && slot - base < Integer.MAX_VALUE && bits.get((int) (slot - base));
        }
    }
}
