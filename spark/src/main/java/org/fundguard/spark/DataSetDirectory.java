package org.fundguard.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;

import com.esotericsoftware.kryo.io.Output;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.BiFunction;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.fundguard.core.FeeDetail;
import org.fundguard.core.Settlement;
import org.fundguard.core.Visit;
import org.fundguard.core.SanctionStatus;
import org.fundguard.core.dataset.Table;
import org.fundguard.engine.Region;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A data set directory (data-contract.md) on any file system Spark reaches (local, HDFS, S3...):
 * each table as {@code name.parquet} (a file or a directory of part files) or else {@code name.csv}.
 * The small reference tables are read into the driver; visits, fee lines and settlements stay
 * distributed and are brought together by visit id in Spark's own shuffle.
 */
public final class DataSetDirectory implements ClaimSource {
    private static final Logger LOG = LoggerFactory.getLogger(DataSetDirectory.class);

    private final SparkSession spark;
    private final String dir;

    public DataSetDirectory(SparkSession spark, String dir) {
        this.spark = spark;
        this.dir = dir.endsWith("/") ? dir.substring(0, dir.length() - 1) : dir;
    }

    @Override
    public Region region() {
        return new Region(
                collect(Table.PERSONS, ContractRecords::person),
                collect(Table.INSTITUTIONS, ContractRecords::institution),
                collect(Table.PRACTITIONERS, ContractRecords::practitioner),
                collect(Table.CATALOG, ContractRecords::catalogItem),
                collect(Table.ITEM_RULES, ContractRecords::itemRule),
                collect(Table.PURCHASES, ContractRecords::purchase),
                collect(Table.INVENTORY, ContractRecords::inventoryCount));
    }

    /** Read when present, as the local loader does: the table is optional. */
    @Override
    public List<SanctionStatus> sanctionStatus() {
        Table t = Table.SANCTION_STATUS;
        if (!exists(dir + "/" + t.parquetFileName()) && !exists(dir + "/" + t.csvFileName())) {
            return List.of();
        }
        return collect(t, ContractRecords::sanctionStatus);
    }

    /**
     * Visits, lines and settlements as one stream of tagged rows, shuffled by visit id and sorted by
     * (visit id, tag) inside each partition, so a claim is assembled from consecutive rows without
     * joins, aggregation buffers or holding a partition in memory.
     */
    @Override
    public Dataset<byte[]> claims() {
        Dataset<Row> tagged = tagged(read(Table.VISITS), 0, "visit")
                .unionByName(tagged(read(Table.FEE_DETAILS), 1, "line"), true)
                .unionByName(tagged(read(Table.SETTLEMENTS), 2, "settlement"), true);
        StructType schema = tagged.schema();
        return tagged.repartition(col("k")).sortWithinPartitions("k", "t")
                .mapPartitions(new AssembleClaims(schema.fieldIndex("visit"), schema.fieldIndex("line"),
                        schema.fieldIndex("settlement")), Encoders.BINARY());
    }

    @Override
    public long feeLines() {
        return read(Table.FEE_DETAILS).rows().count();
    }

    /** (k = visit id, t = tag, name = the row's contract columns in contract order). */
    private static Dataset<Row> tagged(Input table, int tag, String name) {
        Columns.of(table.table(), table.rows().schema(), table.file());
        List<String> names = table.table().columns();
        Column[] fields = new Column[names.size()];
        for (int i = 0; i < fields.length; i++) {
            fields[i] = col(names.get(i));
        }
        return table.rows().where(col("mdtrt_id").isNotNull())
                .select(col("mdtrt_id").cast("string").as("k"), lit(tag).as("t"), struct(fields).as(name));
    }

    private <T> List<T> collect(Table table, BiFunction<Columns, Row, T> map) {
        Input in = read(table);
        Columns columns = Columns.of(table, in.rows().schema(), in.file());
        List<T> out = new ArrayList<>();
        for (Row r : in.rows().collectAsList()) {
            out.add(map.apply(columns, r));
        }
        return out;
    }

    private Input read(Table table) {
        String parquet = dir + "/" + table.parquetFileName();
        String csv = dir + "/" + table.csvFileName();
        if (exists(parquet)) {
            return new Input(table, parquet, spark.read().parquet(parquet));
        }
        if (!exists(csv)) {
            throw new InvalidInputException(dir + ": table " + table.baseName() + " is missing (neither "
                    + table.parquetFileName() + " nor " + table.csvFileName() + ")");
        }
        Dataset<Row> rows = spark.read()
                .option("header", "true")
                .option("inferSchema", "false")
                .option("encoding", "UTF-8")
                .option("escape", "\"") // RFC 4180: a quote inside a field is doubled
                .option("mode", "FAILFAST")
                .csv(csv);
        String first = rows.columns()[0];
        if (!first.isEmpty() && first.charAt(0) == '\uFEFF') {
            rows = rows.withColumnRenamed(first, first.substring(1));
        }
        return new Input(table, csv, rows);
    }

    private boolean exists(String path) {
        try {
            Path p = new Path(path);
            FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
            return fs.exists(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot look for " + path, e);
        }
    }

    private record Input(Table table, String file, Dataset<Row> rows) {
        Input {
            List<String> unknown = new ArrayList<>(List.of(rows.columns()));
            unknown.removeAll(table.columns());
            if (!unknown.isEmpty()) {
                LOG.warn("{}: ignoring columns the contract does not know: {}", file, unknown);
            }
        }
    }

    /** Sorted tagged rows → claims: a visit row opens a claim, its lines and settlements follow it. */
    private static final class AssembleClaims implements MapPartitionsFunction<Row, byte[]> {
        private final int visitAt;
        private final int lineAt;
        private final int settlementAt;

        AssembleClaims(int visitAt, int lineAt, int settlementAt) {
            this.visitAt = visitAt;
            this.lineAt = lineAt;
            this.settlementAt = settlementAt;
        }

        @Override
        public Iterator<byte[]> call(Iterator<Row> rows) {
            Columns visits = Columns.inContractOrder(Table.VISITS);
            Columns lines = Columns.inContractOrder(Table.FEE_DETAILS);
            Columns settlements = Columns.inContractOrder(Table.SETTLEMENTS);
            Output buffer = ClaimCodec.buffer();
            return new Iterator<>() {
                private Row pending = rows.hasNext() ? rows.next() : null;
                private byte[] next;

                @Override
                public boolean hasNext() {
                    while (next == null && pending != null) {
                        next = assemble();
                    }
                    return next != null;
                }

                @Override
                public byte[] next() {
                    if (!hasNext()) {
                        throw new java.util.NoSuchElementException();
                    }
                    byte[] n = next;
                    next = null;
                    return n;
                }

                /** Consumes every row of one visit id; null when they had no visit (orphans: validate reports them). */
                private byte[] assemble() {
                    String key = pending.getString(0);
                    Visit visit = null;
                    List<FeeDetail> ls = new ArrayList<>();
                    List<Settlement> ss = new ArrayList<>(1);
                    while (pending != null && key.equals(pending.getString(0))) {
                        Row r = pending;
                        pending = rows.hasNext() ? rows.next() : null;
                        switch (r.getInt(1)) {
                            case 0 -> {
                                if (visit != null) {
                                    throw new InvalidInputException("visits: mdtrt_id " + key + " occurs more than once");
                                }
                                visit = ContractRecords.visit(visits, r.getStruct(visitAt));
                            }
                            case 1 -> ls.add(ContractRecords.feeDetail(lines, r.getStruct(lineAt)));
                            default -> ss.add(ContractRecords.settlement(settlements, r.getStruct(settlementAt)));
                        }
                    }
                    return visit == null ? null : ClaimCodec.encode(ClaimOrder.claim(visit, ls, ss), buffer);
                }
            };
        }
    }
}
