package org.fundguard.synth;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.IntPredicate;

/**
 * What injections planned before the stream starts: events per person (written when the stream
 * reaches that person, in time order with their ordinary care), days reserved so ordinary care
 * stays out of the way, and the persons an injection took (no two injections share a person).
 */
public final class Planner {
    public record Scheduled(LocalDateTime start, int order, Consumer<Patient> action) {
    }

    private final World w;
    private final Map<Integer, List<Scheduled>> events = new HashMap<>();
    private final Map<Integer, List<int[]>> reserved = new HashMap<>();
    private final Map<Integer, Boolean> noOrdinaryCare = new HashMap<>();
    private int order;

    Planner(World w) {
        this.w = w;
    }

    /** Runs {@code action} for person {@code p} at {@code start}, among their ordinary visits. */
    public void at(int p, LocalDateTime start, Consumer<Patient> action) {
        events.computeIfAbsent(p, k -> new ArrayList<>()).add(new Scheduled(start, order++, action));
    }

    /** Keeps ordinary care of person {@code p} off these days (inclusive). */
    public void reserve(int p, LocalDate from, LocalDate to) {
        reserved.computeIfAbsent(p, k -> new ArrayList<>())
                .add(new int[] {w.ledger.day(from), w.ledger.day(to)});
    }

    /** The person gets no ordinary care at all (only what injections planned). */
    public void onlyPlanned(int p) {
        noOrdinaryCare.put(p, Boolean.TRUE);
    }

    /** The person's planned events, handed over once (the stream never comes back to a person). */
    List<Scheduled> eventsOf(int p) {
        return events.remove(p);
    }

    List<int[]> reservedOf(int p) {
        return reserved.remove(p);
    }

    boolean ordinaryCare(int p) {
        return !noOrdinaryCare.containsKey(p);
    }

    /**
     * An untaken person matching the test, drawn at random (then taken), or -1 when none is found
     * within a bounded number of tries.
     */
    public int take(Dice d, IntPredicate test) {
        Population pop = w.pop;
        for (int tries = 0; tries < 200_000; tries++) {
            int p = d.nextInt(pop.careHomeFrom > 0 ? pop.careHomeFrom : pop.size);
            if (!pop.isTaken(p) && test.test(p)) {
                pop.take(p);
                return p;
            }
        }
        return -1;
    }
}
