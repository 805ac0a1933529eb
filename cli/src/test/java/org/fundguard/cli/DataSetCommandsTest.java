package org.fundguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fundguard.core.dataset.DataSet;
import org.fundguard.core.dataset.DataSets;
import org.fundguard.core.dataset.Table;
import org.fundguard.core.dataset.ValidationMode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataSetCommandsTest {
    @TempDir
    Path tmp;
    Path set;

    @BeforeEach
    void writeASmallValidSet() throws IOException {
        set = tmp.resolve("set");
        BenchDataSet.write(set, 400);
    }

    @Test
    void validateExitsZeroOnAValidSetAndPrintsTheCounts() {
        Run r = run("validate", set.toString());

        assertThat(r.code).isZero();
        assertThat(r.out).contains("fee_details.csv", "400", "0 error(s), 0 warning(s)");
    }

    @Test
    void validateExitsOneAndLocatesTheProblem() throws IOException {
        Path fees = set.resolve("fee_details.csv");
        List<String> lines = Files.readAllLines(fees);
        lines.set(3, lines.get(3).replaceFirst(",2025-", ",2025/"));
        Files.write(fees, lines);

        Run r = run("validate", set.toString());

        assertThat(r.code).isEqualTo(1);
        assertThat(r.out).contains("ERROR   fee_details.csv:4:fee_ocur_time: value '2025/");
    }

    @Test
    void lenientValidateQuarantinesTheBadRow() throws IOException {
        Path fees = set.resolve("fee_details.csv");
        List<String> lines = Files.readAllLines(fees);
        lines.set(10, lines.get(10).replaceFirst(",V100000001,", ",V999,"));
        Files.write(fees, lines);
        Path q = tmp.resolve("q");

        Run r = run("validate", set.toString(), "--lenient", "--quarantine", q.toString());

        assertThat(r.code).isEqualTo(1);
        assertThat(r.out).contains("1 rejected row(s) quarantined");
        assertThat(Files.readAllLines(q.resolve("fee_details.csv"))).hasSize(2);
    }

    @Test
    void validateExitsTwoOnAMissingDirectory() {
        Run r = run("validate", tmp.resolve("absent").toString());

        assertThat(r.code).isEqualTo(2);
        assertThat(r.err).contains("not a data set directory");
    }

    @Test
    void convertsToParquetAndBackWithoutChangingARecord() {
        Path pq = tmp.resolve("pq");
        Path csv = tmp.resolve("csv");

        assertThat(run("convert", set.toString(), "--to", "parquet", "--out", pq.toString()).code).isZero();
        assertThat(pq.resolve(Table.FEE_DETAILS.parquetFileName())).exists();
        assertThat(pq.resolve(Table.FEE_DETAILS.csvFileName())).doesNotExist();
        assertThat(run("convert", pq.toString(), "--to", "csv", "--out", csv.toString()).code).isZero();

        DataSet original = DataSets.load(set, ValidationMode.STRICT).requireValid();
        DataSet viaParquet = DataSets.load(pq, ValidationMode.STRICT).requireValid();
        assertThat(viaParquet).isEqualTo(original);
        assertThat(DataSets.load(csv, ValidationMode.STRICT).requireValid()).isEqualTo(original);
    }

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int code = FundGuard.run(args);
            return new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }
}
