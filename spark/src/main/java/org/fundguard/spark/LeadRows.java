package org.fundguard.spark;

import java.math.BigDecimal;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.fundguard.core.Lead;

/** Leads as Spark rows: the contract's leads columns, score as a double, the amount in yuan as decimal(18,2). */
public final class LeadRows {
    public static final StructType SCHEMA = new StructType(new StructField[] {
        text("lead_id"), text("category"), text("source"), text("subject_type"), text("subject_id"),
        text("fixmedins_code"), text("psn_no"),
        new StructField("score", DataTypes.DoubleType, false, Metadata.empty()),
        new StructField("amount", DataTypes.createDecimalType(18, 2), false, Metadata.empty()),
        text("evidence"), text("explanation")});

    private LeadRows() {
    }

    static Row of(Lead l) {
        return RowFactory.create(l.leadId(), l.category().name(), l.source(), l.subjectType().name(), l.subjectId(),
                l.institutionCode(), l.psnNo(), l.score(), BigDecimal.valueOf(l.amountFen(), 2),
                String.join(";", l.evidence()), l.explanation());
    }

    private static StructField text(String name) {
        return new StructField(name, DataTypes.StringType, true, Metadata.empty());
    }
}
