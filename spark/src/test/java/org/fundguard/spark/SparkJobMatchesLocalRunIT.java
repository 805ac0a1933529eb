package org.fundguard.spark;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.fundguard.core.AgreementStatus;
import org.fundguard.core.Category;
import org.fundguard.core.FeeDetail;
import org.fundguard.core.SanctionStatus;
import org.fundguard.core.dataset.CsvTableWriter;
import org.fundguard.engine.Claim;
import org.fundguard.engine.rules.PersonClaims;
import org.fundguard.engine.rules.SanctionStatusCheck;
import org.fundguard.core.Lead;
import org.fundguard.core.dataset.DataSet;
import org.fundguard.core.dataset.Rows;
import org.fundguard.core.dataset.Table;
import org.fundguard.core.dataset.DataSets;
import org.fundguard.core.dataset.ValidationMode;
import org.fundguard.engine.Finding;
import org.fundguard.engine.Leads;
import org.fundguard.engine.Region;
import org.fundguard.engine.rules.Auditor;
import org.fundguard.engine.rules.RuleSet;
import org.fundguard.synth.SynthOptions;
import org.fundguard.synth.Synthesizer;
import org.fundguard.engine.models.ModelCatalogue;
import org.fundguard.engine.models.Screening;
import org.fundguard.engine.models.StageListener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spark local mode against the in-process run, on one generated region written as CSV and as typed Parquet. */
class SparkJobMatchesLocalRunIT {
    private static final long SEED = 20260301L;

    @TempDir
    static Path work;
    static SparkSession spark;
    static DataSet region;
    static Path csvDir;
    static List<Lead> expected;
    static List<Row> fromCsv;

    @BeforeAll
    static void startSparkAndWriteTheRegion() throws IOException {
        spark = FundGuardSparkJob.builder("fundguard-it").master("local[2]")
                .config("spark.sql.shuffle.partitions", "4")
                .config("spark.default.parallelism", "4")
                .config("spark.ui.enabled", "false")
                .getOrCreate();
        region = SmallRegion.generate(SEED, 600, 7);
        csvDir = Files.createDirectories(work.resolve("csv"));
        SmallRegion.writeCsv(region, csvDir);
        expected = LocalReference.leads(PlumbingModels.all(), region);
        fromCsv = ScreeningJob.of(PlumbingModels.all()).leads(spark, new DataSetDirectory(spark, csvDir.toString()))
                .collectAsList();
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    @Test
    void findsExactlyTheLeadsOfTheLocalRunFromCsv() {
        assertThat(expected).extracting(Lead::source).contains("MODEL:TEST-VISITS-PER-DAY",
                "MODEL:TEST-INSTITUTION-MEAN", "MODEL:TEST-PRACTITIONER-PERSON");
        assertThat(fromCsv.stream().map(SparkJobMatchesLocalRunIT::fields).toList())
                .containsExactlyInAnyOrderElementsOf(expected.stream().map(SparkJobMatchesLocalRunIT::fields).toList());
    }

    @Test
    void runsEveryRuleAndModelOnAGeneratedRegionWithTheLocalLeads() throws IOException {
        Path generated = work.resolve("synth");
        Synthesizer.generate(new SynthOptions(generated, 2_500, 3, SEED, LocalDate.of(2025, 1, 1)));
        DataSet data = DataSets.load(generated, ValidationMode.STRICT).requireValid();
        // what the screen command runs: the built-in rule library, then every catalogue model
        List<Finding> findings = new ArrayList<>(new Auditor(RuleSet.builtIn(), Region.of(data)).audit(data));
        findings.addAll(Screening.run(data, ModelCatalogue.standard(),
                new Screening.Options(2, List.of(), StageListener.SILENT)));
        List<List<Object>> local = findings.stream().map(Leads::of).map(SparkJobMatchesLocalRunIT::fields)
                .distinct().toList();

        List<Row> onSpark = Detectors.job().leads(spark, new DataSetDirectory(spark, generated.toString())).collectAsList();

        assertThat(local).extracting(f -> f.get(2).toString().substring(0, 5)).contains("RULE:", "MODEL");
        // the cross-person rule must have something to find, or the trace-code components go untested
        assertThat(local).extracting(f -> f.get(1)).contains(Category.TRACE_CODE_REUSE.name());
        assertThat(onSpark.stream().map(SparkJobMatchesLocalRunIT::fields).toList())
                .containsExactlyInAnyOrderElementsOf(local);
    }

    @Test
    void flagsServicesOfSuspendedSubjectsAsTheLocalAuditDoes() throws IOException {
        Path dir = Files.createDirectories(work.resolve("sanctioned"));
        SmallRegion.writeCsv(region, dir);
        FeeDetail some = region.feeDetails().get(region.feeDetails().size() / 2);
        LocalDate from = some.time().toLocalDate();
        List<SanctionStatus> statuses = List.of(
                new SanctionStatus(SanctionStatus.Subject.INSTITUTION, region.institutions().get(0).code(), null,
                        AgreementStatus.SUSPENDED, from, from.plusDays(20), "FG-TEST-1"),
                new SanctionStatus(SanctionStatus.Subject.PRACTITIONER, some.orderingPractitioner(), null,
                        AgreementStatus.TERMINATED, from, null, "FG-TEST-2"));
        try (CsvTableWriter w = CsvTableWriter.in(dir, Table.SANCTION_STATUS)) {
            for (SanctionStatus st : statuses) {
                w.write(new String[] {st.subjectType().code(), st.subjectCode(), "", st.status().code(),
                        st.from().toString(), st.to() == null ? "" : st.to().toString(), st.basis()});
            }
        }
        RuleSet rules = RuleSet.builtIn().onlyCategories(List.of(Category.UNQUALIFIED_PRACTITIONER));
        List<Finding> findings = new ArrayList<>(new Auditor(rules, Region.of(region)).audit(region));
        SanctionStatusCheck check = new SanctionStatusCheck(statuses);
        List<PersonClaims> persons = PersonClaims.group(region.visits(), region.feeDetails(), region.settlements()).persons();
        for (PersonClaims pc : persons) {
            for (Claim c : pc.claims()) {
                check.check(c, findings::add);
            }
        }
        List<List<Object>> local = findings.stream().map(Leads::of).map(SparkJobMatchesLocalRunIT::fields).distinct().toList();

        List<Row> onSpark = ScreeningJob.of(rules, List.of()).leads(spark, new DataSetDirectory(spark, dir.toString()))
                .collectAsList();

        assertThat(local).extracting(f -> f.get(2)).contains(SanctionStatusCheck.PRACTITIONER_SOURCE,
                SanctionStatusCheck.AGREEMENT_SOURCE);
        assertThat(onSpark.stream().map(SparkJobMatchesLocalRunIT::fields).toList())
                .containsExactlyInAnyOrderElementsOf(local);
    }

    @Test
    void keepsOneLeadPerSubjectWhenAModelNamesItFromTwoGroups() {
        // the fixture must hold the case (raw findings naming a subject twice), or this proves nothing
        assertThat(LocalReference.findings(PlumbingModels.all(), region)).hasSizeGreaterThan(expected.size());

        assertThat(fromCsv).extracting(r -> r.getString(0)).doesNotHaveDuplicates();
    }

    @Test
    void readsTypedParquetTablesLikeTheirCsv() throws IOException {
        Path parquetDir = Files.createDirectories(work.resolve("parquet"));
        for (Table t : List.of(Table.values())) {
            if (t == Table.LABELS || t == Table.LEADS || !Files.exists(csvDir.resolve(t.csvFileName()))) {
                continue; // evaluation tables, and the optional sanction_status this region has none of
            }
            Dataset<Row> csv = spark.read().option("header", "true").option("escape", "\"")
                    .csv(csvDir.resolve(t.csvFileName()).toString());
            typed(t, csv).write().parquet(parquetDir.resolve(t.parquetFileName()).toString());
        }

        List<Row> actual = ScreeningJob.of(PlumbingModels.all())
                .leads(spark, new DataSetDirectory(spark, parquetDir.toString())).collectAsList();

        assertThat(actual.stream().map(SparkJobMatchesLocalRunIT::fields).toList())
                .containsExactlyInAnyOrderElementsOf(expected.stream().map(SparkJobMatchesLocalRunIT::fields).toList());
    }

    @Test
    void writesLeadsCsvAsTheLocalCommandsDoAndParquetBeside() throws IOException {
        Path out = work.resolve("out");
        List<Row> rows = new ArrayList<>();
        for (Lead l : expected) {
            rows.add(LeadRows.of(l));
        }

        new LeadFiles(out.toString()).write(spark.createDataFrame(rows, LeadRows.SCHEMA));

        List<String> lines = Files.readAllLines(out.resolve("leads.csv"), StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo(String.join(",", Table.LEADS.columns()));
        List<String> expectedLines = new ArrayList<>();
        for (Lead l : expected) {
            expectedLines.add(csvLine(Rows.of(l)));
        }
        assertThat(lines.subList(1, lines.size())).containsExactlyInAnyOrderElementsOf(expectedLines);
        assertThat(spark.read().parquet(out.resolve("leads.parquet").toString()).count()).isEqualTo(expected.size());
    }

    @Test
    void appendsLeadsToADatabaseTableWithTheContractColumns() throws Exception {
        String url = "jdbc:h2:mem:fundguard-leads;DB_CLOSE_DELAY=-1";
        List<Row> rows = new ArrayList<>();
        long amountFen = 0;
        for (Lead l : expected) {
            rows.add(LeadRows.of(l));
            amountFen += l.amountFen();
        }

        new LeadTable(url, "LEADS_STAGING", "sa", "").write(spark.createDataFrame(rows, LeadRows.SCHEMA));

        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url, "sa", "");
                java.sql.ResultSet r = c.createStatement().executeQuery(
                        "select count(*), sum(\"amount\"), count(distinct \"lead_id\") from LEADS_STAGING")) {
            r.next();
            assertThat(r.getLong(1)).isEqualTo(expected.size());
            assertThat(r.getBigDecimal(2)).isEqualByComparingTo(BigDecimal.valueOf(amountFen, 2));
            assertThat(r.getLong(3)).isEqualTo(expected.size());
        }
    }

    @Test
    void namesTheFileAndColumnWhenAColumnIsMissing() throws IOException {
        Path broken = Files.createDirectories(work.resolve("missing-column"));
        SmallRegion.writeCsv(SmallRegion.generate(1, 5, 2), broken);
        Path visits = broken.resolve("visits.csv");
        List<String> rows = Files.readAllLines(visits);
        List<String> cut = new ArrayList<>();
        for (String r : rows) {
            cut.add(r.substring(0, r.lastIndexOf(',')));
        }
        Files.write(visits, cut);

        assertThatThrownBy(() -> new DataSetDirectory(spark, broken.toString()).claims())
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("visits.csv").hasMessageContaining("terminal_id");
    }

    @Test
    void namesTableRowAndFieldOfAnAmountWithThreeDecimals() throws IOException {
        Path broken = Files.createDirectories(work.resolve("bad-amount"));
        DataSet small = SmallRegion.generate(2, 5, 2);
        SmallRegion.writeCsv(small, broken);
        Path fees = broken.resolve("fee_details.csv");
        List<String> rows = new ArrayList<>(Files.readAllLines(fees));
        String[] f = rows.get(1).split(",", -1);
        f[8] = "12.345";
        rows.set(1, String.join(",", f));
        Files.write(fees, rows);

        assertThatThrownBy(() -> new DataSetDirectory(spark, broken.toString()).claims().count())
                .satisfies(e -> assertThat(FundGuardSparkJob.cause(e, InvalidInputException.class)).isNotNull()
                        .hasMessageContaining("fee_details").hasMessageContaining(f[0]).hasMessageContaining("pric"));
    }

    private static List<Object> fields(Lead l) {
        return List.of(l.leadId(), l.category().name(), l.source(), l.subjectType().name(), l.subjectId(),
                String.valueOf(l.institutionCode()), String.valueOf(l.psnNo()), l.score(),
                BigDecimal.valueOf(l.amountFen(), 2), String.join(";", l.evidence()), l.explanation());
    }

    private static List<Object> fields(Row r) {
        return List.of(r.getString(0), r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                String.valueOf(r.getString(5)), String.valueOf(r.getString(6)), r.getDouble(7), r.getDecimal(8),
                r.getString(9), r.getString(10));
    }

    private static String csvLine(String[] fields) {
        List<String> out = new ArrayList<>();
        for (String f : fields) {
            boolean quote = f.contains(",") || f.contains("\"") || f.contains("\n") || f.contains("\r");
            out.add(quote ? "\"" + f.replace("\"", "\"\"") + "\"" : f);
        }
        return String.join(",", out);
    }

    /** The columns as a typed Parquet export would hold them: decimals, timestamps, dates, integers. */
    private static Dataset<Row> typed(Table t, Dataset<Row> csv) {
        Map<String, String> types = Map.ofEntries(
                Map.entry("pric", "decimal(18,2)"), Map.entry("det_item_fee_sumamt", "decimal(18,2)"),
                Map.entry("cnt", "decimal(18,4)"), Map.entry("medfee_sumamt", "decimal(18,2)"),
                Map.entry("fulamt_ownpay_amt", "decimal(18,2)"), Map.entry("hifp_pay", "decimal(18,2)"),
                Map.entry("acct_pay", "decimal(18,2)"), Map.entry("psn_cash_pay", "decimal(18,2)"),
                Map.entry("fund_pay_sumamt", "decimal(18,2)"), Map.entry("price_cap", "decimal(18,2)"),
                Map.entry("begntime", "timestamp_ntz"), Map.entry("endtime", "timestamp_ntz"),
                Map.entry("fee_ocur_time", "timestamp_ntz"), Map.entry("setl_time", "timestamp"),
                Map.entry("brdy", "date"), Map.entry("death_date", "date"), Map.entry("beds", "int"),
                Map.entry("refd_setl_flag", "int"), Map.entry("purc_cnt", "decimal(18,4)"),
                Map.entry("inv_cnt", "decimal(18,4)"), Map.entry("lmt_age_min", "int"));
        List<Column> cols = new ArrayList<>();
        for (String c : csv.columns()) {
            cols.add(types.containsKey(c) ? col(c).cast(types.get(c)).as(c) : col(c));
        }
        return csv.select(cols.toArray(Column[]::new));
    }
}
