package org.fundguard.core.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fundguard.core.dataset.DataSetFixture.HOSPITAL;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.fundguard.core.FeeDetail;
import org.fundguard.core.Quantity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DataSetsTest {
    @TempDir
    Path tmp;

    @Test
    void acceptsAValidSetWithoutProblems() {
        DataSetFixture f = DataSetFixture.valid();
        LoadResult r = DataSets.load(f.writeTo(tmp), ValidationMode.STRICT);

        assertThat(r.report().problems()).isEmpty();
        DataSet d = r.requireValid();
        assertThat(d.feeDetails()).hasSize(f.rows(Table.FEE_DETAILS));
        assertThat(d.visits()).hasSize(3);
        FeeDetail f003 = d.feeDetails().get(2);
        assertThat(f003.cnt()).isEqualTo(Quantity.parse("2.5"));
        assertThat(f003.amountFen()).isEqualTo(3083);
        assertThat(f003.time()).isEqualTo(DataSetFixture.MARCH_3_9AM.plusMinutes(5));
        assertThat(f003.traceCodes()).containsExactly("81234567890123456789");
        assertThat(r.report().table(Table.FEE_DETAILS).accepted()).isEqualTo(5);
        assertThat(r.report().table(Table.LABELS).present()).isFalse();
    }

    static Stream<Arguments> badValues() {
        return Stream.of(
                Arguments.of(Table.PERSONS, "P002", "brdy", "1975-02-30", "not a date"),
                Arguments.of(Table.VISITS, "V002", "begntime", "2025-03-03T09:00:00", "not a date-time"),
                Arguments.of(Table.FEE_DETAILS, "F002", "pric", "40.505", "more than 2 decimals"),
                Arguments.of(Table.VISITS, "V001", "med_type", "99", "unknown code"),
                Arguments.of(Table.FEE_DETAILS, "F001", "mdtrt_id", "V999", "unknown visit"),
                Arguments.of(Table.VISITS, "V003", "psn_no", "P999", "unknown person"),
                Arguments.of(Table.PRACTITIONERS, DataSetFixture.DOCTOR, "fixmedins_code", "H99999999999",
                        "unknown institution"),
                Arguments.of(Table.FEE_DETAILS, "F003", "med_list_codg", "XA0000000000000000000000",
                        "unknown catalogue code"),
                Arguments.of(Table.FEE_DETAILS, "F004", "det_item_fee_sumamt", "36.98", "is not cnt × pric"),
                Arguments.of(Table.VISITS, "V001", "endtime", "2025-03-03 08:59:59", "before begntime"),
                Arguments.of(Table.SETTLEMENTS, "S002", "setl_id", "S001", "duplicate key"),
                Arguments.of(Table.FEE_DETAILS, "F005", "psn_no", "P002", "differs from psn_no P001"),
                Arguments.of(Table.SETTLEMENTS, "S001", "mdtrt_id", "V404", "unknown visit"),
                Arguments.of(Table.ITEM_RULES, DataSetFixture.BLOOD_TEST, "code_b", "999", "unknown catalogue code"),
                Arguments.of(Table.INSTITUTIONS, HOSPITAL, "beds", "-3", "not a whole number"),
                Arguments.of(Table.CATALOG, DataSetFixture.NEEDLE, "key_monitored", "Y", "not a flag"));
    }

    @ParameterizedTest(name = "{0}.{2} = {3}")
    @MethodSource("badValues")
    void reportsABadValueWithFileLineAndField(Table table, String id, String column, String value, String reason) {
        DataSetFixture f = DataSetFixture.valid();
        long line = f.set(table, id, column, value);

        LoadResult r = DataSets.load(f.writeTo(tmp), ValidationMode.STRICT);

        assertThat(r.report().hasErrors()).isTrue();
        Problem p = r.report().problems().get(0);
        assertThat(p.severity()).isEqualTo(Severity.ERROR);
        assertThat(p.file()).isEqualTo(table.csvFileName());
        assertThat(p.line()).isEqualTo(line);
        assertThat(p.field()).isEqualTo(column);
        assertThat(p.reason()).contains(reason);
        assertThat(p.toString()).startsWith(table.csvFileName() + ":" + line + ":" + column + ": ");
        assertThatThrownBy(r::requireValid).isInstanceOf(InvalidDataSetException.class);
    }

    @Test
    void reportsEveryBadValueOfASetNotOnlyTheFirst() {
        DataSetFixture f = DataSetFixture.valid();
        // rows of the activity tables refer to nothing that another case breaks, so none hides another
        List<Arguments> cases = badValues().filter(a -> a.get()[0] == Table.FEE_DETAILS
                || a.get()[0] == Table.SETTLEMENTS || a.get()[0] == Table.ITEM_RULES).toList();
        for (Arguments a : cases) {
            Object[] c = a.get();
            f.set((Table) c[0], (String) c[1], (String) c[2], (String) c[3]);
        }

        ValidationReport report = DataSets.validate(f.writeTo(tmp), LoadOptions.strict());

        for (Arguments a : cases) {
            Object[] c = a.get();
            assertThat(report.problems()).as("%s.%s", c[0], c[2]).anySatisfy(p -> {
                assertThat(p.file()).isEqualTo(((Table) c[0]).csvFileName());
                assertThat(p.field()).isEqualTo(c[2]);
                assertThat(p.reason()).contains((String) c[4]);
            });
        }
    }

    @Test
    void formatsAProblemForPeople() {
        DataSetFixture f = DataSetFixture.valid();
        f.set(Table.FEE_DETAILS, "F002", "pric", "12.345");

        ValidationReport report = DataSets.validate(f.writeTo(tmp), LoadOptions.strict());

        assertThat(report.problems().get(0).toString())
                .isEqualTo("fee_details.csv:3:pric: value '12.345': more than 2 decimals in a yuan amount");
    }

    @Test
    void masksPersonalDataInProblems() {
        DataSetFixture f = DataSetFixture.valid();
        f.set(Table.PERSONS, "P001", "certno", withWrongCheckDigit(DataSetFixture.certno("11010519600517001")));

        ValidationReport report = DataSets.validate(f.writeTo(tmp), LoadOptions.strict());

        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.value()).matches("110105\\*{8}001.");
            assertThat(p.toString()).doesNotContain("19600517");
        });
    }

    @Test
    void missingRequiredColumnIsAnErrorAndMissingOptionalColumnAWarning() {
        DataSetFixture f = DataSetFixture.valid().withoutColumn(Table.SETTLEMENTS, "hifp_pay")
                .withoutColumn(Table.PERSONS, "phone");

        LoadResult r = DataSets.load(f.writeTo(tmp), ValidationMode.STRICT);

        assertThat(r.report().problems()).anySatisfy(p -> {
            assertThat(p.toString()).isEqualTo("settlements.csv:1:hifp_pay: required column is missing");
            assertThat(p.severity()).isEqualTo(Severity.ERROR);
        });
        assertThat(r.report().problems()).anySatisfy(p -> {
            assertThat(p.field()).isEqualTo("phone");
            assertThat(p.severity()).isEqualTo(Severity.WARNING);
        });
        assertThat(r.report().table(Table.SETTLEMENTS).rejected()).isEqualTo(2);
        assertThat(r.report().table(Table.PERSONS).rejected()).isZero();
        assertThat(r.dataSet().persons()).allSatisfy(p -> assertThat(p.phone()).isNull());
    }

    @Test
    void reportsAMissingTableFile() {
        DataSetFixture f = DataSetFixture.valid().remove(Table.INVENTORY);

        ValidationReport report = DataSets.validate(f.writeTo(tmp), LoadOptions.strict());

        assertThat(report.problems()).singleElement().hasToString("inventory.csv: table file is missing");
    }

    @Test
    void codeShapesAreWarningsOnly() {
        DataSetFixture f = DataSetFixture.valid();
        f.set(Table.PERSONS, "P002", "certno", withWrongCheckDigit(DataSetFixture.certno("11010519750101002")));
        f.set(Table.CATALOG, DataSetFixture.NEEDLE, "med_list_codg", "N0102030100000000001");
        f.set(Table.INSTITUTIONS, DataSetFixture.PHARMACY, "fixmedins_code", "P110105");
        f.set(Table.PRACTITIONERS, DataSetFixture.PHARMACIST, "fixmedins_code", "P110105");
        f.set(Table.VISITS, "V002", "fixmedins_code", "P110105");
        f.set(Table.FEE_DETAILS, "F004", "fixmedins_code", "P110105");
        f.set(Table.FEE_DETAILS, "F005", "med_list_codg", "N0102030100000000001");
        f.set(Table.SETTLEMENTS, "S002", "fixmedins_code", "P110105");
        f.set(Table.PURCHASES, "PU001", "fixmedins_code", "P110105");
        f.set(Table.INVENTORY, "P11010500002", "fixmedins_code", "P110105");

        LoadResult r = DataSets.load(f.writeTo(tmp), ValidationMode.STRICT);

        assertThat(r.report().hasErrors()).isFalse();
        assertThat(r.report().problems()).extracting(Problem::field)
                .containsExactlyInAnyOrder("fixmedins_code", "certno", "med_list_codg");
        assertThat(r.report().problems()).allSatisfy(p -> assertThat(p.severity()).isEqualTo(Severity.WARNING));
        assertThat(r.requireValid().feeDetails()).hasSize(5);
    }

    @Test
    void acceptsABomReorderedColumnsAndWarnsOfUnknownColumns() {
        DataSetFixture f = DataSetFixture.valid().withBom(Table.FEE_DETAILS).reversed(Table.FEE_DETAILS)
                .withBom(Table.INSTITUTIONS).withExtraColumn(Table.VISITS, "remark");

        LoadResult r = DataSets.load(f.writeTo(tmp), ValidationMode.STRICT);

        assertThat(r.report().hasErrors()).isFalse();
        assertThat(r.report().problems()).singleElement()
                .hasToString("visits.csv:1:remark: unknown column, ignored");
        assertThat(r.dataSet().feeDetails().get(0).feedetlSn()).isEqualTo("F001");
        assertThat(r.dataSet().feeDetails().get(0).priceFen()).isEqualTo(2500);
        assertThat(r.dataSet().institutions().get(0).code()).isEqualTo(HOSPITAL);
    }

    @Test
    void countsPhysicalLinesPastAQuotedFieldWithANewline() {
        DataSetFixture f = DataSetFixture.valid();
        f.set(Table.VISITS, "V001", "terminal_id", "T01\nsecond line\nthird line");
        f.set(Table.VISITS, "V003", "med_type", "77");

        ValidationReport report = DataSets.validate(f.writeTo(tmp), LoadOptions.strict());

        // V003 is the third row: line 4 without the two embedded newlines, line 6 with them
        assertThat(report.problems().get(0)).hasToString(
                "visits.csv:6:med_type: value '77': unknown code; expected one of 11, 13, 14, 21, 41");
    }

    @Test
    void rejectsARowWithTheWrongNumberOfFields() throws IOException {
        Path dir = DataSetFixture.valid().writeTo(tmp);
        Files.writeString(dir.resolve("inventory.csv"), "P11010500002,x\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);

        ValidationReport report = DataSets.validate(dir, LoadOptions.strict());

        assertThat(report.problems()).singleElement()
                .hasToString("inventory.csv:3: row has 2 fields, the header has 4");
        assertThat(report.table(Table.INVENTORY).rowsRead()).isEqualTo(2);
        assertThat(report.table(Table.INVENTORY).rejected()).isEqualTo(1);
    }

    @Test
    void countsEveryProblemButListsOnlyTheCap() {
        DataSetFixture f = DataSetFixture.valid();
        for (String id : List.of("F001", "F002", "F003", "F004", "F005")) {
            f.set(Table.FEE_DETAILS, id, "fee_ocur_time", "yesterday");
        }

        ValidationReport report = DataSets.validate(f.writeTo(tmp), LoadOptions.strict().withMaxProblems(2));

        assertThat(report.errorCount()).isEqualTo(5);
        assertThat(report.problems()).hasSize(2);
        assertThat(report.unlisted()).isEqualTo(3);
    }

    @Test
    void streamsAcceptedRowsWithoutKeepingThem() {
        DataSetFixture f = DataSetFixture.valid();
        AtomicLong fen = new AtomicLong();

        ValidationReport report = DataSets.stream(f.writeTo(tmp), LoadOptions.strict(), new DataSetSink() {
            @Override
            public void feeDetail(FeeDetail r) {
                fen.addAndGet(r.amountFen());
            }
        });

        assertThat(report.hasErrors()).isFalse();
        assertThat(fen.get()).isEqualTo(2500 + 4050 + 3083 + 3699 - 800);
    }

    private static String withWrongCheckDigit(String certno) {
        return certno.substring(0, 17) + (certno.charAt(17) == '1' ? '2' : '1');
    }

    @Test
    void refusesSomethingThatIsNotADirectory() {
        assertThatThrownBy(() -> DataSets.load(tmp.resolve("nope"), ValidationMode.STRICT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a data set directory");
    }
}
