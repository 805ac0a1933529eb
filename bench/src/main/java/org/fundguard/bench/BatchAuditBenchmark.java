package org.fundguard.bench;

import java.util.concurrent.TimeUnit;
import org.fundguard.engine.rules.AuditSummary;
import org.fundguard.engine.rules.Auditor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Batch audit throughput on one core: every built-in rule and every national knowledge point over
 * {@value #LINES} fee lines grouped by person. Reported as fee lines per second (goal ≥ 2,000,000).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class BatchAuditBenchmark {
    static final int LINES = 400_000;

    BenchRegion data;
    Auditor auditor;

    @Setup(Level.Trial)
    public void setUp() {
        data = BenchRegion.build(42, 8_000, LINES);
        auditor = new Auditor(data.rules, data.region);
        System.err.println("\n[bench] " + data.lines + " fee lines, " + data.persons.size() + " persons; rules: built-in + "
                + data.rulesOrigin + "; " + auditor.planSummary());
        AuditSummary s = auditor.audit(data.persons, f -> { });
        System.err.println("[bench] findings per run: " + s.findings() + " (" + String.format("%.2f", 100.0 * s.findings() / s.lines())
                + "% of lines)");
    }

    @Benchmark
    @OperationsPerInvocation(LINES)
    public void auditAllRules(Blackhole bh) {
        AuditSummary s = auditor.audit(data.persons, bh::consume);
        bh.consume(s);
    }
}
