package org.fundguard.core.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.fundguard.core.Category;
import org.fundguard.core.Label;
import org.fundguard.core.Lead;
import org.fundguard.core.SubjectType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationFilesTest {
    @TempDir
    Path tmp;

    private static final Label FAKE_STAY = new Label(Category.FAKE_ADMISSION, SubjectType.VISIT, "V003", 123456);
    private static final Lead OVER_PRICE = new Lead("L1", Category.OVER_PRICE, "RULE:PRICE_CAP", SubjectType.FEE_DETAIL,
            "F002", DataSetFixture.HOSPITAL, "P001", 0.875, 2050, List.of("fee_details:F002", "catalog:X"),
            "单价40.50元超过限价20.00元");

    @Test
    void readsLabelsAndLeadsAsWritten() {
        try (CsvTableWriter w = CsvTableWriter.in(tmp, Table.LABELS)) {
            w.write(Rows.of(FAKE_STAY));
        }
        try (CsvTableWriter w = CsvTableWriter.in(tmp, Table.LEADS)) {
            w.write(Rows.of(OVER_PRICE));
        }

        assertThat(LabelFile.read(tmp.resolve("labels.csv"))).containsExactly(FAKE_STAY);
        assertThat(LeadFile.read(tmp.resolve("leads.csv"))).containsExactly(OVER_PRICE);
    }

    @Test
    void refusesALabelOfAnUnknownCategory() {
        try (CsvTableWriter w = CsvTableWriter.in(tmp, Table.LABELS)) {
            w.write(new String[] {"FAKE_STAY", "VISIT", "V1", "10.00"});
        }

        assertThatThrownBy(() -> LabelFile.read(tmp.resolve("labels.csv")))
                .isInstanceOf(InvalidDataSetException.class)
                .hasMessageContaining("labels.csv:2:scenario: value 'FAKE_STAY': unknown category");
    }

    @Test
    void checksLabelSubjectsInsideADataSet() {
        Path dir = DataSetFixture.valid().writeTo(tmp);
        try (CsvTableWriter w = CsvTableWriter.in(dir, Table.LABELS)) {
            w.write(Rows.of(FAKE_STAY));
            w.write(new String[] {"OVER_PRICE", "FEE_DETAIL", "F404", "1.00"});
        }

        ValidationReport report = DataSets.validate(dir, LoadOptions.strict());

        assertThat(report.table(Table.LABELS).accepted()).isEqualTo(1);
        assertThat(report.problems()).singleElement()
                .hasToString("labels.csv:3:subject_id: value 'F404': unknown fee_detail: not in fee_details.csv");
    }
}
