package org.fundguard.platform.runs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.fundguard.core.Lead;
import org.fundguard.core.dataset.InvalidDataSetException;
import org.fundguard.core.dataset.LeadFile;
import org.fundguard.core.dataset.Table;
import org.fundguard.platform.auditlog.AuditLog;
import org.fundguard.platform.clues.ClueService;
import org.fundguard.platform.evidence.Evidence;
import org.fundguard.platform.evidence.EvidenceException;
import org.fundguard.platform.evidence.EvidenceExtractor;
import org.fundguard.platform.evidence.EvidenceStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Data runs (数据批次): a data set screened (or its leads imported), its evidence picked out and its
 * leads added to the inbox, on one background worker, with the progress written to the run's row so
 * that any page can follow it. Runs go one at a time: screening uses every core the machine has.
 */
@Service
public class RunService implements DisposableBean {
    private static final Logger log = LoggerFactory.getLogger(RunService.class);
    private static final String LEADS = Table.LEADS.csvFileName();

    private final Runs runs;
    private final Screener screening;
    private final EvidenceStore evidence;
    private final ClueService clues;
    private final AuditLog auditLog;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final String screenOnStart;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "data-run");
        t.setDaemon(true);
        return t;
    });

    RunService(Runs runs, Screener screening, EvidenceStore evidence, ClueService clues, AuditLog auditLog,
            TransactionTemplate tx, ApplicationEventPublisher events,
            @Value("${fundguard.screen-on-start:}") String screenOnStart) {
        this.runs = runs;
        this.screening = screening;
        this.evidence = evidence;
        this.clues = clues;
        this.auditLog = auditLog;
        this.tx = tx;
        this.events = events;
        this.screenOnStart = screenOnStart;
    }

    @EventListener(ApplicationReadyEvent.class)
    void failInterruptedRuns() {
        int n = runs.failInterrupted();
        if (n > 0) {
            log.warn("{} data run(s) were interrupted by the last stop and are marked FAILED", n);
        }
        if (screenOnStart != null && !screenOnStart.isBlank()) {
            screenOnStart(Path.of(screenOnStart));
        }
    }

    /**
     * {@code bin/fundguard serve --screen DIR} (the demo): screens the data set once, on the first
     * start that names it; a restart does not screen it again.
     */
    private void screenOnStart(Path dir) {
        Path abs = dir.toAbsolutePath().normalize();
        boolean done = runs.all().stream().anyMatch(r -> r.sourcePath().equals(abs.toString()) && "DONE".equals(r.status()));
        if (done) {
            return;
        }
        try {
            long id = start(abs.getFileName().toString(), abs, RunMode.SCREEN, "system");
            log.info("screening {} as data run {}", abs, id);
        } catch (RunException e) {
            log.warn("cannot screen {} on start: {}", abs, e.getMessage());
        }
    }

    /** Registers a run and starts it in the background; returns its id. */
    public long start(String dataset, Path dir, RunMode mode, String actor) {
        if (dataset == null || dataset.isBlank()) {
            throw new RunException("name the data set");
        }
        if (dir == null || !Files.isDirectory(dir)) {
            throw new RunException("not a directory on the server: " + dir);
        }
        Path abs = dir.toAbsolutePath().normalize();
        if (mode == RunMode.IMPORT && !Files.isRegularFile(abs.resolve(LEADS))) {
            throw new RunException(abs + " has no " + LEADS + " to import");
        }
        long id = tx.execute(s -> {
            long runId = runs.create(dataset.trim(), abs.toString(), mode.name(), actor);
            auditLog.append(actor, "RUN_REGISTERED", "run:" + runId, mode + " " + abs);
            return runId;
        });
        worker.submit(() -> execute(id, abs, mode, actor));
        return id;
    }

    public DataRun get(long id) {
        return runs.find(id).orElseThrow(() -> new RunException("no data run " + id));
    }

    public List<DataRun> all() {
        return runs.all();
    }

    List<CategoryCount> compare(long a, long b) {
        return runs.compare(a, b);
    }

    List<CategoryTotal> totals(long id) {
        return runs.totals(id);
    }

    private void execute(long id, Path dir, RunMode mode, String actor) {
        try {
            runs.progress(id, "VALIDATING", 2, "checking the data set");
            List<Lead> leads;
            String engine;
            if (mode == RunMode.SCREEN) {
                runs.progress(id, "SCREENING", 5, "screening with the rule library and the models");
                leads = screening.screen(dir, p -> runs.progress(id, "SCREENING", 5 + Math.min(100, p) * 55 / 100,
                        "screening: " + p + "%"));
                engine = screening.engine();
            } else {
                leads = LeadFile.read(dir.resolve(LEADS));
                engine = "imported " + LEADS;
            }
            List<Lead> unique = unique(leads);
            runs.progress(id, "LOADING", 60, "picking out the evidence of " + unique.size() + " leads");
            Evidence found = EvidenceExtractor.extract(dir, unique);
            runs.progress(id, "LOADING", 85, "storing leads and evidence");
            int fresh = tx.execute(s -> {
                runs.saveLeads(id, unique);
                evidence.save(id, found);
                return clues.importRun(id, unique, found.occurredOn(), actor);
            });
            String message = unique.size() + " leads, " + fresh + " new in the inbox"
                    + (unique.size() < leads.size() ? "; " + (leads.size() - unique.size()) + " repeated lead ids ignored" : "");
            runs.finish(id, "DONE", message, engine, unique.size());
            auditLog.append(actor, "RUN_FINISHED", "run:" + id, message);
            events.publishEvent(new RunFinished(id, dir, mode));
        } catch (EvidenceException | RunException | InvalidDataSetException e) {
            fail(id, actor, e.getMessage());
        } catch (java.io.UncheckedIOException e) {
            fail(id, actor, e.getMessage() + (e.getCause() != null ? ": " + e.getCause().getMessage() : ""));
        } catch (RuntimeException e) {
            log.error("data run {} failed", id, e);
            fail(id, actor, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private void fail(long id, String actor, String message) {
        runs.finish(id, "FAILED", message, null, 0);
        auditLog.append(actor, "RUN_FAILED", "run:" + id, message);
    }

    private static List<Lead> unique(List<Lead> leads) {
        Map<String, Lead> byId = new LinkedHashMap<>();
        for (Lead l : leads) {
            byId.putIfAbsent(l.leadId(), l);
        }
        return new ArrayList<>(byId.values());
    }

    @Override
    public void destroy() throws InterruptedException {
        worker.shutdownNow();
        worker.awaitTermination(10, TimeUnit.SECONDS);
    }
}
