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
import org.fundguard.engine.Finding;
import org.fundguard.engine.Leads;
import org.fundguard.engine.ScreeningModel;
import org.fundguard.engine.models.ModelCatalogue;
import org.fundguard.engine.models.Screening;
import org.springframework.stereotype.Component;

/**
 * The engine in this JVM: strict load and validation of the data set (core), then every model of the
 * standard catalogue on the local executor. Progress: loading is the first fifth, then each model's
 * screening stage moves it on.
 */
@Component
class EngineScreener implements Screener {
    private final int parallelism = Math.max(1, Runtime.getRuntime().availableProcessors());

    @Override
    public String engine() {
        return "engine: " + ModelCatalogue.standard().size() + " models";
    }

    @Override
    public List<Lead> screen(Path dataset, IntConsumer progress) {
        progress.accept(0);
        DataSet data = DataSets.load(dataset, ValidationMode.STRICT).requireValid();
        progress.accept(20);
        List<ScreeningModel<?>> models = ModelCatalogue.standard();
        AtomicInteger screened = new AtomicInteger();
        Screening.Options options = new Screening.Options(parallelism, List.of(), (model, stage, nanos, items) -> {
            if ("screening".equals(stage)) {
                progress.accept(20 + 80 * screened.incrementAndGet() / Math.max(1, models.size()));
            }
        });
        List<Finding> findings = new ArrayList<>(Screening.run(data, models, options));
        progress.accept(100);
        return findings.stream().map(Leads::of).toList();
    }
}
