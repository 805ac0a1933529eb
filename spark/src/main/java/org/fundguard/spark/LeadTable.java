package org.fundguard.spark;

import java.util.Properties;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;

/**
 * Leads appended to a table of the platform's PostgreSQL (or any JDBC database) with the contract's
 * column names; the platform takes them from there into case work. Each executor opens its own
 * connections, so the database must be reachable from the cluster's workers.
 */
public final class LeadTable implements LeadSink {
    private final String url;
    private final String table;
    private final Properties connection;

    public LeadTable(String url, String table, String user, String password) {
        this.url = url;
        this.table = table;
        this.connection = new Properties();
        if (user != null) {
            connection.setProperty("user", user);
        }
        if (password != null) {
            connection.setProperty("password", password);
        }
        if (url.startsWith("jdbc:postgresql:")) {
            // the driver jar is inside the job jar, not on the cluster's classpath: name it
            connection.setProperty("driver", "org.postgresql.Driver");
        }
    }

    @Override
    public void write(Dataset<Row> leads) {
        leads.write().mode(SaveMode.Append).option("batchsize", "5000").jdbc(url, table, connection);
    }
}
