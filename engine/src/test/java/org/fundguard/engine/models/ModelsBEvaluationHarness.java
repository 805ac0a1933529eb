package org.fundguard.engine.models;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fundguard.core.dataset.CsvTableWriter;
import org.fundguard.core.dataset.DataSet;
import org.fundguard.core.dataset.DataSets;
import org.fundguard.core.dataset.Rows;
import org.fundguard.core.dataset.Table;
import org.fundguard.core.dataset.ValidationMode;
import org.fundguard.engine.Claim;
import org.fundguard.engine.Finding;
import org.fundguard.engine.Leads;
import org.fundguard.engine.Region;
import org.fundguard.engine.ScreeningModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * TEMPORARY (until `fundguard screen` is in main): runs this branch's six models over a generated data
 * set and writes leads.csv for `fundguard eval`. Runs only with -Dfundguard.evaluate=<data dir>.
 */
class ModelsBEvaluationHarness {

    @Test
    @EnabledIfSystemProperty(named = "fundguard.evaluate", matches = ".+")
    void writeLeads() throws Exception {
        Path dir = Path.of(System.getProperty("fundguard.evaluate"));
        DataSet data = DataSets.load(dir, ValidationMode.STRICT).requireValid();
        List<Claim> claims = Claims.of(data);
        Region region = Region.of(data);
        List<ScreeningModel<?>> models = List.of(CardHarvestModel.standard(), EvoucherCashoutModel.standard(),
                DrugResaleModel.standard(), ItemSwapModel.standard(), DrugSpendSurgeModel.standard(),
                PharmacistAbsentModel.standard());
        List<Finding> findings = new LocalExecutor(2, (model, stage, nanos, count) -> System.out.printf(
                "%s %s %d ms %d%n", model, stage, nanos / 1_000_000, count)).run(models, claims, region);
        Path out = Path.of(System.getProperty("fundguard.leads", dir.resolve("leads-mb.csv").toString()));
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (CsvTableWriter w = new CsvTableWriter(out, Table.LEADS)) {
            for (Finding f : findings) {
                w.write(Rows.of(Leads.of(f)));
            }
        }
        System.out.println(findings.size() + " leads -> " + out);
    }
}
