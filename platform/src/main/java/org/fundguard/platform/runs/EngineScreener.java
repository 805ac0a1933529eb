package org.fundguard.platform.runs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.fundguard.core.Lead;
import org.fundguard.core.dataset.DataSet;
import org.fundguard.core.dataset.DataSets;
import org.fundguard.core.dataset.ValidationMode;
import org.fundguard.engine.Claim;
import org.fundguard.engine.Finding;
import org.fundguard.engine.Leads;
import org.fundguard.engine.Region;
import org.fundguard.engine.ScreeningModel;
import org.fundguard.engine.models.ModelCatalogue;
import org.fundguard.engine.models.Screening;
import org.fundguard.engine.rules.Auditor;
import org.fundguard.engine.rules.PersonClaims;
import org.fundguard.engine.rules.RuleSet;
import org.fundguard.engine.rules.SanctionStatusCheck;
import org.springframework.stereotype.Component;

/**
 * The engine in this JVM, as {@code bin/fundguard screen} runs it: strict load and validation of the
 * data set (core), the built-in rule library over every person's claims, then every model of the
 * standard catalogue on the local executor. Progress: loading is the first fifth, the rules the next
 * fifth, then each model's screening stage moves it on.
 */
@Component
class EngineScreener implements Screener {
    private final int parallelism = Math.max(1, Runtime.getRuntime().availableProcessors());

    @Override
    public String engine() {
        return "engine: " + RuleSet.builtIn().size() + " rules, " + ModelCatalogue.standard().size() + " models";
    }

    @Override
    public List<Lead> screen(Path dataset, IntConsumer progress) {
        progress.accept(0);
        DataSet data = DataSets.load(dataset, ValidationMode.STRICT).requireValid();
        progress.accept(20);
        List<Finding> findings = new ArrayList<>();
        List<PersonClaims> persons = PersonClaims.group(data.visits(), data.feeDetails(), data.settlements()).persons();
        new Auditor(RuleSet.builtIn(), Region.of(data)).audit(persons, parallelism, findings::add);
        // sanction_status.csv (docs/enforcement.md, exported by cases): services while a suspension is in force
        SanctionStatusCheck sanctions = new SanctionStatusCheck(data.sanctionStatus());
        if (!sanctions.isEmpty()) {
            for (PersonClaims pc : persons) {
                for (Claim c : pc.claims()) {
                    sanctions.check(c, findings::add);
                }
            }
        }
        progress.accept(40);
        List<ScreeningModel<?>> models = ModelCatalogue.standard();
        AtomicInteger screened = new AtomicInteger();
        Screening.Options options = new Screening.Options(parallelism, List.of(), (model, stage, nanos, items) -> {
            if ("screening".equals(stage)) {
                progress.accept(40 + 60 * screened.incrementAndGet() / Math.max(1, models.size()));
            }
        });
        findings.addAll(Screening.run(data, models, options));
        progress.accept(100);
        return findings.stream().map(Leads::of).toList();
    }
}
