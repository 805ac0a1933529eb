package org.fundguard.core.dataset;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import org.fundguard.core.CatalogItem;
import org.fundguard.core.FeeDetail;
import org.fundguard.core.Institution;
import org.fundguard.core.InventoryCount;
import org.fundguard.core.ItemRule;
import org.fundguard.core.Person;
import org.fundguard.core.Practitioner;
import org.fundguard.core.Purchase;
import org.fundguard.core.SanctionStatus;
import org.fundguard.core.Settlement;
import org.fundguard.core.Visit;

/**
 * Reads and validates a data set directory (shared/spec/data-contract.md). Tables are read in an
 * order where every reference points backwards: institutions, practitioners, persons, catalog,
 * item_rules, then visits, fee_details, settlements, purchases, inventory, and sanction_status and
 * labels when present.
 * Each table is a CSV file or, with the formats module on the class path, a Parquet file.
 */
public final class DataSets {
    private DataSets() {
    }

    /** Loads the whole set into memory. */
    public static LoadResult load(Path dir, ValidationMode mode) {
        return load(dir, LoadOptions.of(mode));
    }

    public static LoadResult load(Path dir, LoadOptions options) {
        Collector c = new Collector();
        ValidationReport report = stream(dir, options, c);
        return new LoadResult(c.dataSet(), report, options.mode());
    }

    /** Validates without keeping any row. */
    public static ValidationReport validate(Path dir, LoadOptions options) {
        return stream(dir, options, new DataSetSink() {
        });
    }

    /**
     * Reads and validates the set table by table, handing each accepted row to {@code sink}; only
     * the keys of the rows stay in memory. In lenient mode rejected rows go to the quarantine
     * directory with a report; in strict mode nothing is written.
     *
     * @throws IllegalArgumentException when {@code dir} is not a directory
     * @throws UncheckedIOException when a file cannot be read (not for bad content: that is reported)
     */
    public static ValidationReport stream(Path dir, LoadOptions options, DataSetSink sink) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("not a data set directory: " + dir);
        }
        Quarantine quarantine = options.mode() == ValidationMode.LENIENT
                ? new Quarantine(cleared(options.quarantineIn(dir))) : null;
        ProblemLog log = new ProblemLog(options.maxProblems(), quarantine == null ? null : quarantine::problem);
        Reading r = new Reading(dir, log, quarantine, sink);
        References refs = r.refs;
        Interner codes = r.codes;
        r.table(new InstitutionRows(refs), sink::institution, true);
        r.table(new PractitionerRows(refs), sink::practitioner, true);
        r.table(new PersonRows(refs, codes), sink::person, true);
        r.table(new CatalogRows(refs, codes), sink::catalogItem, true);
        r.table(new ItemRuleRows(refs), sink::itemRule, true);
        r.table(new VisitRows(refs, codes), sink::visit, true);
        r.table(new FeeDetailRows(refs, codes), sink::feeDetail, true);
        r.table(new SettlementRows(refs), sink::settlement, true);
        r.table(new PurchaseRows(refs, codes), sink::purchase, true);
        r.table(new InventoryRows(refs, codes), sink::inventory, true);
        r.table(new SanctionStatusRows(refs), sink::sanctionStatus, false);
        r.table(new LabelRows(refs, true), sink::label, false);
        ValidationReport report = new ValidationReport(r.counts, log.listed(), log.errors(), log.warnings());
        if (quarantine != null) {
            quarantine.close();
            writeReport(quarantine.dir().resolve(Quarantine.REPORT_FILE), report);
        }
        return report;
    }

    private static final class Reading {
        final Path dir;
        final ProblemLog log;
        final Quarantine quarantine;
        final DataSetSink sink;
        final References refs = new References();
        final Interner codes = new Interner();
        final FieldText text = new FieldText();
        final List<TableCounts> counts = new ArrayList<>();

        Reading(Path dir, ProblemLog log, Quarantine quarantine, DataSetSink sink) {
            this.dir = dir;
            this.log = log;
            this.quarantine = quarantine;
            this.sink = sink;
        }

        <T> void table(TableRows<T> rows, Consumer<? super T> accepted, boolean required) {
            Table t = rows.table;
            List<Path> files = TableFiles.all(dir, t);
            TableCounts c;
            if (files.isEmpty()) {
                if (required) {
                    log.add(new Problem(t.csvFileName(), 0, null, null, "table file is missing", Severity.ERROR));
                }
                c = new TableCounts(t, null, 0, 0, 0, required ? 1 : 0, 0, 0, 0);
            } else {
                Path file = files.get(0);
                String name = file.getFileName().toString();
                if (files.size() > 1) {
                    log.add(new Problem(name, 0, null, null, "also present as " + files.get(1).getFileName()
                            + "; reading " + name + " only", Severity.WARNING));
                }
                refs.of(t).file(name);
                if (t == Table.PRACTITIONERS) {
                    refs.practitionerCodes.file(name);
                }
                try (RowSource source = TableFiles.open(file)) {
                    c = TableLoad.run(rows, name, source, Files.size(file), refs, log, text, quarantine, accepted);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + file, e);
                }
            }
            counts.add(c);
            sink.tableDone(c);
        }
    }

    private static Path cleared(Path quarantineDir) {
        try {
            for (Table t : Table.values()) {
                Files.deleteIfExists(quarantineDir.resolve(t.csvFileName()));
            }
            Files.deleteIfExists(quarantineDir.resolve(Quarantine.PROBLEMS_FILE));
            Files.deleteIfExists(quarantineDir.resolve(Quarantine.REPORT_FILE));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear quarantine directory " + quarantineDir, e);
        }
        return quarantineDir;
    }

    private static void writeReport(Path file, ValidationReport report) {
        try {
            Files.createDirectories(file.getParent());
            try (PrintStream out = new PrintStream(Files.newOutputStream(file), false, StandardCharsets.UTF_8)) {
                report.print(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static final class Collector implements DataSetSink {
        final List<Institution> institutions = new ArrayList<>();
        final List<Practitioner> practitioners = new ArrayList<>();
        final List<Person> persons = new ArrayList<>();
        final List<CatalogItem> catalog = new ArrayList<>();
        final List<ItemRule> itemRules = new ArrayList<>();
        final List<Visit> visits = new ArrayList<>();
        final List<FeeDetail> feeDetails = new ArrayList<>();
        final List<Settlement> settlements = new ArrayList<>();
        final List<Purchase> purchases = new ArrayList<>();
        final List<InventoryCount> inventory = new ArrayList<>();
        final List<SanctionStatus> sanctionStatus = new ArrayList<>();

        @Override public void institution(Institution r) { institutions.add(r); }
        @Override public void practitioner(Practitioner r) { practitioners.add(r); }
        @Override public void person(Person r) { persons.add(r); }
        @Override public void catalogItem(CatalogItem r) { catalog.add(r); }
        @Override public void itemRule(ItemRule r) { itemRules.add(r); }
        @Override public void visit(Visit r) { visits.add(r); }
        @Override public void feeDetail(FeeDetail r) { feeDetails.add(r); }
        @Override public void settlement(Settlement r) { settlements.add(r); }
        @Override public void purchase(Purchase r) { purchases.add(r); }
        @Override public void inventory(InventoryCount r) { inventory.add(r); }
        @Override public void sanctionStatus(SanctionStatus r) { sanctionStatus.add(r); }

        DataSet dataSet() {
            return new DataSet(fixed(institutions), fixed(practitioners), fixed(persons), fixed(catalog),
                    fixed(itemRules), fixed(visits), fixed(feeDetails), fixed(settlements), fixed(purchases),
                    fixed(inventory), fixed(sanctionStatus));
        }

        private static <T> List<T> fixed(List<T> l) {
            return Collections.unmodifiableList(l);
        }
    }
}
