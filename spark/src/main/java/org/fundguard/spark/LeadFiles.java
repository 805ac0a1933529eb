package org.fundguard.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.format_string;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;

/**
 * Leads as {@code leads.parquet} (Spark's directory of part files, typed) and {@code leads.csv}: one
 * contract CSV file, written the way the local commands write it (score with four decimals, the
 * amount in yuan, RFC 4180 quoting), so {@code fundguard eval} reads either.
 */
public final class LeadFiles implements LeadSink {
    private final String dir;

    public LeadFiles(String dir) {
        this.dir = dir.endsWith("/") ? dir.substring(0, dir.length() - 1) : dir;
    }

    @Override
    public void write(Dataset<Row> leads) {
        Dataset<Row> ordered = leads.orderBy("category", "subject_type", "subject_id", "source");
        ordered.write().mode(SaveMode.Overwrite).parquet(dir + "/leads.parquet");

        Column[] text = new Column[LeadRows.SCHEMA.fields().length];
        for (int i = 0; i < text.length; i++) {
            String name = LeadRows.SCHEMA.fields()[i].name();
            text[i] = switch (name) {
                case "score" -> format_string("%.4f", col(name)).as(name);
                case "amount" -> col(name).cast("string").as(name);
                default -> col(name);
            };
        }
        String parts = dir + "/leads.csv.parts";
        // leads are few next to fee lines: one writer keeps the contract's single file
        ordered.select(text).coalesce(1).write().mode(SaveMode.Overwrite)
                .option("header", "true")
                .option("escape", "\"")
                .option("emptyValue", "")
                .option("lineSep", "\n")
                .csv(parts);
        single(parts, dir + "/leads.csv", leads.sparkSession().sparkContext().hadoopConfiguration());
    }

    private static void single(String partsDir, String target, org.apache.hadoop.conf.Configuration hadoop) {
        try {
            Path parts = new Path(partsDir);
            FileSystem fs = parts.getFileSystem(hadoop);
            Path out = new Path(target);
            fs.delete(out, false);
            for (FileStatus f : fs.listStatus(parts)) {
                if (f.getPath().getName().startsWith("part-")) {
                    if (!fs.rename(f.getPath(), out)) {
                        throw new IOException("cannot move " + f.getPath() + " to " + out);
                    }
                }
            }
            fs.delete(parts, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }
}
