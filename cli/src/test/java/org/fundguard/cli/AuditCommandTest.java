package org.fundguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.fundguard.core.AgreementStatus;
import org.fundguard.core.CatalogItem;
import org.fundguard.core.CertType;
import org.fundguard.core.ChargeCategory;
import org.fundguard.core.ChargeLevel;
import org.fundguard.core.FeeDetail;
import org.fundguard.core.Gender;
import org.fundguard.core.HospitalLevel;
import org.fundguard.core.Institution;
import org.fundguard.core.InstitutionType;
import org.fundguard.core.InsuranceType;
import org.fundguard.core.ListType;
import org.fundguard.core.MedType;
import org.fundguard.core.Ownership;
import org.fundguard.core.Person;
import org.fundguard.core.PersonType;
import org.fundguard.core.Practitioner;
import org.fundguard.core.PractitionerType;
import org.fundguard.core.Quantity;
import org.fundguard.core.Settlement;
import org.fundguard.core.Visit;
import org.fundguard.core.dataset.CsvTableWriter;
import org.fundguard.core.dataset.Rows;
import org.fundguard.core.dataset.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditCommandTest {
    private static final LocalDateTime T = LocalDateTime.of(2025, 3, 3, 9, 0);

    @TempDir
    Path tmp;


    /** One hospital, one person, a capped item charged above its cap. */
    private Path dataSet() {
        Path d = tmp.resolve("region");
        try {
            Files.createDirectories(d);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String h = "H11010100001";
        try (CsvTableWriter w = CsvTableWriter.in(d, Table.INSTITUTIONS)) {
            w.write(Rows.of(new Institution(h, "第一医院", InstitutionType.MEDICAL, HospitalLevel.LEVEL_3, "110101", Ownership.PUBLIC,
                    100, 0, false, AgreementStatus.ACTIVE)));
        }
        try (CsvTableWriter w = CsvTableWriter.in(d, Table.PRACTITIONERS)) {
            w.write(Rows.of(new Practitioner("D10000000001", "李医生", PractitionerType.DOCTOR, h, LocalDate.of(2010, 1, 1), null)));
        }
        try (CsvTableWriter w = CsvTableWriter.in(d, Table.PERSONS)) {
            w.write(Rows.of(new Person("P0000001", "110101198001010011", "张三", Gender.MALE, LocalDate.of(1980, 1, 1),
                    InsuranceType.EMPLOYEE, PersonType.EMPLOYED, "110101", "1101010010", "13800000000", null)));
        }
        try (CsvTableWriter w = CsvTableWriter.in(d, Table.CATALOG)) {
            w.write(Rows.of(new CatalogItem("001203000010000", "静脉输液", ListType.SERVICE_ITEM, ChargeCategory.TREATMENT,
                    ChargeLevel.CLASS_A, 45_00L, null, null, null, null, null, null, null, List.of(), null, null, null, false, false,
                    false)));
        }
        try (CsvTableWriter w = CsvTableWriter.in(d, Table.ITEM_RULES)) {
            // header only
        }
        try (CsvTableWriter w = CsvTableWriter.in(d, Table.VISITS)) {
            w.write(Rows.of(new Visit("V0000001", "P0000001", h, MedType.GENERAL_OUTPATIENT, T, T.plusMinutes(30), "D01",
                    "D10000000001", "J06.9", List.of(), CertType.E_VOUCHER, "T1")));
        }
        try (CsvTableWriter w = CsvTableWriter.in(d, Table.FEE_DETAILS)) {
            w.write(Rows.of(new FeeDetail("F0000001", "V0000001", "P0000001", h, T.plusMinutes(5), "001203000010000", "X1",
                    Quantity.of(2), 58_00, 116_00, "D10000000001", "D01", List.of())));
        }
        try (CsvTableWriter w = CsvTableWriter.in(d, Table.SETTLEMENTS)) {
            w.write(Rows.of(new Settlement("S0000001", "V0000001", "P0000001", h, T.plusMinutes(30), 116_00, 0, 81_20, 0, 34_80,
                    81_20, false)));
        }
        try (CsvTableWriter w = CsvTableWriter.in(d, Table.PURCHASES)) {
            // header only
        }
        try (CsvTableWriter w = CsvTableWriter.in(d, Table.INVENTORY)) {
            // header only
        }
        return d;
    }

    @Test
    void writesLeadsInTheContractFormatWithEvidenceAndExplanation() throws Exception {
        Path leads = tmp.resolve("leads.csv");

        CommandRun r = CommandRun.of("audit", dataSet().toString(), "--out", leads.toString(), "--threads", "1");

        assertThat(r.exit()).as(r.err()).isZero();
        List<String> lines = Files.readAllLines(leads, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo(String.join(",", Table.LEADS.columns()));
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).contains("OVER_PRICE", "RULE:FG-PRICE-CAP", "FEE_DETAIL", "F0000001", "26.00",
                "fee_details:F0000001;visits:V0000001;settlements:S0000001", "超额13.00元×2=26.00元");
        assertThat(r.out()).contains("1 leads");
    }

    @Test
    void backTestsAChangedParameter() {
        CommandRun r = CommandRun.of("audit", dataSet().toString(), "--backtest", "FG-READMISSION", "--set", "days=30");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("规则回测 FG-READMISSION", "days=30", "调整前", "调整后");
    }

    @Test
    void aBadRuleFileIsAOneLineErrorNamingTheRule() throws Exception {
        Path bad = tmp.resolve("bad.json");
        Files.writeString(bad, """
                {"format": "fundguard-rules", "formatVersion": 1, "rules": [
                  {"code": "LOCAL-1", "nameZh": "x", "category": "OVER_PRICE", "template": "PRICE_CAPP"}]}
                """);

        CommandRun r = CommandRun.of("audit", dataSet().toString(), "--out", tmp.resolve("l.csv").toString(), "--rules", bad.toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("LOCAL-1", "PRICE_CAPP").doesNotContain("\tat ");
    }
}
