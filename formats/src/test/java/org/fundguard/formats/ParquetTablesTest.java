package org.fundguard.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.fundguard.core.dataset.RowBuffer;
import org.fundguard.core.dataset.RowSource;
import org.fundguard.core.dataset.Table;
import org.fundguard.core.dataset.TableFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParquetTablesTest {
    @TempDir
    Path tmp;

    private static final String[] REFUND = {"F9", "V1", "P1", "H11010500001", "2025-03-03 09:05:00",
        "001102000010000", "", "-2.5", "12.30", "-30.75", "", "", ""};
    private static final String[] DRUG = {"F10", "V1", "P1", "H11010500001", "2024-02-29 23:59:59",
        "XA01ABD075A002010100483", "L7", "0.0001", "0", "0.00", "D110105000001", "0301", "8123;8124"};

    @Test
    void writesTypedColumnsAndReadsBackTheSameContractText() throws IOException {
        try (ParquetTableWriter w = ParquetTableWriter.in(tmp, Table.FEE_DETAILS)) {
            w.write(REFUND);
            w.write(DRUG);
        }
        Path file = tmp.resolve("fee_details.parquet");

        List<String[]> rows = new ArrayList<>();
        try (RowSource s = TableFiles.open(file)) {
            assertThat(s.header()).isEqualTo(Table.FEE_DETAILS.columns());
            RowBuffer row = new RowBuffer();
            while (s.next(row)) {
                rows.add(row.texts());
            }
        }

        assertThat(rows.get(0)).containsExactly("F9", "V1", "P1", "H11010500001", "2025-03-03 09:05:00",
                "001102000010000", "", "-2.5", "12.3", "-30.75", "", "", "");
        assertThat(rows.get(1)).containsExactly(DRUG[0], DRUG[1], DRUG[2], DRUG[3], DRUG[4], DRUG[5], DRUG[6],
                "0.0001", "0", "0", DRUG[10], DRUG[11], DRUG[12]);
        try (ParquetFileReader r = ParquetFileReader.open(new LocalInputFile(file),
                ParquetReadOptions.builder(new PlainParquetConfiguration()).build())) {
            MessageType schema = r.getFooter().getFileMetaData().getSchema();
            assertThat(schema.getType("pric").asPrimitiveType().getPrimitiveTypeName())
                    .isEqualTo(PrimitiveTypeName.INT64);
            assertThat(schema.getType("fee_ocur_time").getLogicalTypeAnnotation().toString()).startsWith("TIMESTAMP");
        }
    }

    @Test
    void refusesAValueThatIsNotOfItsColumnsType() {
        String[] bad = REFUND.clone();
        bad[8] = "12.345";
        try (ParquetTableWriter w = ParquetTableWriter.in(tmp, Table.FEE_DETAILS)) {
            assertThatThrownBy(() -> w.write(bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("pric: value '12.345'");
        }
    }
}
