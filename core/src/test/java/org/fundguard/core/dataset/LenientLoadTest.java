package org.fundguard.core.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fundguard.core.FeeDetail;
import org.fundguard.core.Settlement;
import org.fundguard.core.Visit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LenientLoadTest {
    @TempDir
    Path tmp;

    @Test
    void quarantinesABadRowAndTheRowsThatReferToItAndLoadsTheRest() throws IOException {
        DataSetFixture f = DataSetFixture.valid();
        long visitLine = f.set(Table.VISITS, "V001", "begntime", "2025-13-03 09:00:00");
        f.set(Table.FEE_DETAILS, "F004", "pric", "12.333");
        Path quarantine = tmp.resolve("q");

        LoadResult r = DataSets.load(f.writeTo(tmp.resolve("set")), LoadOptions.lenient(quarantine));

        assertThat(r.dataSet().visits()).extracting(Visit::mdtrtId).containsExactly("V002", "V003");
        assertThat(r.dataSet().feeDetails()).extracting(FeeDetail::feedetlSn).containsExactly("F005");
        assertThat(r.dataSet().settlements()).extracting(Settlement::setlId).containsExactly("S002");
        assertThat(r.dataSet().persons()).hasSize(2);
        assertThat(r.report().table(Table.FEE_DETAILS).rejected()).isEqualTo(4);
        assertThat(r.report().table(Table.FEE_DETAILS).accepted()).isEqualTo(1);

        List<CsvRecord> visits = read(quarantine.resolve("visits.csv"));
        assertThat(visits.get(0).getFields()).endsWith("source_line", "reason");
        assertThat(visits).hasSize(2);
        assertThat(visits.get(1).getField(0)).isEqualTo("V001");
        assertThat(visits.get(1).getField(12)).isEqualTo(Long.toString(visitLine));
        assertThat(visits.get(1).getField(13)).contains("begntime: not a date-time");

        List<CsvRecord> fees = read(quarantine.resolve("fee_details.csv"));
        assertThat(fees.subList(1, fees.size())).extracting(rec -> rec.getField(0))
                .containsExactly("F001", "F002", "F003", "F004");
        assertThat(fees.get(1).getField(14)).isEqualTo("mdtrt_id: visit V001 was rejected (visits.csv:2)");
        assertThat(fees.get(4).getField(14)).contains("pric: more than 2 decimals");
        assertThat(read(quarantine.resolve("settlements.csv")).get(1).getField(13))
                .isEqualTo("mdtrt_id: visit V001 was rejected (visits.csv:2)");
        assertThat(Files.readString(quarantine.resolve("report.txt"))).contains("fee_details.csv", "error(s)");
        assertThat(read(quarantine.resolve("problems.csv"))).hasSize(1 + 1 + 4 + 1);
    }

    @Test
    void rejectingAPersonRejectsTheirVisitsAndThoseVisitsLines() {
        DataSetFixture f = DataSetFixture.valid();
        f.set(Table.PERSONS, "P002", "gend", "M");

        LoadResult r = DataSets.load(f.writeTo(tmp.resolve("set")), LoadOptions.lenient(tmp.resolve("q")));

        assertThat(r.dataSet().visits()).extracting(Visit::mdtrtId).containsExactly("V001", "V003");
        assertThat(r.dataSet().feeDetails()).extracting(FeeDetail::feedetlSn).doesNotContain("F004");
        assertThat(r.report().problems()).anySatisfy(p -> assertThat(p.toString())
                .isEqualTo("visits.csv:3:psn_no: value 'P002': person P002 was rejected (persons.csv:3)"));
        long read = r.report().tables().stream().mapToLong(TableCounts::rowsRead).sum();
        long kept = r.report().tables().stream().mapToLong(c -> c.accepted() + c.rejected()).sum();
        assertThat(kept).isEqualTo(read);
    }

    @Test
    void writesNoQuarantineFilesForACleanSet() {
        Path q = tmp.resolve("q");
        DataSets.load(DataSetFixture.valid().writeTo(tmp.resolve("set")), LoadOptions.lenient(q));

        assertThat(q.resolve("fee_details.csv")).doesNotExist();
        assertThat(q.resolve("report.txt")).exists();
    }

    private static List<CsvRecord> read(Path file) throws IOException {
        try (CsvReader<CsvRecord> r = CsvReader.builder().ofCsvRecord(file)) {
            return r.stream().toList();
        }
    }
}
