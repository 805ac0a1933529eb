package org.fundguard.bench;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.fundguard.core.Person;
import org.fundguard.engine.Claim;
import org.fundguard.engine.rules.AuditResult;
import org.fundguard.engine.rules.InMemoryHistoryStore;
import org.fundguard.engine.rules.PersonClaims;
import org.fundguard.engine.rules.RealtimeAuditor;
import org.fundguard.engine.rules.RuleDefinition;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Real-time audit latency (事中审核) of one 50-line visit against the person's history, in process,
 * with every built-in rule and national knowledge point. Sampled, so JMH reports p99 (goal ≤ 1 ms).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RealtimeAuditBenchmark {
    private static final int VISITS = 256;

    RealtimeAuditor auditor;
    List<Claim> visits;
    int next;

    @Setup(Level.Trial)
    public void setUp() {
        BenchRegion data = BenchRegion.build(7, 2_000, 200_000);
        InMemoryHistoryStore history = new InMemoryHistoryStore();
        history.recordAll(data.persons);
        auditor = new RealtimeAuditor(data.rules, data.region, history);
        visits = new ArrayList<>(VISITS);
        List<Person> people = data.people();
        for (int i = 0; i < VISITS; i++) {
            PersonClaims p = data.persons.get(i);
            Person person = people.stream().filter(x -> x.psnNo().equals(p.psnNo())).findFirst().orElseThrow();
            LocalDateTime after = p.claims().get(p.claims().size() - 1).visit().begin().plusDays(1);
            visits.add(data.visit(person, after, 50));
        }
        System.err.println("\n[bench] real time: " + data.persons.size() + " persons of history, rules: built-in + " + data.rulesOrigin);
    }

    @Benchmark
    public AuditResult auditOneVisitOf50Lines() {
        Claim c = visits.get(next++ & (VISITS - 1));
        return auditor.audit(c, RuleDefinition.Stage.DURING);
    }
}
