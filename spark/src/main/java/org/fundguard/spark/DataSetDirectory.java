package org.fundguard.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.struct;

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
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.fundguard.core.FeeDetail;
import org.fundguard.core.Settlement;
import org.fundguard.core.Visit;
import org.fundguard.core.dataset.Table;
import org.fundguard.engine.Claim;
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
    static final Encoder<Claim> CLAIMS = Encoders.kryo(Claim.class);
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

    @Override
    public Dataset<Claim> claims() {
        Input visits = read(Table.VISITS);
        Dataset<Row> lines = nested(read(Table.FEE_DETAILS), "lines");
        Dataset<Row> settlements = nested(read(Table.SETTLEMENTS), "settlements");
        Dataset<Row> joined = visits.rows()
                .join(lines, visits.rows().col("mdtrt_id").equalTo(lines.col("lines_visit")), "left")
                .join(settlements, visits.rows().col("mdtrt_id").equalTo(settlements.col("settlements_visit")), "left");
        StructType schema = joined.schema();
        Columns visitColumns = Columns.of(Table.VISITS, schema, visits.file());
        int linesAt = schema.fieldIndex("lines");
        int settlementsAt = schema.fieldIndex("settlements");
        return joined.mapPartitions(new ToClaims(visitColumns, linesAt, settlementsAt), CLAIMS);
    }

    @Override
    public long feeLines() {
        return read(Table.FEE_DETAILS).rows().count();
    }

    /** A table's rows in contract column order, packed into one array per visit. */
    private static Dataset<Row> nested(Input table, String name) {
        Columns.of(table.table(), table.rows().schema(), table.file());
        List<String> names = table.table().columns();
        Column[] fields = new Column[names.size()];
        for (int i = 0; i < fields.length; i++) {
            fields[i] = col(names.get(i));
        }
        return table.rows()
                .groupBy(col("mdtrt_id").as(name + "_visit"))
                .agg(collect_list(struct(fields)).as(name));
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

    /** visit row + its nested lines and settlements → a claim, lines and settlements in the engine's order. */
    private static final class ToClaims implements MapPartitionsFunction<Row, Claim> {
        private final Columns visit;
        private final int linesAt;
        private final int settlementsAt;

        ToClaims(Columns visit, int linesAt, int settlementsAt) {
            this.visit = visit;
            this.linesAt = linesAt;
            this.settlementsAt = settlementsAt;
        }

        @Override
        public Iterator<Claim> call(Iterator<Row> rows) {
            Columns line = Columns.inContractOrder(Table.FEE_DETAILS);
            Columns settlement = Columns.inContractOrder(Table.SETTLEMENTS);
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return rows.hasNext();
                }

                @Override
                public Claim next() {
                    Row r = rows.next();
                    Visit v = ContractRecords.visit(visit, r);
                    List<FeeDetail> ls = new ArrayList<>();
                    if (!r.isNullAt(linesAt)) {
                        for (Row l : r.<Row>getList(linesAt)) {
                            ls.add(ContractRecords.feeDetail(line, l));
                        }
                    }
                    List<Settlement> ss = new ArrayList<>(1);
                    if (!r.isNullAt(settlementsAt)) {
                        for (Row s : r.<Row>getList(settlementsAt)) {
                            ss.add(ContractRecords.settlement(settlement, s));
                        }
                    }
                    return ClaimOrder.claim(v, ls, ss);
                }
            };
        }
    }
}
