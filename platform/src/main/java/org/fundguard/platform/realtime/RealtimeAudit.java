package org.fundguard.platform.realtime;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.fundguard.core.dataset.DataSet;
import org.fundguard.core.dataset.DataSets;
import org.fundguard.core.dataset.ValidationMode;
import org.fundguard.engine.Claim;
import org.fundguard.engine.Region;
import org.fundguard.engine.rules.AuditResult;
import org.fundguard.engine.rules.PersonClaims;
import org.fundguard.engine.rules.RealtimeAuditor;
import org.fundguard.engine.rules.RuleDefinition;
import org.fundguard.engine.rules.RuleSet;
import org.fundguard.platform.auditlog.AuditLog;
import org.fundguard.platform.runs.RunFinished;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Real-time audit (事前提醒/事中审核) of visits posted by institutions: the engine's
 * {@link RealtimeAuditor} with the built-in rule library, over the reference data of a region
 * (persons, institutions, practitioners, catalogue and its limits) and the PostgreSQL history.
 * The reference is the directory named by {@code fundguard.realtime.reference-dir}, else the data
 * set of the newest finished data run; it is replaced, without a pause, when a newer run finishes.
 */
@Service
public class RealtimeAudit {
    private static final Logger log = LoggerFactory.getLogger(RealtimeAudit.class);

    private final PgHistoryStore history;
    private final AuditLog auditLog;
    private final JdbcClient jdbc;
    private final String configuredReference;
    private final AtomicReference<Engine> engine = new AtomicReference<>();

    record Engine(RealtimeAuditor auditor, Region region, Path reference, int rules, Instant loadedAt) {
    }

    public record Status(boolean ready, String reference, int rules, Instant loadedAt) {
    }

    RealtimeAudit(PgHistoryStore history, AuditLog auditLog, JdbcClient jdbc,
            @Value("${fundguard.realtime.reference-dir:}") String configuredReference) {
        this.history = history;
        this.auditLog = auditLog;
        this.jdbc = jdbc;
        this.configuredReference = configuredReference;
    }

    static final class NotReady extends RuntimeException {
        NotReady(String message) {
            super(message);
        }
    }

    static final class UnknownPerson extends RuntimeException {
        UnknownPerson(String message) {
            super(message);
        }
    }

    /** Loads the reference in the background so that the platform serves pages meanwhile. */
    @EventListener(ApplicationReadyEvent.class)
    void loadOnStart() {
        Path reference = !configuredReference.isBlank() ? Path.of(configuredReference) : newestRunDataSet();
        if (reference == null) {
            log.info("real-time audit waits for reference data: finish a data run or set fundguard.realtime.reference-dir");
            return;
        }
        Thread t = new Thread(() -> load(reference), "realtime-reference");
        t.setDaemon(true);
        t.start();
    }

    @EventListener
    void onRunFinished(RunFinished run) {
        if (configuredReference.isBlank()) {
            load(run.dataset());
        }
    }

    /** Builds a new auditor over the data set in {@code dir}; keeps the previous one when it does not load. */
    public synchronized boolean load(Path dir) {
        try {
            long t0 = System.nanoTime();
            DataSet data = DataSets.load(dir, ValidationMode.STRICT).requireValid();
            Region region = Region.of(data);
            RuleSet rules = RuleSet.builtIn();
            engine.set(new Engine(new RealtimeAuditor(rules, region, history), region, dir, rules.size(), Instant.now()));
            String detail = String.format(Locale.ROOT, "%s: %d persons, %d rules, %.1f s", dir,
                    region.persons().size(), rules.size(), (System.nanoTime() - t0) / 1e9);
            log.info("real-time audit reference loaded from {}", detail);
            auditLog.append("system", "REALTIME_REFERENCE_LOADED", "realtime", detail);
            return true;
        } catch (RuntimeException e) {
            log.warn("real-time audit reference not loaded from {}: {}", dir, e.getMessage());
            return false;
        }
    }

    public Status status() {
        Engine e = engine.get();
        return e == null ? new Status(false, null, 0, null)
                : new Status(true, e.reference().toString(), e.rules(), e.loadedAt());
    }

    /**
     * Audits one visit against the person's history; a visit posted with its settlement then joins
     * that history, so the next visit is checked against it.
     */
    AuditResult audit(Claim claim, RuleDefinition.Stage stage) {
        Engine e = engine.get();
        if (e == null) {
            throw new NotReady("no reference data yet: finish a data run or set fundguard.realtime.reference-dir");
        }
        if (e.region().person(claim.visit().psnNo()) == null) {
            throw new UnknownPerson("visit.psn_no: " + claim.visit().psnNo() + " is not an insured person of the reference data");
        }
        AuditResult result = e.auditor().audit(claim, stage);
        if (!claim.settlements().isEmpty()) {
            history.record(claim);
        }
        return result;
    }

    public record Seeded(String reference, int claims, double seconds) {
    }

    /**
     * Copies every claim of the reference data set into the history, so that real-time audits see
     * the region's past from the start (an administrator's one-off, e.g. after the first data run).
     */
    public Seeded seedHistory(String actor) {
        Engine e = engine.get();
        if (e == null) {
            throw new NotReady("no reference data yet: finish a data run or set fundguard.realtime.reference-dir");
        }
        long t0 = System.nanoTime();
        DataSet data = DataSets.load(e.reference(), ValidationMode.STRICT).requireValid();
        List<Claim> claims = new java.util.ArrayList<>();
        for (var person : PersonClaims.group(data.visits(), data.feeDetails(), data.settlements()).persons()) {
            claims.addAll(person.claims());
        }
        int n = history.recordAll(claims);
        double seconds = (System.nanoTime() - t0) / 1e9;
        auditLog.append(actor, "REALTIME_HISTORY_SEEDED", "realtime", n + " claims from " + e.reference());
        return new Seeded(e.reference().toString(), n, seconds);
    }

    private Path newestRunDataSet() {
        List<String> paths = jdbc.sql("select source_path from data_runs where status = 'DONE' order by id desc limit 5")
                .query(String.class).list();
        return paths.stream().map(Path::of).filter(p -> Files.isRegularFile(p.resolve("persons.csv"))
                || Files.isRegularFile(p.resolve("persons.parquet"))).findFirst().orElse(null);
    }
}
