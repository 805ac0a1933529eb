package org.fundguard.platform.governance.directory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import org.fundguard.governance.credit.CreditGrade;
import org.fundguard.governance.files.CsvInput;
import org.fundguard.governance.inspections.DirectoryFiles;
import org.fundguard.governance.inspections.InspectionTarget;
import org.fundguard.governance.inspections.Inspector;
import org.fundguard.platform.auditlog.AuditLog;
import org.fundguard.platform.governance.GovernanceException;
import org.fundguard.platform.runs.RunFinished;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeps the two directories: edits, file imports in the governance module's format, seeding from data runs. */
@Service
class DirectoryService {
    private static final Logger log = LoggerFactory.getLogger(DirectoryService.class);
    private static final List<String> INSTITUTION_COLUMNS = List.of("fixmedins_code", "fixmedins_name", "fixmedins_type",
            "hosp_lv", "admdvs");
    /** Unrated institutions enter the directory as B, the scheme's unrated grade, until a rating run grades them. */
    private static final CreditGrade NEW_TARGET_GRADE = CreditGrade.B;

    private final TargetDirectory targets;
    private final InspectorDirectory inspectors;
    private final AuditLog auditLog;

    DirectoryService(TargetDirectory targets, InspectorDirectory inspectors, AuditLog auditLog) {
        this.targets = targets;
        this.inspectors = inspectors;
        this.auditLog = auditLog;
    }

    @Transactional
    void saveTarget(InspectionTarget t, boolean isNew, String actor) {
        if (isNew && targets.find(t.code()).isPresent()) {
            throw GovernanceException.invalid("机构编码 " + t.code() + " 已在名录库中 (already in the directory)");
        }
        targets.save(t, "MANUAL", actor);
        auditLog.append(actor, isNew ? "GOV_TARGET_ADDED" : "GOV_TARGET_EDITED", "institutions:" + t.code(),
                t.name() + " grade " + t.creditGrade() + " unit " + t.unit());
    }

    @Transactional
    void saveInspector(Inspector i, boolean active, boolean isNew, String actor) {
        if (isNew && inspectors.find(i.id()).isPresent()) {
            throw GovernanceException.invalid("人员编号 " + i.id() + " 已在名录库中 (already in the directory)");
        }
        inspectors.saveAll(List.of(i), active, actor);
        auditLog.append(actor, isNew ? "GOV_INSPECTOR_ADDED" : "GOV_INSPECTOR_EDITED", "inspectors:" + i.id(),
                i.qualification() + ", unit " + i.unit() + ", relations " + String.join(";", i.relations())
                        + (active ? "" : ", inactive"));
    }

    /** Imports a targets file (the governance module's format); every row replaces the one with its code. */
    @Transactional
    int importTargets(String fileName, InputStream content, String actor) {
        List<InspectionTarget> rows = readUpload(fileName, content, DirectoryFiles::readTargets);
        int n = targets.saveAll(rows, "IMPORT", actor, true);
        auditLog.append(actor, "GOV_TARGETS_IMPORTED", "gov:targets", n + " rows from " + fileName);
        return n;
    }

    @Transactional
    int importInspectors(String fileName, InputStream content, String actor) {
        List<Inspector> rows = readUpload(fileName, content, DirectoryFiles::readInspectors);
        int n = inspectors.saveAll(rows, true, actor);
        auditLog.append(actor, "GOV_INSPECTORS_IMPORTED", "gov:inspectors", n + " rows from " + fileName);
        return n;
    }

    /**
     * A data set's institutions enter the target directory when a run finishes: new codes only, as
     * independent units (their own code) and unrated, so that a person's edits are never overwritten.
     */
    @EventListener
    void onRunFinished(RunFinished run) {
        Path file = run.dataset().resolve("institutions.csv");
        if (!Files.isRegularFile(file)) {
            log.info("run {}: no institutions.csv in {}, target directory unchanged", run.runId(), run.dataset());
            return;
        }
        try {
            int added = seedFrom(file, "system");
            log.info("run {}: {} new institutions in the inspection target directory", run.runId(), added);
        } catch (RuntimeException e) {
            log.warn("run {}: target directory not seeded from {}: {}", run.runId(), file, e.getMessage());
        }
    }

    @Transactional
    int seedFrom(Path institutionsCsv, String actor) {
        List<InspectionTarget> found = new ArrayList<>();
        for (CsvInput.Row row : CsvInput.read(institutionsCsv, INSTITUTION_COLUMNS)) {
            String code = row.required("fixmedins_code");
            found.add(new InspectionTarget(code, row.required("fixmedins_name"), row.required("fixmedins_type"),
                    row.optional("hosp_lv"), row.required("admdvs"), "", NEW_TARGET_GRADE, code));
        }
        int added = targets.saveAll(found, "RUN", actor, false);
        if (added > 0) {
            auditLog.append(actor, "GOV_TARGETS_SEEDED", "gov:targets", added + " institutions from " + institutionsCsv);
        }
        return added;
    }

    /**
     * A demonstration pool so that a fresh demo can draw at once: officers of the agency of each region
     * holding an enforcement card, and experts seconded from institutions of the directory (so that the
     * avoidance rule has something to avoid). Named by number only; never for production use.
     */
    @Transactional
    int demoInspectors(String actor) {
        if (inspectors.count() > 0) {
            throw GovernanceException.invalid("人员名录库已有数据，示例名录只用于空库演示 (the directory is not empty)");
        }
        List<InspectionTarget> all = targets.targets();
        if (all.isEmpty()) {
            throw GovernanceException.invalid("请先建立检查对象名录库 (import or seed the target directory first)");
        }
        TreeSet<String> regions = new TreeSet<>();
        all.forEach(t -> regions.add(t.region()));
        List<Inspector> pool = new ArrayList<>();
        String[] experts = {"临床医学专家", "药学专家", "医保结算专家", "财务审计专家"};
        int n = Math.max(12, all.size() / 4);
        List<String> regionList = List.copyOf(regions);
        for (int i = 0; i < n; i++) {
            String id = String.format("I%04d", i + 1);
            if (i % 2 == 0) {
                String region = regionList.get(i / 2 % regionList.size());
                pool.add(new Inspector(id, "执法人员" + (i + 1), "行政执法证", "医保局" + region, new TreeSet<>()));
            } else {
                // every second expert works at an institution of the directory and must not inspect it
                InspectionTarget home = all.get((i * 7919) % all.size());
                pool.add(new Inspector(id, "专家" + (i + 1), experts[i / 2 % experts.length], home.unit(),
                        new TreeSet<>(List.of(home.code()))));
            }
        }
        int written = inspectors.saveAll(pool, true, actor);
        auditLog.append(actor, "GOV_INSPECTORS_DEMO", "gov:inspectors", written + " demonstration inspectors");
        return written;
    }

    /** Reads an upload through the governance module's reader, under its own file name so errors name it. */
    private static <T> List<T> readUpload(String fileName, InputStream content, Function<Path, List<T>> reader) {
        String name = fileName == null || fileName.isBlank() ? "upload.csv"
                : Path.of(fileName.replace('\\', '/')).getFileName().toString();
        Path dir = null;
        try {
            dir = Files.createTempDirectory("fundguard-directory");
            Path file = dir.resolve(name);
            Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
            List<T> rows = reader.apply(file);
            if (rows.isEmpty()) {
                throw GovernanceException.invalid(name + ": no rows after the header");
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the upload " + name, e);
        } catch (org.fundguard.governance.files.InputFileException e) {
            // the reader names the temporary path; the user knows the file by its own name
            throw GovernanceException.invalid(e.getMessage().replace(dir.resolve(name).toString(), name));
        } finally {
            if (dir != null) {
                try (var files = Files.list(dir)) {
                    for (Path p : files.toList()) {
                        Files.deleteIfExists(p);
                    }
                    Files.deleteIfExists(dir);
                } catch (IOException ignored) {
                    // a temporary directory left behind is harmless
                }
            }
        }
    }
}
