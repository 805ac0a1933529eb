package org.fundguard.engine.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.fundguard.core.dataset.DataSet;
import org.fundguard.engine.Claim;
import org.fundguard.engine.Finding;
import org.fundguard.engine.Region;

/**
 * The batch audit (事后审核, 智能审核): streams claims person by person through every enabled rule of a
 * library compiled against the region. Findings of per-person rules come as each person is done; the
 * cross-person rule (trace codes) reports when the stream ends. A rule that fails stops the run with a
 * {@link RuleException} naming it and the row.
 */
public final class Auditor {
    /** Below this many persons a parallel audit is not worth its threads. */
    private static final int PARALLEL_MIN_PERSONS = 2_000;
    private final RulePlan plan;
    private final Predicate<String> traceCodesThatMayRepeat;

    public Auditor(RuleSet rules, Region region) {
        this(rules, region, RuleDefinition.Stage.POST);
    }

    public Auditor(RuleSet rules, Region region, RuleDefinition.Stage stage) {
        this(RulePlan.compile(rules, region, stage), code -> true);
    }

    private Auditor(RulePlan plan, Predicate<String> traceCodesThatMayRepeat) {
        this.plan = plan;
        this.traceCodesThatMayRepeat = traceCodesThatMayRepeat;
    }

    /**
     * The same audit told which drug trace codes can occur more than once in the region (a superset
     * is fine): the trace-code ledger, the audit's only state across persons, then keeps no sale of
     * a code sold once, which can never be a reuse. Findings are unchanged; a region of millions of
     * traced lines no longer holds every sale until the end.
     */
    public Auditor withTraceCodesThatMayRepeat(Predicate<String> codes) {
        return new Auditor(plan, codes);
    }

    /** One line: how much of the library runs on this region. */
    public String planSummary() {
        return plan.summary();
    }

    /** What enabled rules could not evaluate on this region (codes without catalogue data, missing settings). */
    public List<String> planNotes() {
        return plan.notes();
    }

    public AuditSummary audit(Iterable<PersonClaims> persons, Consumer<Finding> sink) {
        Tallies tallies = new Tallies(sink);
        Worker w = new Worker(plan, traceCodesThatMayRepeat, tallies);
        for (PersonClaims pc : persons) {
            w.audit(pc);
        }
        for (CrossPersonCheck c : w.crossPerson) {
            c.finish().forEach(tallies);
        }
        return tallies.summary(w.counts);
    }

    /**
     * The same audit on several threads: persons are independent, so contiguous slices of them run
     * in parallel and their findings are reported in person order, as a single thread would.
     */
    public AuditSummary audit(List<PersonClaims> persons, int threads, Consumer<Finding> sink) {
        if (threads <= 1 || persons.size() < PARALLEL_MIN_PERSONS) {
            return audit(persons, sink);
        }
        int slices = threads * 8;
        int size = (persons.size() + slices - 1) / slices;
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "audit");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Worker>> parts = new ArrayList<>();
            for (int from = 0; from < persons.size(); from += size) {
                List<PersonClaims> slice = persons.subList(from, Math.min(persons.size(), from + size));
                parts.add(pool.submit(() -> {
                    List<Finding> out = new ArrayList<>();
                    Worker w = new Worker(plan, traceCodesThatMayRepeat, out::add);
                    w.found = out;
                    for (PersonClaims pc : slice) {
                        w.audit(pc);
                    }
                    return w;
                }));
            }
            Tallies tallies = new Tallies(sink);
            long[] counts = new long[3];
            List<CrossPersonCheck> crossPerson = plan.newCrossPersonChecks(traceCodesThatMayRepeat);
            for (Future<Worker> f : parts) {
                Worker w = get(f);
                w.found.forEach(tallies);
                for (int k = 0; k < 3; k++) {
                    counts[k] += w.counts[k];
                }
                for (int k = 0; k < crossPerson.size(); k++) {
                    crossPerson.get(k).absorb(w.crossPerson.get(k));
                }
            }
            for (CrossPersonCheck c : crossPerson) {
                c.finish().forEach(tallies);
            }
            return tallies.summary(counts);
        } finally {
            pool.shutdownNow();
        }
    }

    private static Worker get(Future<Worker> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("audit interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Audits a whole in-memory data set and returns its findings. */
    public List<Finding> audit(DataSet d) {
        List<Finding> out = new ArrayList<>();
        audit(PersonClaims.group(d.visits(), d.feeDetails(), d.settlements()).persons(), out::add);
        return out;
    }

    private static final class Worker {
        final PersonAudit audit;
        final List<CrossPersonCheck> crossPerson;
        final long[] counts = new long[3];
        final PersonAudit.Emitter emitter;
        final Region region;
        List<Finding> found;

        Worker(RulePlan plan, Predicate<String> traceCodesThatMayRepeat, Consumer<Finding> sink) {
            this.audit = new PersonAudit(plan);
            this.crossPerson = plan.newCrossPersonChecks(traceCodesThatMayRepeat);
            this.emitter = (v, f) -> sink.accept(f);
            this.region = plan.region;
        }

        void audit(PersonClaims pc) {
            counts[0]++;
            counts[1] += pc.claims().size();
            for (Claim c : pc.claims()) {
                counts[2] += c.lines().size();
            }
            audit.audit(region.person(pc.psnNo()), pc.claims(), emitter);
            for (CrossPersonCheck c : crossPerson) {
                c.observe(audit);
            }
        }
    }

    private static final class Tallies implements Consumer<Finding> {
        private final Map<String, AuditSummary.Tally> bySource = new HashMap<>();
        private final Consumer<Finding> sink;

        Tallies(Consumer<Finding> sink) {
            this.sink = sink;
        }

        @Override
        public void accept(Finding f) {
            bySource.merge(f.source(), new AuditSummary.Tally(1, f.amountFen(), f.fundShareFen()),
                    (x, y) -> x.plus(y.amountFen(), y.fundShareFen()));
            sink.accept(f);
        }

        AuditSummary summary(long[] counts) {
            long n = 0;
            for (AuditSummary.Tally t : bySource.values()) {
                n += t.count();
            }
            return new AuditSummary(counts[0], counts[1], counts[2], n, bySource);
        }
    }
}
