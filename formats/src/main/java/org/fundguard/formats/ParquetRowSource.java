package org.fundguard.formats;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;
import org.fundguard.core.dataset.RowBuffer;
import org.fundguard.core.dataset.RowSource;
import org.fundguard.core.dataset.Rows;

/**
 * Reads a Parquet table file as contract text, so Parquet and CSV go through the same validation.
 * The file's own schema decides how a value becomes text, so files written by other tools (Spark,
 * DuckDB: all-string columns, other decimal scales, micro- or nanosecond timestamps) read as well as
 * ours. Rows are numbered from 1.
 */
final class ParquetRowSource implements RowSource {
    private final ParquetFileReader reader;
    private final MessageType schema;
    private final List<String> header = new ArrayList<>();
    private RecordReader<Group> records;
    private long left;
    private long row;

    ParquetRowSource(Path file) throws IOException {
        // a plain configuration keeps Hadoop's Configuration (and its XML parser) out of reading
        this.reader = ParquetFileReader.open(new LocalInputFile(file),
                ParquetReadOptions.builder(new PlainParquetConfiguration()).build());
        this.schema = reader.getFooter().getFileMetaData().getSchema();
        for (Type t : schema.getFields()) {
            if (!t.isPrimitive() || t.isRepetition(Type.Repetition.REPEATED)) {
                reader.close();
                throw new IOException(file.getFileName() + ": column " + t.getName()
                        + " is nested or repeated; data set tables have flat columns");
            }
            header.add(t.getName());
        }
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public boolean next(RowBuffer out) throws IOException {
        while (left == 0) {
            PageReadStore pages = reader.readNextRowGroup();
            if (pages == null) {
                return false;
            }
            left = pages.getRowCount();
            records = new ColumnIOFactory().getColumnIO(schema).getRecordReader(pages,
                    new GroupRecordConverter(schema));
        }
        Group g = records.read();
        left--;
        out.begin(++row);
        for (int i = 0; i < header.size(); i++) {
            out.add(g.getFieldRepetitionCount(i) == 0 ? null : text(g, i, schema.getType(i).asPrimitiveType()));
        }
        return true;
    }

    private static String text(Group g, int i, PrimitiveType type) {
        LogicalTypeAnnotation logical = type.getLogicalTypeAnnotation();
        switch (type.getPrimitiveTypeName()) {
            case INT32:
                if (logical instanceof LogicalTypeAnnotation.DateLogicalTypeAnnotation) {
                    return LocalDate.ofEpochDay(g.getInteger(i, 0)).toString();
                }
                if (logical instanceof LogicalTypeAnnotation.DecimalLogicalTypeAnnotation d) {
                    return decimal(g.getInteger(i, 0), d.getScale());
                }
                return Integer.toString(g.getInteger(i, 0));
            case INT64:
                long v = g.getLong(i, 0);
                if (logical instanceof LogicalTypeAnnotation.DecimalLogicalTypeAnnotation d) {
                    return decimal(v, d.getScale());
                }
                if (logical instanceof LogicalTypeAnnotation.TimestampLogicalTypeAnnotation t) {
                    Instant at = switch (t.getUnit()) {
                        case MILLIS -> Instant.ofEpochMilli(v);
                        case MICROS -> Instant.ofEpochSecond(Math.floorDiv(v, 1_000_000L),
                                Math.floorMod(v, 1_000_000L) * 1000);
                        case NANOS -> Instant.ofEpochSecond(Math.floorDiv(v, 1_000_000_000L),
                                Math.floorMod(v, 1_000_000_000L));
                    };
                    // the contract's times are local; a UTC-adjusted column is shown in the region's zone
                    return Rows.dateTime(t.isAdjustedToUTC()
                            ? LocalDateTime.ofInstant(at, java.time.ZoneId.of("Asia/Shanghai"))
                            : LocalDateTime.ofInstant(at, ZoneOffset.UTC));
                }
                return Long.toString(v);
            case BOOLEAN:
                return g.getBoolean(i, 0) ? "1" : "0";
            case DOUBLE:
                return Double.toString(g.getDouble(i, 0));
            case FLOAT:
                return Float.toString(g.getFloat(i, 0));
            case BINARY:
            case FIXED_LEN_BYTE_ARRAY:
                if (logical instanceof LogicalTypeAnnotation.DecimalLogicalTypeAnnotation d) {
                    return new BigDecimal(new java.math.BigInteger(g.getBinary(i, 0).getBytes()), d.getScale())
                            .stripTrailingZeros().toPlainString();
                }
                return g.getString(i, 0);
            default:
                return g.getValueToString(i, 0);
        }
    }

    /** Unscaled value to text without trailing zeros beyond what the contract allows ("12.30" → "12.3"). */
    private static String decimal(long unscaled, int scale) {
        BigDecimal d = BigDecimal.valueOf(unscaled, scale).stripTrailingZeros();
        return d.scale() < 0 ? d.toBigInteger().toString() : d.toPlainString();
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
