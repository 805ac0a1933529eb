package org.fundguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
        CommandRun r = CommandRun.of("validate", set.toString());

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("fee_details.csv", "400", "0 error(s), 0 warning(s)");
    }

    @Test
    void validateExitsOneAndLocatesTheProblem() throws IOException {
        Path fees = set.resolve("fee_details.csv");
        List<String> lines = Files.readAllLines(fees);
        lines.set(3, lines.get(3).replaceFirst(",2025-", ",2025/"));
        Files.write(fees, lines);

        CommandRun r = CommandRun.of("validate", set.toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("ERROR   fee_details.csv:4:fee_ocur_time: value '2025/");
    }

    @Test
    void lenientValidateQuarantinesTheBadRow() throws IOException {
        Path fees = set.resolve("fee_details.csv");
        List<String> lines = Files.readAllLines(fees);
        lines.set(10, lines.get(10).replaceFirst(",V100000001,", ",V999,"));
        Files.write(fees, lines);
        Path q = tmp.resolve("q");

        CommandRun r = CommandRun.of("validate", set.toString(), "--lenient", "--quarantine", q.toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("1 rejected row(s) quarantined");
        assertThat(Files.readAllLines(q.resolve("fee_details.csv"))).hasSize(2);
    }

    @Test
    void validateExitsTwoOnAMissingDirectory() {
        CommandRun r = CommandRun.of("validate", tmp.resolve("absent").toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("not a data set directory");
    }

    @Test
    void convertsToParquetAndBackWithoutChangingARecord() {
        Path pq = tmp.resolve("pq");
        Path csv = tmp.resolve("csv");

        assertThat(CommandRun.of("convert", set.toString(), "--to", "parquet", "--out", pq.toString()).exit()).isZero();
        assertThat(pq.resolve(Table.FEE_DETAILS.parquetFileName())).exists();
        assertThat(pq.resolve(Table.FEE_DETAILS.csvFileName())).doesNotExist();
        assertThat(CommandRun.of("convert", pq.toString(), "--to", "csv", "--out", csv.toString()).exit()).isZero();

        DataSet original = DataSets.load(set, ValidationMode.STRICT).requireValid();
        DataSet viaParquet = DataSets.load(pq, ValidationMode.STRICT).requireValid();
        assertThat(viaParquet).isEqualTo(original);
        assertThat(DataSets.load(csv, ValidationMode.STRICT).requireValid()).isEqualTo(original);
    }

}
