package org.fundguard.formats;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.MessageType;
import org.fundguard.core.Money;
import org.fundguard.core.Quantity;
import org.fundguard.core.dataset.Table;

/**
 * Streams contract rows (the column order and text of {@link Table}, as {@code Rows} renders them)
 * into {@code <table>.parquet} with typed columns ({@link ParquetSchemas}). Feed it validated rows:
 * a value that does not parse as its column's type is refused with the column named.
 */
public final class ParquetTableWriter implements Closeable {
    private final Table table;
    private final List<String> columns;
    private final ParquetSchemas.Kind[] kinds;
    private final SimpleGroupFactory groups;
    private final ParquetWriter<Group> writer;
    private long rows;

    public ParquetTableWriter(Path file, Table table) {
        this.table = table;
        this.columns = table.columns();
        MessageType schema = ParquetSchemas.of(table);
        this.kinds = new ParquetSchemas.Kind[columns.size()];
        for (int i = 0; i < kinds.length; i++) {
            kinds[i] = ParquetSchemas.kind(table, columns.get(i));
        }
        this.groups = new SimpleGroupFactory(schema);
        try {
            this.writer = ExampleParquetWriter.builder(new LocalOutputFile(file))
                    .withConf(new PlainParquetConfiguration())
                    .withType(schema)
                    // every compressing codec goes through Hadoop's codec factory, which needs a Hadoop
                    // Configuration and its XML stack; dictionary and RLE encoding already shrink the
                    // repetitive columns (docs/adr/0002-parquet.md)
                    .withCompressionCodec(CompressionCodecName.UNCOMPRESSED)
                    .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    public static ParquetTableWriter in(Path dir, Table table) {
        return new ParquetTableWriter(dir.resolve(table.parquetFileName()), table);
    }

    /** One row in contract column order; empty strings and nulls become Parquet nulls. */
    public void write(String[] row) {
        if (row.length != columns.size()) {
            throw new IllegalArgumentException("row has " + row.length + " fields, table has " + columns.size());
        }
        Group g = groups.newGroup();
        for (int i = 0; i < row.length; i++) {
            String v = row[i];
            if (v == null || v.isEmpty()) {
                continue;
            }
            try {
                switch (kinds[i]) {
                    case STRING -> g.append(columns.get(i), v);
                    case DATE -> g.append(columns.get(i), (int) LocalDate.parse(v).toEpochDay());
                    case DATE_TIME -> g.append(columns.get(i), LocalDateTime.parse(v.replace(' ', 'T'))
                            .toInstant(ZoneOffset.UTC).toEpochMilli());
                    case MONEY -> g.append(columns.get(i), Money.parseFen(v));
                    case QUANTITY -> g.append(columns.get(i), Quantity.parse(v));
                    case INT -> g.append(columns.get(i), Integer.parseInt(v));
                    case DOUBLE -> g.append(columns.get(i), Double.parseDouble(v));
                }
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(table.parquetFileName() + ": row " + (rows + 1) + ": "
                        + columns.get(i) + ": value '" + v + "' is not a " + kinds[i].name().toLowerCase()
                        + " (validate the set first)", e);
            }
        }
        try {
            writer.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + table.parquetFileName(), e);
        }
        rows++;
    }

    public long rows() {
        return rows;
    }

    @Override
    public void close() {
        try {
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot finish " + table.parquetFileName(), e);
        }
    }
}
